import type { CommonTerms } from '../en/index.js';

/** Termini comuni (it). Registro delle interfacce italiane (tu); «accedi», «ID di tracciamento». */
export const common: CommonTerms = {
  required: 'Obbligatorio',
  trackingId: (id: string) => `ID di tracciamento: ${id}`,
  trackingIdLabel: 'ID di tracciamento:',
  copy: 'Copia',
  copied: 'Copiato',
  dismiss: 'Chiudi',
  reload: 'Ricarica',
  loading: 'Caricamento…',
  errorINVALID_CREDENTIALS: 'L’indirizzo email e la password non corrispondono. Controllali e riprova.',
  errorACCOUNT_LOCKED: 'Il tuo account è bloccato. Chiedi all’amministratore di sbloccarlo.',
  errorINVALID_CODE: 'Il codice non è corretto o è scaduto. Controlla l’email che ti abbiamo inviato o richiedi un nuovo codice.',
  errorDN_INVALID: 'Questo numero non può ricevere chiamate. Controllalo o scegli un altro modo di gestire le chiamate.',
  errorDN_IN_USE: 'Un altro agente ha effettuato l’accesso con questo numero. Usa un numero diverso o rivolgiti all’amministratore.',
  errorTEAM_INVALID: 'Questo team non è più disponibile per te. Scegli un altro team.',
  errorNOT_AUTHORIZED: 'Non hai l’autorizzazione per accedere qui. Chiedi all’amministratore di verificare il tuo profilo.',
  errorSESSION_EXPIRED: 'La sessione è scaduta. Accedi di nuovo.',
  errorNETWORK: 'Impossibile raggiungere il contact center. Controlla la connessione e riprova.',
  errorTIMEOUT: 'Il contact center ha impiegato troppo tempo a rispondere. Riprova.',
  errorUNAVAILABLE: 'Il contact center non è disponibile al momento. Riprova tra qualche minuto.',
  errorUNKNOWN: 'Si è verificato un problema. Riprova; se continua a succedere, comunica l’ID di tracciamento all’amministratore.',
  errorBAD_RESPONSE:
    'Il contact center ha inviato una risposta che non siamo riusciti a leggere. Riprova o comunica l’ID di tracciamento all’amministratore.',
  errorNO_SERVICE:
    'Questo accesso non è collegato a un contact center. Imposta la proprietà service dell’elemento oppure aggiungi l’attributo demo per provarlo.',
  errorNOT_SUPPORTED: 'Questo contact center non supporta questa funzione. Rivolgiti all’amministratore.',
  errorABORTED: 'La richiesta è stata annullata.',
};
