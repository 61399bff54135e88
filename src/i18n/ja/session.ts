import type { SessionTerms } from '../en/index.js';

/** <session-banner> の用語（ja）。 */
export const session: SessionTerms = {
  bannerRegion: 'セッションのメッセージ',
  bannerSeverityError: 'エラー：',
  bannerSeverityWarning: '警告：',
  bannerSeverityInfo: '情報：',
  bannerSeveritySuccess: '完了：',

  bannerMultiSessionTitle: '別の場所でサインインしています',
  bannerMultiSessionText:
    'コンタクトセンターには、複数のブラウザーやタブで同時にサインインできません。このウィンドウで使用するには［続行］を選択してください。もう一方のセッションは終了します。',
  bannerMultiSessionBusy: '通話中に［続行］を選択した場合、通話コントロールの読み込みに数秒かかります。',
  bannerContinue: '続行',

  bannerDegradedTitle: '一部の機能が利用できません',
  bannerDegradedFeatures: '現在利用できない機能：',
  bannerDegradedText: '管理者が問題を解決したら、ブラウザーを再読み込みしてすべての機能を復元してください。',

  bannerSessionExpiredTitle: 'セッションの有効期限が切れました',
  bannerSessionExpiredText: 'セキュリティのため、サインアウトされました。続行するには、もう一度サインインしてください。',

  bannerConnectionLostTitle: '接続が切断されました',
  bannerConnectionLostText:
    '接続障害、セッションの期限切れ、またはこのブラウザーのストレージの問題でセッションを復元できない場合は、ブラウザーを再読み込みしてセッションを更新してください。',

  bannerRonaTitle: '応答されなかった通話があります',
  bannerRonaText:
    'あなたに着信した通話に応答がなかったため、別のエージェントに転送されました。通話を受けられない場合は、トラッキングIDを添えて管理者にお問い合わせください。',

  bannerMicrophoneTitle: 'ブラウザーがマイクをブロックしています',
  bannerMicrophoneText: 'デスクトップでの通話にはマイクが必要です。',
  bannerMicrophoneChrome:
    'Chromeでは、アドレスの左にあるサイト設定のアイコンを選択し、［マイク］をオンにしてから、ページを再読み込みしてください。',
  bannerMicrophoneEdge:
    'Edgeでは、アドレスの左にある鍵のアイコンを選択し、［このサイトへのアクセス許可］を選んで［マイク］を［許可］に設定してから、ページを再読み込みしてください。',
  bannerMicrophoneFirefox:
    'Firefoxでは、アドレスの左にある許可設定のアイコンを選択し、マイクの横にある［一時的にブロック］または［ブロック］を解除してから、ページを再読み込みしてください。',
  bannerMicrophoneSafari:
    'Safariでは、［Safari］›［このWebサイトの設定］を選択し、［マイク］を［許可］に設定してから、ページを再読み込みしてください。',
  bannerMicrophoneOther:
    'ブラウザーの設定でこのサイトのマイクを許可してから、ページを再読み込みしてください。できない場合は、管理者にお問い合わせください。',

  bannerCollaborationTitle: (label: string) => `${label}へのサインインに失敗しました`,
  bannerCollaborationTitleGeneric: 'コラボレーションツールへのサインインに失敗しました',
  bannerCollaborationText: 'このまま作業を続けられます。後でプロファイル設定からサインインしてください。',

  bannerPreferencesTitle: '設定が保存されませんでした',
  bannerPreferencesText: 'このブラウザーに設定を保存できなかったため、次回のサインイン時にもう一度入力を求められます。',

  bannerTrackingId: 'トラッキングID',
  bannerCopyLabel: 'トラッキングIDをコピー',
  bannerCopied: 'トラッキングIDをコピーしました',
  bannerCopyFailed: '自動的にコピーできませんでした。IDは選択済みです。Ctrl+C（Macでは⌘C）を押してコピーしてください。',
  bannerDismissLabel: (title: string) => `閉じる：${title}`,
};
