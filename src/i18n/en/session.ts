/** Terms of <session-banner> (English, the source locale). */
export const session = {
  bannerRegion: 'Session messages',
  bannerSeverityError: 'Error:',
  bannerSeverityWarning: 'Warning:',
  bannerSeverityInfo: 'Information:',
  bannerSeveritySuccess: 'Done:',

  bannerMultiSessionTitle: 'You’re signed in somewhere else',
  bannerMultiSessionText:
    'You can’t be signed in to the contact center in several browsers or tabs at once. Select Continue to use it in this window; the other one will stop.',
  bannerMultiSessionBusy: 'If you select Continue while you’re on a call, the call controls take a few seconds to load.',
  bannerContinue: 'Continue',

  bannerDegradedTitle: 'Some features aren’t available',
  bannerDegradedFeatures: 'Not available now:',
  bannerDegradedText: 'When your administrator has fixed the problem, reload the browser to get every feature back.',

  bannerSessionExpiredTitle: 'Your session has expired',
  bannerSessionExpiredText: 'For your security you were signed out. Sign in again to continue.',

  bannerConnectionLostTitle: 'Connection lost',
  bannerConnectionLostText:
    'If your session can’t be restored because of a connection failure, an expired session or a problem with this browser’s storage, reload the browser to refresh it.',

  bannerRonaTitle: 'A call went unanswered',
  bannerRonaText:
    'A call was sent to you but wasn’t answered, so it went to another agent. If you can’t take calls, contact your administrator and share the tracking ID.',

  bannerMicrophoneTitle: 'Your browser is blocking the microphone',
  bannerMicrophoneText: 'Calls on the Desktop need the microphone.',
  bannerMicrophoneChrome: 'In Chrome, select the site settings icon left of the address, turn Microphone on, then reload the page.',
  bannerMicrophoneEdge: 'In Edge, select the lock icon left of the address, choose Permissions for this site, set Microphone to Allow, then reload the page.',
  bannerMicrophoneFirefox: 'In Firefox, select the permissions icon left of the address, clear “Blocked temporarily” or “Blocked” next to the microphone, then reload the page.',
  bannerMicrophoneSafari: 'In Safari, choose Safari › Settings for This Website, set Microphone to Allow, then reload the page.',
  bannerMicrophoneOther: 'Allow the microphone for this site in your browser’s settings, then reload the page. If you can’t, contact your administrator.',

  bannerCollaborationTitle: (label: string) => `${label} sign-in didn’t work`,
  bannerCollaborationTitleGeneric: 'A collaboration sign-in didn’t work',
  bannerCollaborationText: 'You can keep working. Sign in to it later from your profile settings.',

  bannerPreferencesTitle: 'Your preferences weren’t saved',
  bannerPreferencesText: 'This browser couldn’t store them, so you’ll be asked for them again the next time you sign in.',

  bannerTrackingId: 'Tracking ID',
  bannerCopyLabel: 'Copy tracking ID',
  bannerCopied: 'Tracking ID copied',
  bannerCopyFailed: 'Couldn’t copy automatically. The ID is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  bannerDismissLabel: (title: string) => `Dismiss: ${title}`,
};
