import type { PreferencesTerms } from '../en/index.js';

/** <interaction-preferences> の用語（ja）。「内線」「ダイヤル番号」「国番号」。画面上の項目名は［］で示します。 */
export const preferences: PreferencesTerms = {
  handleCalls: '通話の受け方',
  prefsOptionBROWSER: 'デスクトップ',
  prefsOptionEXTENSION: '内線',
  prefsOptionAGENT_DN: 'ダイヤル番号',
  prefsOptionHintBROWSER: 'このブラウザーで着信します。ヘッドセットを使用してください。',
  prefsOptionHintEXTENSION: 'Webex Callingの内線で着信します。',
  prefsOptionHintAGENT_DN: '指定した電話番号で着信します。',
  prefsDigitalOnly: 'デジタルチャネル（チャット、メール、メッセージ）のみを担当しているため、通話の設定は不要です。',

  prefsExtensionLabel: '内線番号',
  prefsExtensionHint: (min: number, max: number) => `数字のみ、${min}～${max}桁。`,
  prefsExtensionListHint: '管理者が設定した内線番号です。',
  prefsExtensionRestricted: 'この内線番号は管理者が設定しているため、変更できません。',
  prefsExtRequired: '内線番号を入力してください。',
  prefsExtNotANumber: '内線番号には数字のみを使用できます。文字、+、その他の記号は使用できません。',
  prefsExtTooShort: (min: number) => `内線番号は${min}桁以上です。`,
  prefsExtTooLong: (max: number) => `内線番号は${max}桁以下です。`,

  prefsDialNumberLabel: 'ダイヤル番号',
  prefsDialNumberListHint: '管理者が設定した番号です。',
  prefsDialNumberRestricted: 'この番号は管理者が設定しているため、変更できません。',
  prefsInternational: '国際ダイヤル形式',
  prefsCountryLabel: '国/地域',
  prefsCountryChoose: '国/地域を選択',
  prefsCountrySearchLabel: '国/地域を検索',
  prefsCountrySearchPlaceholder: '名前、コード、または+81',
  prefsCountryOption: (name: string, callingCode: string) => `${name}（+${callingCode}）`,
  prefsCountryMatches: (count: number) => `${count}件の国/地域が一致しました。`,
  prefsCountryNoMatch: (query: string) => `「${query}」に一致する国/地域はありません。`,
  prefsCountriesLoading: '国/地域を読み込んでいます…',
  prefsNationalHint: (country: string, callingCode: string) =>
    `${country}国内でダイヤルするとおりに番号を入力してください。+${callingCode}は自動的に追加されます。`,
  prefsE164Hint: '+と国番号から入力してください（例：+81 3 1234 5678）。',
  prefsIddHint: (idd: string, country: string) =>
    `+と国番号から入力するか（例：+81 3 1234 5678）、${country}の国際電話識別番号${idd}から入力してください。`,
  prefsChecking: '番号の形式を確認しています…',
  prefsPhoneUnavailable:
    '番号の確認機能を読み込めませんでした。+と国番号を付けて番号を入力してください。続行するときにコンタクトセンターが確認します。',
  prefsWillRing: (number: string) => `${number}で着信します。`,

  prefsDnRequired: '着信させる番号を入力してください。',
  prefsDnNotANumber:
    '数字のみを使用してください。スペース、ハイフン、ピリオド、括弧、先頭の+は使用できますが、文字やその他の記号は使用できません。',
  prefsDnMissingCountryCode: (idd: string) =>
    idd
      ? `国番号を追加してください。+（または${idd}）から入力するか、［国際ダイヤル形式］を選択して国/地域を選んでください。`
      : '国番号を追加してください。+から入力するか、［国際ダイヤル形式］を選択して国/地域を選んでください。',
  prefsDnInvalidCountry: 'この国番号を使用している国/地域はありません。+または国際電話識別番号に続く数字を確認してください。',
  prefsDnTooShort: (country: string) =>
    country
      ? `${country}の番号としては短すぎます。足りない数字がないか確認してください。`
      : 'この番号は短すぎます。足りない数字がないか確認してください。',
  prefsDnTooLong: (country: string) =>
    country
      ? `${country}の番号としては長すぎます。余分な数字がないか確認してください。`
      : 'この番号は長すぎます。余分な数字がないか確認してください。',
  prefsDnInvalidLength: (country: string) =>
    country
      ? `${country}の番号はこの桁数ではありません。番号を確認してください。`
      : 'その国/地域の番号はこの桁数ではありません。番号を確認してください。',
  prefsDnInvalidNumber: (country: string) =>
    country
      ? `${country}の番号として有効ではありません。市外局番と数字を確認してください。`
      : '有効な番号ではありません。市外局番と数字を確認してください。',

  prefsMicPrompt: 'ブラウザーからマイクの使用を求められたら、［許可］を選択してください。',
  prefsMicAllow: '今すぐマイクを許可',
  prefsMicGranted: 'マイクが許可されました。',
  prefsMicDeniedTitle: 'ブラウザーがマイクをブロックしています',
  prefsMicDenied: 'このサイトでマイクを許可するまで、相手にはあなたの声が聞こえません。',
  prefsMicStepsChrome:
    'アドレスの左にあるアイコン（［サイト情報を表示］）を選択し、［マイク］をオンにしてから、このページを再読み込みしてください。見つからない場合は、［サイトの設定］›［マイク］›［許可］を開いてください。',
  prefsMicStepsEdge:
    'アドレスの左にある鍵のアイコンを選択し、［このサイトへのアクセス許可］を開いて［マイク］を［許可］に設定してから、このページを再読み込みしてください。',
  prefsMicStepsFirefox:
    'アドレスバーにある斜線付きのマイクのアイコンを選択し、［マイクの使用］の横にある［ブロック］を解除してから、このページを再読み込みしてください。',
  prefsMicStepsSafari:
    '［Safari］›［このWebサイトの設定］（または［設定］›［Webサイト］›［マイク］）を選択し、このサイトを［許可］に設定してから、このページを再読み込みしてください。',
  prefsMicStepsOther: 'ブラウザーでこのサイトの設定を開いてマイクを許可し、このページを再読み込みしてください。',
  prefsMicManaged: 'まだブロックされていますか？この設定は組織で管理されている可能性があります。管理者にお問い合わせください。',
  prefsMicRecheck: '再確認',
};
