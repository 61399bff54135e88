import type { PreferencesTerms } from '../en/index.js';

/** Termen van <interaction-preferences> (nl): ‘toestelnummer’, ‘kiesnummer’, ‘landcode’. */
export const preferences: PreferencesTerms = {
  handleCalls: 'Gesprekken aannemen',
  prefsOptionBROWSER: 'Desktop',
  prefsOptionEXTENSION: 'Toestelnummer',
  prefsOptionAGENT_DN: 'Kiesnummer',
  prefsOptionHintBROWSER: 'Gesprekken gaan over in deze browser. Gebruik een headset.',
  prefsOptionHintEXTENSION: 'Gesprekken gaan over op uw Webex Calling-toestelnummer.',
  prefsOptionHintAGENT_DN: 'Gesprekken gaan over op een telefoonnummer dat u kiest.',
  prefsDigitalOnly:
    'U behandelt alleen digitale kanalen (chat, e-mail en berichten), dus u hoeft niets in te stellen voor gesprekken.',

  prefsExtensionLabel: 'Toestelnummer',
  prefsExtensionHint: (min: number, max: number) => `Alleen cijfers, ${min} tot ${max}.`,
  prefsExtensionListHint: 'Toestelnummers die uw beheerder voor u heeft ingesteld.',
  prefsExtensionRestricted: 'Uw beheerder heeft dit toestelnummer ingesteld; het kan niet worden gewijzigd.',
  prefsExtRequired: 'Voer uw toestelnummer in.',
  prefsExtNotANumber: 'Een toestelnummer bestaat alleen uit cijfers: geen letters, + of andere tekens.',
  prefsExtTooShort: (min: number) => `Een toestelnummer heeft minimaal ${min} cijfers.`,
  prefsExtTooLong: (max: number) => `Een toestelnummer heeft maximaal ${max} cijfers.`,

  prefsDialNumberLabel: 'Kiesnummer',
  prefsDialNumberListHint: 'Nummers die uw beheerder voor u heeft ingesteld.',
  prefsDialNumberRestricted: 'Uw beheerder heeft dit nummer ingesteld; het kan niet worden gewijzigd.',
  prefsInternational: 'Internationale kiesnotatie',
  prefsCountryLabel: 'Land',
  prefsCountryChoose: 'Kies een land',
  prefsCountrySearchLabel: 'Landen zoeken',
  prefsCountrySearchPlaceholder: 'Naam, code of +31',
  prefsCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  prefsCountryMatches: (count: number) => (count === 1 ? `${count} land gevonden.` : `${count} landen gevonden.`),
  prefsCountryNoMatch: (query: string) => `Geen land gevonden voor ‘${query}’.`,
  prefsCountriesLoading: 'Landen worden geladen…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `Typ het nummer zoals u het binnen het land kiest (${country}); +${callingCode} wordt automatisch toegevoegd.`,
  prefsE164Hint: 'Begin met + en de landcode, bijvoorbeeld +31 20 123 4567.',
  prefsIddHint: (idd: string, country: string) =>
    `Begin met + en de landcode, bijvoorbeeld +31 20 123 4567, of met ${idd}, het internationale toegangsnummer (${country}).`,
  prefsChecking: 'Nummernotatie wordt gecontroleerd…',
  prefsPhoneUnavailable:
    'De nummercontrole kon niet worden geladen. Voer het nummer in met + en de landcode; het contactcenter controleert het wanneer u doorgaat.',
  prefsWillRing: (number: string) => `Gesprekken gaan over op ${number}.`,

  prefsDnRequired: 'Voer het nummer in waarop gesprekken moeten overgaan.',
  prefsDnNotANumber:
    'Gebruik alleen cijfers. Spaties, streepjes, punten, haakjes en een + aan het begin zijn toegestaan; letters en andere tekens niet.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `Voeg de landcode toe: begin met + (of ${idd}), of selecteer Internationale kiesnotatie en kies het land.`
      : 'Voeg de landcode toe: begin met +, of selecteer Internationale kiesnotatie en kies het land.',
  prefsDnInvalidCountry:
    'Geen enkel land gebruikt deze landcode. Controleer de cijfers na de + of na het internationale toegangsnummer.',
  prefsDnTooShort: (country: string) =>
    country
      ? `Dit nummer is te kort voor het gekozen land (${country}). Controleer of er cijfers ontbreken.`
      : 'Dit nummer is te kort. Controleer of er cijfers ontbreken.',
  prefsDnTooLong: (country: string) =>
    country
      ? `Dit nummer is te lang voor het gekozen land (${country}). Controleer of er cijfers te veel zijn.`
      : 'Dit nummer is te lang. Controleer of er cijfers te veel zijn.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `Nummers in het gekozen land (${country}) hebben niet zoveel cijfers. Controleer het nummer.`
      : 'Nummers in dat land hebben niet zoveel cijfers. Controleer het nummer.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `Dit is geen geldig nummer in het gekozen land (${country}). Controleer het netnummer en de cijfers.`
      : 'Dit is geen geldig nummer. Controleer het netnummer en de cijfers.',

  prefsMicPrompt: 'Als uw browser vraagt om de microfoon te gebruiken, kiest u Toestaan.',
  prefsMicAllow: 'Microfoon nu toestaan',
  prefsMicGranted: 'Microfoon toegestaan.',
  prefsMicDeniedTitle: 'Uw browser blokkeert de microfoon',
  prefsMicDenied: 'Bellers kunnen u pas horen als u de microfoon voor deze site toestaat.',
  prefsMicStepsChrome:
    'Selecteer het pictogram links van het adres (Sitegegevens bekijken), zet Microfoon aan en laad deze pagina opnieuw. Staat het er niet tussen, open dan Site-instellingen › Microfoon › Toestaan.',
  prefsMicStepsEdge:
    'Selecteer het slotpictogram links van het adres, open Machtigingen voor deze site, zet Microfoon op Toestaan en laad deze pagina opnieuw.',
  prefsMicStepsFirefox:
    'Selecteer het doorgestreepte microfoonpictogram in de adresbalk, verwijder Geblokkeerd naast De microfoon gebruiken en laad deze pagina opnieuw.',
  prefsMicStepsSafari:
    'Kies Safari › Instellingen voor deze website (of Instellingen › Websites › Microfoon), zet deze site op Sta toe en laad deze pagina opnieuw.',
  prefsMicStepsOther: 'Open de instellingen van deze site in uw browser, sta de microfoon toe en laad deze pagina opnieuw.',
  prefsMicManaged: 'Nog steeds geblokkeerd? Mogelijk beheert uw organisatie deze instelling: neem contact op met uw beheerder.',
  prefsMicRecheck: 'Opnieuw controleren',
};
