import type { PreferencesTerms } from '../en/index.js';

/** Singulier en français pour 0 et 1 (« 0 pays correspond »). */
const one = (count: number) => new Intl.PluralRules('fr').select(count) === 'one';

/** Termes de <interaction-preferences> (fr) : « poste », « numéro de composition ». */
export const preferences: PreferencesTerms = {
  handleCalls: 'Traiter les appels',
  prefsOptionBROWSER: 'Bureau',
  prefsOptionEXTENSION: 'Poste',
  prefsOptionAGENT_DN: 'Numéro de composition',
  prefsOptionHintBROWSER: 'Les appels sonnent dans ce navigateur. Utilisez un casque.',
  prefsOptionHintEXTENSION: 'Les appels sonnent sur votre poste Webex Calling.',
  prefsOptionHintAGENT_DN: 'Les appels sonnent sur le numéro de téléphone de votre choix.',
  prefsDigitalOnly:
    'Vous traitez uniquement les canaux numériques (chat, e-mail et messagerie)\u00a0: il n’y a rien à configurer pour les appels.',

  prefsExtensionLabel: 'Poste',
  prefsExtensionHint: (min: number, max: number) => `Chiffres uniquement, de ${min} à ${max}.`,
  prefsExtensionListHint: 'Postes configurés pour vous par votre administrateur.',
  prefsExtensionRestricted: 'Ce poste a été défini par votre administrateur et ne peut pas être modifié.',
  prefsExtRequired: 'Saisissez votre numéro de poste.',
  prefsExtNotANumber: 'Un numéro de poste ne comporte que des chiffres\u00a0: ni lettres, ni +, ni autres symboles.',
  prefsExtTooShort: (min: number) => `Un numéro de poste comporte au moins ${min} chiffres.`,
  prefsExtTooLong: (max: number) => `Un numéro de poste comporte au plus ${max} chiffres.`,

  prefsDialNumberLabel: 'Numéro de composition',
  prefsDialNumberListHint: 'Numéros configurés pour vous par votre administrateur.',
  prefsDialNumberRestricted: 'Ce numéro a été défini par votre administrateur et ne peut pas être modifié.',
  prefsInternational: 'Format de numérotation international',
  prefsCountryLabel: 'Pays',
  prefsCountryChoose: 'Choisissez un pays',
  prefsCountrySearchLabel: 'Rechercher un pays',
  prefsCountrySearchPlaceholder: 'Nom, code ou +33',
  prefsCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  prefsCountryMatches: (count: number) => (one(count) ? `${count} pays correspond.` : `${count} pays correspondent.`),
  prefsCountryNoMatch: (query: string) => `Aucun pays ne correspond à «\u00a0${query}\u00a0».`,
  prefsCountriesLoading: 'Chargement des pays…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `Saisissez le numéro tel qu’il se compose dans le pays (${country})\u202f; le +${callingCode} est ajouté automatiquement.`,
  prefsE164Hint: 'Commencez par + et l’indicatif du pays, par exemple +33 6 12 34 56 78.',
  prefsIddHint: (idd: string, country: string) =>
    `Commencez par + et l’indicatif du pays, par exemple +33 6 12 34 56 78, ou par ${idd}, le préfixe international (${country}).`,
  prefsChecking: 'Vérification du format du numéro…',
  prefsPhoneUnavailable:
    'La vérification des numéros n’a pas pu être chargée. Saisissez le numéro avec + et l’indicatif du pays\u202f; le centre de contact le vérifiera quand vous continuerez.',
  prefsWillRing: (number: string) => `Les appels sonneront au ${number}.`,

  prefsDnRequired: 'Saisissez le numéro sur lequel les appels doivent sonner.',
  prefsDnNotANumber:
    'Utilisez uniquement des chiffres. Les espaces, tirets, points, parenthèses et un + initial sont acceptés\u202f; les lettres et autres symboles ne le sont pas.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `Ajoutez l’indicatif du pays\u00a0: commencez par + (ou ${idd}), ou cochez Format de numérotation international et choisissez le pays.`
      : 'Ajoutez l’indicatif du pays\u00a0: commencez par +, ou cochez Format de numérotation international et choisissez le pays.',
  prefsDnInvalidCountry: 'Aucun pays n’utilise cet indicatif. Vérifiez les chiffres qui suivent le + ou le préfixe international.',
  prefsDnTooShort: (country: string) =>
    country
      ? `Ce numéro est trop court pour le pays (${country}). Vérifiez qu’il ne manque pas de chiffres.`
      : 'Ce numéro est trop court. Vérifiez qu’il ne manque pas de chiffres.',
  prefsDnTooLong: (country: string) =>
    country
      ? `Ce numéro est trop long pour le pays (${country}). Vérifiez qu’il n’y a pas de chiffres en trop.`
      : 'Ce numéro est trop long. Vérifiez qu’il n’y a pas de chiffres en trop.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `Les numéros du pays (${country}) n’ont pas ce nombre de chiffres. Vérifiez le numéro.`
      : 'Les numéros de ce pays n’ont pas ce nombre de chiffres. Vérifiez le numéro.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `Ce numéro n’est pas valide dans le pays (${country}). Vérifiez l’indicatif régional et les chiffres.`
      : 'Ce numéro n’est pas valide. Vérifiez l’indicatif régional et les chiffres.',

  prefsMicPrompt: 'Lorsque votre navigateur demande l’accès au micro, choisissez Autoriser.',
  prefsMicAllow: 'Autoriser le micro maintenant',
  prefsMicGranted: 'Micro autorisé.',
  prefsMicDeniedTitle: 'Votre navigateur bloque le micro',
  prefsMicDenied: 'Vos correspondants ne vous entendront pas tant que vous n’aurez pas autorisé le micro pour ce site.',
  prefsMicStepsChrome:
    'Sélectionnez l’icône à gauche de l’adresse (Afficher les informations sur le site), activez Micro, puis rechargez cette page. Si l’option n’apparaît pas, ouvrez Paramètres des sites › Micro › Autoriser.',
  prefsMicStepsEdge:
    'Sélectionnez l’icône du cadenas à gauche de l’adresse, ouvrez Autorisations pour ce site, réglez Micro sur Autoriser, puis rechargez cette page.',
  prefsMicStepsFirefox:
    'Sélectionnez l’icône du micro barré dans la barre d’adresse, retirez Bloqué à côté de Utiliser le microphone, puis rechargez cette page.',
  prefsMicStepsSafari:
    'Choisissez Safari › Réglages pour ce site web (ou Réglages › Sites web › Micro), réglez ce site sur Autoriser, puis rechargez cette page.',
  prefsMicStepsOther: 'Ouvrez les paramètres de ce site dans votre navigateur, autorisez le micro, puis rechargez cette page.',
  prefsMicManaged: 'Toujours bloqué\u202f? Ce paramètre est peut-être géré par votre organisation\u00a0: contactez votre administrateur.',
  prefsMicRecheck: 'Vérifier à nouveau',
};
