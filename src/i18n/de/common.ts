import type { CommonTerms } from '../en/index.js';

/** Gemeinsame Begriffe (de). Anrede mit „Sie“; „anmelden“, „Tracking-ID“. */
export const common: CommonTerms = {
  required: 'Erforderlich',
  trackingId: (id: string) => `Tracking-ID: ${id}`,
  trackingIdLabel: 'Tracking-ID:',
  copy: 'Kopieren',
  copied: 'Kopiert',
  dismiss: 'Schließen',
  reload: 'Neu laden',
  loading: 'Wird geladen…',
  errorINVALID_CREDENTIALS: 'E-Mail-Adresse und Passwort passen nicht zusammen. Überprüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  errorACCOUNT_LOCKED: 'Ihr Konto ist gesperrt. Bitten Sie Ihren Administrator, es zu entsperren.',
  errorINVALID_CODE:
    'Der Code ist falsch oder abgelaufen. Prüfen Sie die E-Mail, die wir Ihnen gesendet haben, oder fordern Sie einen neuen Code an.',
  errorDN_INVALID:
    'Unter dieser Nummer können keine Anrufe eingehen. Überprüfen Sie sie oder wählen Sie eine andere Art der Anrufannahme.',
  errorDN_IN_USE:
    'Ein anderer Agent ist mit dieser Nummer angemeldet. Verwenden Sie eine andere Nummer oder wenden Sie sich an Ihren Administrator.',
  errorTEAM_INVALID: 'Dieses Team steht Ihnen nicht mehr zur Verfügung. Wählen Sie ein anderes Team.',
  errorNOT_AUTHORIZED: 'Sie sind nicht berechtigt, sich hier anzumelden. Bitten Sie Ihren Administrator, Ihr Profil zu prüfen.',
  errorSESSION_EXPIRED: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  errorNETWORK: 'Das Contact Center ist nicht erreichbar. Überprüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorTIMEOUT: 'Das Contact Center hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
  errorUNAVAILABLE: 'Das Contact Center ist zurzeit nicht verfügbar. Versuchen Sie es in einigen Minuten erneut.',
  errorUNKNOWN:
    'Ein Fehler ist aufgetreten. Versuchen Sie es erneut. Tritt der Fehler weiterhin auf, nennen Sie Ihrem Administrator die Tracking-ID.',
  errorBAD_RESPONSE:
    'Das Contact Center hat eine Antwort gesendet, die wir nicht lesen konnten. Versuchen Sie es erneut oder nennen Sie Ihrem Administrator die Tracking-ID.',
  errorNO_SERVICE:
    'Diese Anmeldung ist mit keinem Contact Center verbunden. Legen Sie die Eigenschaft service des Elements fest oder fügen Sie zum Ausprobieren das Attribut demo hinzu.',
  errorNOT_SUPPORTED: 'Dieses Contact Center unterstützt diese Funktion nicht. Wenden Sie sich an Ihren Administrator.',
  errorABORTED: 'Die Anfrage wurde abgebrochen.',
};
