import type { CommonTerms } from '../en/index.js';

/** Algemene termen (nl). Aanspreekvorm ‘u’; ‘aanmelden’, ‘tracking-ID’. */
export const common: CommonTerms = {
  required: 'Verplicht',
  trackingId: (id: string) => `Tracking-ID: ${id}`,
  trackingIdLabel: 'Tracking-ID:',
  copy: 'Kopiëren',
  copied: 'Gekopieerd',
  dismiss: 'Sluiten',
  reload: 'Opnieuw laden',
  loading: 'Laden…',
  errorINVALID_CREDENTIALS: 'Het e-mailadres en het wachtwoord komen niet overeen. Controleer ze en probeer het opnieuw.',
  errorACCOUNT_LOCKED: 'Uw account is geblokkeerd. Vraag uw beheerder om het te deblokkeren.',
  errorINVALID_CODE: 'De code is onjuist of verlopen. Controleer de e-mail die we u hebben gestuurd of vraag een nieuwe code aan.',
  errorDN_INVALID:
    'Op dit nummer kunnen geen gesprekken binnenkomen. Controleer het nummer of kies een andere manier om gesprekken aan te nemen.',
  errorDN_IN_USE: 'Een andere agent is met dit nummer aangemeld. Gebruik een ander nummer of neem contact op met uw beheerder.',
  errorTEAM_INVALID: 'Dit team is niet meer voor u beschikbaar. Kies een ander team.',
  errorNOT_AUTHORIZED: 'U hebt geen toestemming om u hier aan te melden. Vraag uw beheerder om uw profiel te controleren.',
  errorSESSION_EXPIRED: 'Uw sessie is verlopen. Meld u opnieuw aan.',
  errorNETWORK: 'Het contactcenter is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  errorTIMEOUT: 'Het contactcenter reageerde niet op tijd. Probeer het opnieuw.',
  errorUNAVAILABLE: 'Het contactcenter is momenteel niet beschikbaar. Probeer het over een paar minuten opnieuw.',
  errorUNKNOWN:
    'Er is iets misgegaan. Probeer het opnieuw. Blijft het probleem zich voordoen, geef dan de tracking-ID door aan uw beheerder.',
  errorBAD_RESPONSE:
    'Het contactcenter stuurde een antwoord dat we niet konden lezen. Probeer het opnieuw of geef de tracking-ID door aan uw beheerder.',
  errorNO_SERVICE:
    'Deze aanmelding is niet gekoppeld aan een contactcenter. Stel de eigenschap service van het element in, of voeg het attribuut demo toe om het uit te proberen.',
  errorNOT_SUPPORTED: 'Dit contactcenter ondersteunt dat niet. Neem contact op met uw beheerder.',
  errorABORTED: 'De aanvraag is geannuleerd.',
};
