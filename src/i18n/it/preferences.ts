import type { PreferencesTerms } from '../en/index.js';

/** Termini di <interaction-preferences> (it): «interno», «numero di composizione», «prefisso del paese». */
export const preferences: PreferencesTerms = {
  handleCalls: 'Gestione chiamate',
  prefsOptionBROWSER: 'Desktop',
  prefsOptionEXTENSION: 'Interno',
  prefsOptionAGENT_DN: 'Numero di composizione',
  prefsOptionHintBROWSER: 'Le chiamate squillano in questo browser. Usa le cuffie con microfono.',
  prefsOptionHintEXTENSION: 'Le chiamate squillano sul tuo interno Webex Calling.',
  prefsOptionHintAGENT_DN: 'Le chiamate squillano su un numero di telefono a tua scelta.',
  prefsDigitalOnly:
    'Gestisci solo canali digitali (chat, email e messaggistica), quindi non c’è nulla da configurare per le chiamate.',

  prefsExtensionLabel: 'Interno',
  prefsExtensionHint: (min: number, max: number) => `Solo cifre, da ${min} a ${max}.`,
  prefsExtensionListHint: 'Interni configurati per te dall’amministratore.',
  prefsExtensionRestricted: 'Questo interno è stato impostato dall’amministratore e non può essere modificato.',
  prefsExtRequired: 'Inserisci il tuo interno.',
  prefsExtNotANumber: 'Un interno contiene solo cifre: niente lettere, + o altri simboli.',
  prefsExtTooShort: (min: number) => `Un interno ha almeno ${min} cifre.`,
  prefsExtTooLong: (max: number) => `Un interno ha al massimo ${max} cifre.`,

  prefsDialNumberLabel: 'Numero di composizione',
  prefsDialNumberListHint: 'Numeri configurati per te dall’amministratore.',
  prefsDialNumberRestricted: 'Questo numero è stato impostato dall’amministratore e non può essere modificato.',
  prefsInternational: 'Formato di composizione internazionale',
  prefsCountryLabel: 'Paese',
  prefsCountryChoose: 'Scegli un paese',
  prefsCountrySearchLabel: 'Cerca paesi',
  prefsCountrySearchPlaceholder: 'Nome, sigla o +39',
  prefsCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  prefsCountryMatches: (count: number) =>
    count === 1 ? `${count} paese corrispondente.` : `${count} paesi corrispondenti.`,
  prefsCountryNoMatch: (query: string) => `Nessun paese corrisponde a «${query}».`,
  prefsCountriesLoading: 'Caricamento dei paesi…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `Digita il numero come lo componi nel paese (${country}); il prefisso +${callingCode} viene aggiunto automaticamente.`,
  prefsE164Hint: 'Inizia con + e il prefisso del paese, ad esempio +39 02 1234 5678.',
  prefsIddHint: (idd: string, country: string) =>
    `Inizia con + e il prefisso del paese, ad esempio +39 02 1234 5678, oppure con ${idd}, il prefisso per le chiamate internazionali (${country}).`,
  prefsChecking: 'Verifica del formato del numero…',
  prefsPhoneUnavailable:
    'Non è stato possibile caricare la verifica dei numeri. Inserisci il numero con + e il prefisso del paese; il contact center lo verificherà quando continui.',
  prefsWillRing: (number: string) => `Le chiamate squilleranno al numero ${number}.`,

  prefsDnRequired: 'Inserisci il numero su cui devono squillare le chiamate.',
  prefsDnNotANumber: 'Usa solo cifre. Sono ammessi spazi, trattini, punti, parentesi e un + iniziale; lettere e altri simboli no.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `Aggiungi il prefisso del paese: inizia con + (o ${idd}) oppure seleziona Formato di composizione internazionale e scegli il paese.`
      : 'Aggiungi il prefisso del paese: inizia con + oppure seleziona Formato di composizione internazionale e scegli il paese.',
  prefsDnInvalidCountry: 'Nessun paese usa questo prefisso. Controlla le cifre dopo il + o dopo il prefisso internazionale.',
  prefsDnTooShort: (country: string) =>
    country
      ? `Il numero è troppo corto per il paese (${country}). Controlla se mancano cifre.`
      : 'Il numero è troppo corto. Controlla se mancano cifre.',
  prefsDnTooLong: (country: string) =>
    country
      ? `Il numero è troppo lungo per il paese (${country}). Controlla se ci sono cifre in più.`
      : 'Il numero è troppo lungo. Controlla se ci sono cifre in più.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `I numeri del paese (${country}) non hanno questa quantità di cifre. Controlla il numero.`
      : 'I numeri di quel paese non hanno questa quantità di cifre. Controlla il numero.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `Questo numero non è valido nel paese (${country}). Controlla il prefisso e le cifre.`
      : 'Questo numero non è valido. Controlla il prefisso e le cifre.',

  prefsMicPrompt: 'Quando il browser chiede di usare il microfono, scegli Consenti.',
  prefsMicAllow: 'Consenti il microfono ora',
  prefsMicGranted: 'Microfono consentito.',
  prefsMicDeniedTitle: 'Il browser blocca il microfono',
  prefsMicDenied: 'Chi chiama non potrà sentirti finché non consenti il microfono per questo sito.',
  prefsMicStepsChrome:
    'Seleziona l’icona a sinistra dell’indirizzo (Visualizza informazioni sito), attiva Microfono, quindi ricarica la pagina. Se non è presente, apri Impostazioni sito › Microfono › Consenti.',
  prefsMicStepsEdge:
    'Seleziona l’icona del lucchetto a sinistra dell’indirizzo, apri Autorizzazioni per questo sito, imposta Microfono su Consenti, quindi ricarica la pagina.',
  prefsMicStepsFirefox:
    'Seleziona l’icona del microfono barrato nella barra degli indirizzi, rimuovi Bloccato accanto a Utilizzare il microfono, quindi ricarica la pagina.',
  prefsMicStepsSafari:
    'Scegli Safari › Impostazioni per questo sito web (oppure Impostazioni › Siti web › Microfono), imposta questo sito su Consenti, quindi ricarica la pagina.',
  prefsMicStepsOther: 'Apri le impostazioni di questo sito nel browser, consenti il microfono, quindi ricarica la pagina.',
  prefsMicManaged:
    'Ancora bloccato? Questa impostazione potrebbe essere gestita dalla tua organizzazione: rivolgiti all’amministratore.',
  prefsMicRecheck: 'Verifica di nuovo',
};
