import type { SessionTerms } from '../en/index.js';

/** Termes de <session-banner> (fr). */
export const session: SessionTerms = {
  bannerRegion: 'Messages de session',
  bannerSeverityError: 'Erreur\u00a0:',
  bannerSeverityWarning: 'Avertissement\u00a0:',
  bannerSeverityInfo: 'Information\u00a0:',
  bannerSeveritySuccess: 'Terminé\u00a0:',

  bannerMultiSessionTitle: 'Votre session est ouverte ailleurs',
  bannerMultiSessionText:
    'Le centre de contact ne peut pas être ouvert dans plusieurs navigateurs ou onglets à la fois. Sélectionnez Continuer pour l’utiliser dans cette fenêtre\u202f; l’autre session sera interrompue.',
  bannerMultiSessionBusy:
    'Si vous sélectionnez Continuer pendant un appel, les commandes d’appel mettront quelques secondes à se charger.',
  bannerContinue: 'Continuer',

  bannerDegradedTitle: 'Certaines fonctions ne sont pas disponibles',
  bannerDegradedFeatures: 'Indisponibles pour le moment\u00a0:',
  bannerDegradedText:
    'Une fois le problème résolu par votre administrateur, rechargez le navigateur pour retrouver toutes les fonctions.',

  bannerSessionExpiredTitle: 'Votre session a expiré',
  bannerSessionExpiredText: 'Par mesure de sécurité, votre session a été fermée. Reconnectez-vous pour continuer.',

  bannerConnectionLostTitle: 'Connexion perdue',
  bannerConnectionLostText:
    'Si votre session ne peut pas être restaurée à cause d’une coupure de connexion, d’une session expirée ou d’un problème de stockage de ce navigateur, rechargez le navigateur pour l’actualiser.',

  bannerRonaTitle: 'Un appel est resté sans réponse',
  bannerRonaText:
    'Un appel vous a été présenté mais n’a pas été pris\u202f; il a donc été transféré à un autre agent. Si vous ne pouvez pas prendre d’appels, contactez votre administrateur en lui communiquant l’ID de suivi.',

  bannerMicrophoneTitle: 'Votre navigateur bloque le micro',
  bannerMicrophoneText: 'Les appels sur le Bureau nécessitent le micro.',
  bannerMicrophoneChrome:
    'Dans Chrome, sélectionnez l’icône des paramètres du site à gauche de l’adresse, activez Micro, puis rechargez la page.',
  bannerMicrophoneEdge:
    'Dans Edge, sélectionnez l’icône du cadenas à gauche de l’adresse, choisissez Autorisations pour ce site, réglez Micro sur Autoriser, puis rechargez la page.',
  bannerMicrophoneFirefox:
    'Dans Firefox, sélectionnez l’icône des autorisations à gauche de l’adresse, retirez «\u00a0Bloqué temporairement\u00a0» ou «\u00a0Bloqué\u00a0» à côté du micro, puis rechargez la page.',
  bannerMicrophoneSafari:
    'Dans Safari, choisissez Safari › Réglages pour ce site web, réglez Micro sur Autoriser, puis rechargez la page.',
  bannerMicrophoneOther:
    'Autorisez le micro pour ce site dans les paramètres de votre navigateur, puis rechargez la page. Si vous ne pouvez pas le faire, contactez votre administrateur.',

  bannerCollaborationTitle: (label: string) => `La connexion à ${label} a échoué`,
  bannerCollaborationTitleGeneric: 'La connexion à un outil de collaboration a échoué',
  bannerCollaborationText: 'Vous pouvez continuer à travailler. Connectez-vous-y plus tard depuis les paramètres du profil.',

  bannerPreferencesTitle: 'Vos préférences n’ont pas été enregistrées',
  bannerPreferencesText:
    'Ce navigateur n’a pas pu les stocker\u202f; elles vous seront donc redemandées lors de votre prochaine connexion.',

  bannerTrackingId: 'ID de suivi',
  bannerCopyLabel: 'Copier l’ID de suivi',
  bannerCopied: 'ID de suivi copié',
  bannerCopyFailed:
    'Impossible de copier automatiquement. L’ID est sélectionné\u00a0: appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.',
  bannerDismissLabel: (title: string) => `Fermer\u00a0: ${title}`,
};
