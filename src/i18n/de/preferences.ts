import type { PreferencesTerms } from '../en/index.js';

/** Begriffe von <interaction-preferences> (de): „Nebenstelle“, „Rufnummer“, „Ländervorwahl“. */
export const preferences: PreferencesTerms = {
  handleCalls: 'Anrufannahme',
  prefsOptionBROWSER: 'Desktop',
  prefsOptionEXTENSION: 'Nebenstelle',
  prefsOptionAGENT_DN: 'Rufnummer',
  prefsOptionHintBROWSER: 'Anrufe klingeln in diesem Browser. Verwenden Sie ein Headset.',
  prefsOptionHintEXTENSION: 'Anrufe klingeln an Ihrer Webex Calling-Nebenstelle.',
  prefsOptionHintAGENT_DN: 'Anrufe klingeln unter einer Rufnummer Ihrer Wahl.',
  prefsDigitalOnly:
    'Sie bearbeiten nur digitale Kanäle (Chat, E-Mail und Messaging), daher müssen Sie für Anrufe nichts einrichten.',

  prefsExtensionLabel: 'Nebenstelle',
  prefsExtensionHint: (min: number, max: number) => `Nur Ziffern, ${min} bis ${max} Stellen.`,
  prefsExtensionListHint: 'Nebenstellen, die Ihr Administrator für Sie eingerichtet hat.',
  prefsExtensionRestricted: 'Ihr Administrator hat diese Nebenstelle festgelegt; sie kann nicht geändert werden.',
  prefsExtRequired: 'Geben Sie Ihre Nebenstelle ein.',
  prefsExtNotANumber: 'Eine Nebenstelle besteht nur aus Ziffern – ohne Buchstaben, + oder andere Zeichen.',
  prefsExtTooShort: (min: number) => `Eine Nebenstelle hat mindestens ${min} Ziffern.`,
  prefsExtTooLong: (max: number) => `Eine Nebenstelle hat höchstens ${max} Ziffern.`,

  prefsDialNumberLabel: 'Rufnummer',
  prefsDialNumberListHint: 'Rufnummern, die Ihr Administrator für Sie eingerichtet hat.',
  prefsDialNumberRestricted: 'Ihr Administrator hat diese Rufnummer festgelegt; sie kann nicht geändert werden.',
  prefsInternational: 'Internationales Wählformat',
  prefsCountryLabel: 'Land',
  prefsCountryChoose: 'Land auswählen',
  prefsCountrySearchLabel: 'Länder durchsuchen',
  prefsCountrySearchPlaceholder: 'Name, Kürzel oder +49',
  prefsCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  prefsCountryMatches: (count: number) => (count === 1 ? `${count} Land gefunden.` : `${count} Länder gefunden.`),
  prefsCountryNoMatch: (query: string) => `Kein Land entspricht „${query}“.`,
  prefsCountriesLoading: 'Länder werden geladen…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `Geben Sie die Nummer so ein, wie Sie sie im Inland wählen (${country}); +${callingCode} wird automatisch ergänzt.`,
  prefsE164Hint: 'Beginnen Sie mit + und der Ländervorwahl, zum Beispiel +49 30 12345678.',
  prefsIddHint: (idd: string, country: string) =>
    `Beginnen Sie mit + und der Ländervorwahl, zum Beispiel +49 30 12345678, oder mit ${idd}, der internationalen Vorwahl (${country}).`,
  prefsChecking: 'Nummernformat wird geprüft…',
  prefsPhoneUnavailable:
    'Die Nummernprüfung konnte nicht geladen werden. Geben Sie die Nummer mit + und Ländervorwahl ein; das Contact Center prüft sie, wenn Sie fortfahren.',
  prefsWillRing: (number: string) => `Anrufe klingeln unter ${number}.`,

  prefsDnRequired: 'Geben Sie die Nummer ein, unter der Anrufe klingeln sollen.',
  prefsDnNotANumber:
    'Verwenden Sie nur Ziffern. Leerzeichen, Bindestriche, Punkte, Klammern und ein + am Anfang sind erlaubt, Buchstaben und andere Zeichen nicht.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `Ergänzen Sie die Ländervorwahl: Beginnen Sie mit + (oder ${idd}) oder wählen Sie Internationales Wählformat und dann das Land.`
      : 'Ergänzen Sie die Ländervorwahl: Beginnen Sie mit + oder wählen Sie Internationales Wählformat und dann das Land.',
  prefsDnInvalidCountry:
    'Diese Ländervorwahl gibt es nicht. Überprüfen Sie die Ziffern nach dem + oder nach der internationalen Vorwahl.',
  prefsDnTooShort: (country: string) =>
    country
      ? `Diese Nummer ist für das gewählte Land (${country}) zu kurz. Prüfen Sie, ob Ziffern fehlen.`
      : 'Diese Nummer ist zu kurz. Prüfen Sie, ob Ziffern fehlen.',
  prefsDnTooLong: (country: string) =>
    country
      ? `Diese Nummer ist für das gewählte Land (${country}) zu lang. Prüfen Sie, ob Ziffern zu viel sind.`
      : 'Diese Nummer ist zu lang. Prüfen Sie, ob Ziffern zu viel sind.',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `Nummern im gewählten Land (${country}) haben nicht so viele Ziffern. Überprüfen Sie die Nummer.`
      : 'Nummern in diesem Land haben nicht so viele Ziffern. Überprüfen Sie die Nummer.',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `Diese Nummer ist im gewählten Land (${country}) ungültig. Überprüfen Sie Vorwahl und Ziffern.`
      : 'Diese Nummer ist ungültig. Überprüfen Sie Vorwahl und Ziffern.',

  prefsMicPrompt: 'Wenn Ihr Browser fragt, ob er das Mikrofon verwenden darf, wählen Sie Zulassen.',
  prefsMicAllow: 'Mikrofon jetzt zulassen',
  prefsMicGranted: 'Mikrofon zugelassen.',
  prefsMicDeniedTitle: 'Ihr Browser blockiert das Mikrofon',
  prefsMicDenied: 'Anrufer können Sie erst hören, wenn Sie das Mikrofon für diese Website zulassen.',
  prefsMicStepsChrome:
    'Wählen Sie das Symbol links neben der Adresse (Websiteinformationen anzeigen), aktivieren Sie Mikrofon und laden Sie die Seite dann neu. Fehlt die Option, öffnen Sie Website-Einstellungen › Mikrofon › Zulassen.',
  prefsMicStepsEdge:
    'Wählen Sie das Schlosssymbol links neben der Adresse, öffnen Sie Berechtigungen für diese Website, setzen Sie Mikrofon auf Zulassen und laden Sie die Seite dann neu.',
  prefsMicStepsFirefox:
    'Wählen Sie das durchgestrichene Mikrofonsymbol in der Adressleiste, entfernen Sie Blockiert neben Mikrofon verwenden und laden Sie die Seite dann neu.',
  prefsMicStepsSafari:
    'Wählen Sie Safari › Einstellungen für diese Website (oder Einstellungen › Websites › Mikrofon), setzen Sie diese Website auf Erlauben und laden Sie die Seite dann neu.',
  prefsMicStepsOther:
    'Öffnen Sie in Ihrem Browser die Einstellungen dieser Website, lassen Sie das Mikrofon zu und laden Sie die Seite dann neu.',
  prefsMicManaged:
    'Immer noch blockiert? Diese Einstellung wird möglicherweise von Ihrer Organisation verwaltet. Wenden Sie sich an Ihren Administrator.',
  prefsMicRecheck: 'Erneut prüfen',
};
