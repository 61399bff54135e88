import type { CommonTerms } from '../en/index.js';

/** 共通の用語（ja）。です・ます調、全角の句読点。「サインイン」「トラッキングID」。 */
export const common: CommonTerms = {
  required: '必須',
  trackingId: (id: string) => `トラッキングID：${id}`,
  trackingIdLabel: 'トラッキングID：',
  copy: 'コピー',
  copied: 'コピーしました',
  dismiss: '閉じる',
  reload: '再読み込み',
  loading: '読み込んでいます…',
  errorINVALID_CREDENTIALS: 'メールアドレスとパスワードが一致しません。確認してもう一度お試しください。',
  errorACCOUNT_LOCKED: 'アカウントがロックされています。管理者にロックの解除を依頼してください。',
  errorINVALID_CODE:
    'コードが正しくないか、有効期限が切れています。お送りしたメールを確認するか、新しいコードをリクエストしてください。',
  errorDN_INVALID: 'この番号では通話を受けられません。番号を確認するか、別の通話の受け方を選択してください。',
  errorDN_IN_USE: '別のエージェントがこの番号でサインインしています。別の番号を使用するか、管理者にお問い合わせください。',
  errorTEAM_INVALID: 'このチームは利用できなくなりました。別のチームを選択してください。',
  errorNOT_AUTHORIZED: 'ここにサインインする権限がありません。管理者にプロファイルの確認を依頼してください。',
  errorSESSION_EXPIRED: 'セッションの有効期限が切れました。もう一度サインインしてください。',
  errorNETWORK: 'コンタクトセンターに接続できません。ネットワーク接続を確認して、もう一度お試しください。',
  errorTIMEOUT: 'コンタクトセンターからの応答がタイムアウトしました。もう一度お試しください。',
  errorUNAVAILABLE: 'コンタクトセンターは現在ご利用いただけません。数分後にもう一度お試しください。',
  errorUNKNOWN: '問題が発生しました。もう一度お試しください。繰り返し発生する場合は、トラッキングIDを管理者にお伝えください。',
  errorBAD_RESPONSE:
    'コンタクトセンターから読み取れない応答が返されました。もう一度お試しいただくか、トラッキングIDを管理者にお伝えください。',
  errorNO_SERVICE:
    'このサインインはコンタクトセンターに接続されていません。要素のserviceプロパティを設定するか、試用する場合はdemo属性を追加してください。',
  errorNOT_SUPPORTED: 'このコンタクトセンターはこの機能に対応していません。管理者にお問い合わせください。',
  errorABORTED: 'リクエストはキャンセルされました。',
};
