import type { SessionTerms } from '../en/index.js';

/** Termen van <session-banner> (nl). */
export const session: SessionTerms = {
  bannerRegion: 'Sessiemeldingen',
  bannerSeverityError: 'Fout:',
  bannerSeverityWarning: 'Waarschuwing:',
  bannerSeverityInfo: 'Informatie:',
  bannerSeveritySuccess: 'Voltooid:',

  bannerMultiSessionTitle: 'U bent ergens anders aangemeld',
  bannerMultiSessionText:
    'U kunt niet tegelijk in meerdere browsers of tabbladen bij het contactcenter aangemeld zijn. Selecteer Doorgaan om het in dit venster te gebruiken; de andere sessie stopt dan.',
  bannerMultiSessionBusy:
    'Als u tijdens een gesprek Doorgaan selecteert, duurt het enkele seconden voordat de gespreksknoppen zijn geladen.',
  bannerContinue: 'Doorgaan',

  bannerDegradedTitle: 'Sommige functies zijn niet beschikbaar',
  bannerDegradedFeatures: 'Momenteel niet beschikbaar:',
  bannerDegradedText:
    'Laad de browser opnieuw zodra uw beheerder het probleem heeft opgelost, zodat alle functies weer beschikbaar zijn.',

  bannerSessionExpiredTitle: 'Uw sessie is verlopen',
  bannerSessionExpiredText: 'Voor uw veiligheid bent u afgemeld. Meld u opnieuw aan om door te gaan.',

  bannerConnectionLostTitle: 'Verbinding verbroken',
  bannerConnectionLostText:
    'Kan uw sessie niet worden hersteld door een verbindingsfout, een verlopen sessie of een probleem met de opslag van deze browser, laad de browser dan opnieuw om de sessie te vernieuwen.',

  bannerRonaTitle: 'Een gesprek is niet aangenomen',
  bannerRonaText:
    'Er is een gesprek naar u doorgestuurd dat niet is aangenomen; het is daarom naar een andere agent gegaan. Kunt u geen gesprekken aannemen, neem dan contact op met uw beheerder en geef de tracking-ID door.',

  bannerMicrophoneTitle: 'Uw browser blokkeert de microfoon',
  bannerMicrophoneText: 'Voor gesprekken via de Desktop is de microfoon nodig.',
  bannerMicrophoneChrome:
    'Selecteer in Chrome het pictogram voor site-instellingen links van het adres, zet Microfoon aan en laad de pagina opnieuw.',
  bannerMicrophoneEdge:
    'Selecteer in Edge het slotpictogram links van het adres, kies Machtigingen voor deze site, zet Microfoon op Toestaan en laad de pagina opnieuw.',
  bannerMicrophoneFirefox:
    'Selecteer in Firefox het machtigingenpictogram links van het adres, verwijder ‘Tijdelijk geblokkeerd’ of ‘Geblokkeerd’ naast de microfoon en laad de pagina opnieuw.',
  bannerMicrophoneSafari:
    'Kies in Safari Safari › Instellingen voor deze website, zet Microfoon op Sta toe en laad de pagina opnieuw.',
  bannerMicrophoneOther:
    'Sta de microfoon voor deze site toe in de instellingen van uw browser en laad de pagina opnieuw. Lukt dat niet, neem dan contact op met uw beheerder.',

  bannerCollaborationTitle: (label: string) => `Aanmelden bij ${label} is niet gelukt`,
  bannerCollaborationTitleGeneric: 'Aanmelden bij een samenwerkingstool is niet gelukt',
  bannerCollaborationText: 'U kunt gewoon doorwerken. Meld u later aan via uw profielinstellingen.',

  bannerPreferencesTitle: 'Uw voorkeuren zijn niet opgeslagen',
  bannerPreferencesText:
    'Deze browser kon ze niet opslaan. Daarom worden ze de volgende keer dat u zich aanmeldt opnieuw gevraagd.',

  bannerTrackingId: 'Tracking-ID',
  bannerCopyLabel: 'Tracking-ID kopiëren',
  bannerCopied: 'Tracking-ID gekopieerd',
  bannerCopyFailed:
    'Automatisch kopiëren is niet gelukt. De ID is geselecteerd: druk op Ctrl+C (⌘C op een Mac) om deze te kopiëren.',
  bannerDismissLabel: (title: string) => `Sluiten: ${title}`,
};
