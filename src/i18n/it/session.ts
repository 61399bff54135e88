import type { SessionTerms } from '../en/index.js';

/** Termini di <session-banner> (it). */
export const session: SessionTerms = {
  bannerRegion: 'Messaggi della sessione',
  bannerSeverityError: 'Errore:',
  bannerSeverityWarning: 'Avviso:',
  bannerSeverityInfo: 'Informazione:',
  bannerSeveritySuccess: 'Completato:',

  bannerMultiSessionTitle: 'Hai già effettuato l’accesso altrove',
  bannerMultiSessionText:
    'Non puoi accedere al contact center da più browser o schede contemporaneamente. Seleziona Continua per usarlo in questa finestra; l’altra verrà disconnessa.',
  bannerMultiSessionBusy:
    'Se selezioni Continua durante una chiamata, i controlli della chiamata impiegheranno qualche secondo a caricarsi.',
  bannerContinue: 'Continua',

  bannerDegradedTitle: 'Alcune funzioni non sono disponibili',
  bannerDegradedFeatures: 'Non disponibili al momento:',
  bannerDegradedText: 'Quando l’amministratore avrà risolto il problema, ricarica il browser per ripristinare tutte le funzioni.',

  bannerSessionExpiredTitle: 'La sessione è scaduta',
  bannerSessionExpiredText: 'Per motivi di sicurezza, la sessione è stata chiusa. Accedi di nuovo per continuare.',

  bannerConnectionLostTitle: 'Connessione persa',
  bannerConnectionLostText:
    'Se non è possibile ripristinare la sessione a causa di un errore di connessione, di una sessione scaduta o di un problema con l’archiviazione di questo browser, ricarica il browser per aggiornarla.',

  bannerRonaTitle: 'Una chiamata non ha ricevuto risposta',
  bannerRonaText:
    'Ti è stata inoltrata una chiamata a cui non hai risposto, quindi è passata a un altro agente. Se non puoi ricevere chiamate, contatta l’amministratore e comunica l’ID di tracciamento.',

  bannerMicrophoneTitle: 'Il browser sta bloccando il microfono',
  bannerMicrophoneText: 'Le chiamate sul Desktop richiedono il microfono.',
  bannerMicrophoneChrome:
    'In Chrome, seleziona l’icona delle impostazioni del sito a sinistra dell’indirizzo, attiva Microfono, quindi ricarica la pagina.',
  bannerMicrophoneEdge:
    'In Edge, seleziona l’icona del lucchetto a sinistra dell’indirizzo, scegli Autorizzazioni per questo sito, imposta Microfono su Consenti, quindi ricarica la pagina.',
  bannerMicrophoneFirefox:
    'In Firefox, seleziona l’icona delle autorizzazioni a sinistra dell’indirizzo, rimuovi «Bloccato temporaneamente» o «Bloccato» accanto al microfono, quindi ricarica la pagina.',
  bannerMicrophoneSafari:
    'In Safari, scegli Safari › Impostazioni per questo sito web, imposta Microfono su Consenti, quindi ricarica la pagina.',
  bannerMicrophoneOther:
    'Consenti il microfono per questo sito nelle impostazioni del browser, quindi ricarica la pagina. Se non puoi farlo, contatta l’amministratore.',

  bannerCollaborationTitle: (label: string) => `Accesso a ${label} non riuscito`,
  bannerCollaborationTitleGeneric: 'Accesso a uno strumento di collaborazione non riuscito',
  bannerCollaborationText: 'Puoi continuare a lavorare. Accedi in seguito dalle impostazioni del profilo.',

  bannerPreferencesTitle: 'Le preferenze non sono state salvate',
  bannerPreferencesText:
    'Questo browser non è riuscito a memorizzarle, quindi ti verranno richieste di nuovo al prossimo accesso.',

  bannerTrackingId: 'ID di tracciamento',
  bannerCopyLabel: 'Copia ID di tracciamento',
  bannerCopied: 'ID di tracciamento copiato',
  bannerCopyFailed:
    'Impossibile copiare automaticamente. L’ID è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.',
  bannerDismissLabel: (title: string) => `Chiudi: ${title}`,
};
