/** Terms of <interaction-preferences> (English, the source locale). */
export const preferences = {
  handleCalls: 'Handle calls',
  prefsOptionBROWSER: 'Desktop',
  prefsOptionEXTENSION: 'Extension',
  prefsOptionAGENT_DN: 'Dial number',
  prefsOptionHintBROWSER: 'Calls ring in this browser. Use a headset.',
  prefsOptionHintEXTENSION: 'Calls ring on your Webex Calling extension.',
  prefsOptionHintAGENT_DN: 'Calls ring on a phone number you choose.',
  prefsDigitalOnly: 'You handle digital channels only (chat, email and messaging), so there’s nothing to set up for calls.',

  prefsExtensionLabel: 'Extension',
  prefsExtensionHint: (min: number, max: number) => `Digits only, ${min} to ${max}.`,
  prefsExtensionListHint: 'Extensions your administrator set up for you.',
  prefsExtensionRestricted: 'Your administrator set this extension, so it can’t be changed.',
  prefsExtRequired: 'Enter your extension.',
  prefsExtNotANumber: 'An extension has digits only: no letters, + or other symbols.',
  prefsExtTooShort: (min: number) => `An extension has at least ${min} digits.`,
  prefsExtTooLong: (max: number) => `An extension has at most ${max} digits.`,

  prefsDialNumberLabel: 'Dial number',
  prefsDialNumberListHint: 'Numbers your administrator set up for you.',
  prefsDialNumberRestricted: 'Your administrator set this number, so it can’t be changed.',
  prefsInternational: 'International dialing format',
  prefsCountryLabel: 'Country',
  prefsCountryChoose: 'Choose a country',
  prefsCountrySearchLabel: 'Search countries',
  prefsCountrySearchPlaceholder: 'Name, code or +55',
  prefsCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  prefsCountryMatches: (count: number) => (count === 1 ? `${count} country matches.` : `${count} countries match.`),
  prefsCountryNoMatch: (query: string) => `No country matches “${query}”.`,
  prefsCountriesLoading: 'Loading countries…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `Type the number as you dial it in ${country}; +${callingCode} is added for you.`,
  prefsE164Hint: 'Start with + and the country code, e.g. +1 415 555 2671.',
  prefsIddHint: (idd: string, country: string) =>
    `Start with + and the country code, e.g. +1 415 555 2671, or with ${idd}, the dial-out prefix from ${country}.`,
  prefsChecking: 'Checking number format…',
  prefsPhoneUnavailable:
    'Number checks couldn’t load. Enter the number with + and the country code; the contact center checks it when you continue.',
  prefsWillRing: (number: string) => `Calls will ring at ${number}.`,

  prefsDnRequired: 'Enter the number where calls should ring.',
  prefsDnNotANumber: 'Use digits only. Spaces, dashes, dots, parentheses and a leading + are fine; letters and other symbols aren’t.',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `Add the country code: start with + (or ${idd}), or select International dialing format and choose the country.`
      : 'Add the country code: start with +, or select International dialing format and choose the country.',
  prefsDnInvalidCountry: 'No country uses this country code. Check the digits after the + or the dial-out prefix.',
  prefsDnTooShort: (country: string) =>
    country ? `This number is too short for ${country}. Check for missing digits.` : 'This number is too short. Check for missing digits.',
  prefsDnTooLong: (country: string) =>
    country ? `This number is too long for ${country}. Check for extra digits.` : 'This number is too long. Check for extra digits.',
  prefsDnInvalidLength: (country: string) =>
    country ? `Numbers in ${country} don’t have this many digits. Check the number.` : 'Numbers there don’t have this many digits. Check the number.',
  prefsDnInvalidNumber: (country: string) =>
    country ? `This isn’t a valid number in ${country}. Check the area code and the digits.` : 'This isn’t a valid number. Check the area code and the digits.',

  prefsMicPrompt: 'When your browser asks to use the microphone, choose Allow.',
  prefsMicAllow: 'Allow the microphone now',
  prefsMicGranted: 'Microphone allowed.',
  prefsMicDeniedTitle: 'Your browser blocks the microphone',
  prefsMicDenied: 'Callers won’t hear you until you allow it for this site.',
  prefsMicStepsChrome:
    'Select the icon to the left of the address (View site information), turn on Microphone, then reload this page. If it isn’t there, open Site settings › Microphone › Allow.',
  prefsMicStepsEdge:
    'Select the lock icon to the left of the address, open Permissions for this site, set Microphone to Allow, then reload this page.',
  prefsMicStepsFirefox:
    'Select the crossed-out microphone icon in the address bar, clear Blocked next to Use the microphone, then reload this page.',
  prefsMicStepsSafari:
    'Choose Safari › Settings for This Website (or Settings › Websites › Microphone), set this site to Allow, then reload this page.',
  prefsMicStepsOther: 'Open this site’s settings in your browser, allow the microphone, then reload this page.',
  prefsMicManaged: 'Still blocked? Your organization may manage this setting: ask your administrator.',
  prefsMicRecheck: 'Check again',
};
