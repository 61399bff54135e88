import type { SessionTerms } from '../en/index.js';

/** Begriffe von <session-banner> (de). */
export const session: SessionTerms = {
  bannerRegion: 'Sitzungsmeldungen',
  bannerSeverityError: 'Fehler:',
  bannerSeverityWarning: 'Warnung:',
  bannerSeverityInfo: 'Hinweis:',
  bannerSeveritySuccess: 'Erledigt:',

  bannerMultiSessionTitle: 'Sie sind an anderer Stelle angemeldet',
  bannerMultiSessionText:
    'Sie können nicht gleichzeitig in mehreren Browsern oder Tabs beim Contact Center angemeldet sein. Wählen Sie Fortfahren, um es in diesem Fenster zu verwenden; die andere Sitzung wird beendet.',
  bannerMultiSessionBusy:
    'Wenn Sie während eines Anrufs Fortfahren wählen, dauert es einige Sekunden, bis die Anrufsteuerung geladen ist.',
  bannerContinue: 'Fortfahren',

  bannerDegradedTitle: 'Einige Funktionen sind nicht verfügbar',
  bannerDegradedFeatures: 'Derzeit nicht verfügbar:',
  bannerDegradedText:
    'Sobald Ihr Administrator das Problem behoben hat, laden Sie den Browser neu, um wieder alle Funktionen zu nutzen.',

  bannerSessionExpiredTitle: 'Ihre Sitzung ist abgelaufen',
  bannerSessionExpiredText: 'Zu Ihrer Sicherheit wurden Sie abgemeldet. Melden Sie sich erneut an, um fortzufahren.',

  bannerConnectionLostTitle: 'Verbindung unterbrochen',
  bannerConnectionLostText:
    'Falls Ihre Sitzung wegen eines Verbindungsfehlers, einer abgelaufenen Sitzung oder eines Problems mit dem Speicher dieses Browsers nicht wiederhergestellt werden kann, laden Sie den Browser neu, um sie zu aktualisieren.',

  bannerRonaTitle: 'Ein Anruf wurde nicht angenommen',
  bannerRonaText:
    'Ein Anruf wurde Ihnen zugestellt, aber nicht angenommen, und ging daher an einen anderen Agenten. Wenn Sie keine Anrufe annehmen können, wenden Sie sich an Ihren Administrator und nennen Sie die Tracking-ID.',

  bannerMicrophoneTitle: 'Ihr Browser blockiert das Mikrofon',
  bannerMicrophoneText: 'Für Anrufe über den Desktop wird das Mikrofon benötigt.',
  bannerMicrophoneChrome:
    'Wählen Sie in Chrome das Symbol für Website-Einstellungen links neben der Adresse, aktivieren Sie Mikrofon und laden Sie die Seite neu.',
  bannerMicrophoneEdge:
    'Wählen Sie in Edge das Schlosssymbol links neben der Adresse und dann Berechtigungen für diese Website, setzen Sie Mikrofon auf Zulassen und laden Sie die Seite neu.',
  bannerMicrophoneFirefox:
    'Wählen Sie in Firefox das Berechtigungssymbol links neben der Adresse, entfernen Sie „Vorübergehend blockiert“ oder „Blockiert“ neben dem Mikrofon und laden Sie die Seite neu.',
  bannerMicrophoneSafari:
    'Wählen Sie in Safari Safari › Einstellungen für diese Website, setzen Sie Mikrofon auf Erlauben und laden Sie die Seite neu.',
  bannerMicrophoneOther:
    'Lassen Sie das Mikrofon für diese Website in den Browsereinstellungen zu und laden Sie die Seite neu. Falls das nicht möglich ist, wenden Sie sich an Ihren Administrator.',

  bannerCollaborationTitle: (label: string) => `Die Anmeldung bei ${label} ist fehlgeschlagen`,
  bannerCollaborationTitleGeneric: 'Die Anmeldung bei einem Kollaborationstool ist fehlgeschlagen',
  bannerCollaborationText: 'Sie können weiterarbeiten. Melden Sie sich später über die Profileinstellungen dort an.',

  bannerPreferencesTitle: 'Ihre Einstellungen wurden nicht gespeichert',
  bannerPreferencesText:
    'Dieser Browser konnte sie nicht speichern. Sie werden daher bei der nächsten Anmeldung erneut danach gefragt.',

  bannerTrackingId: 'Tracking-ID',
  bannerCopyLabel: 'Tracking-ID kopieren',
  bannerCopied: 'Tracking-ID kopiert',
  bannerCopyFailed:
    'Automatisches Kopieren war nicht möglich. Die ID ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um sie zu kopieren.',
  bannerDismissLabel: (title: string) => `Schließen: ${title}`,
};
