import type { SessionTerms } from '../en/index.js';

/** <session-banner> 的术语（zh-CN）。 */
export const session: SessionTerms = {
  bannerRegion: '会话消息',
  bannerSeverityError: '错误：',
  bannerSeverityWarning: '警告：',
  bannerSeverityInfo: '信息：',
  bannerSeveritySuccess: '完成：',

  bannerMultiSessionTitle: '您已在其他位置登录',
  bannerMultiSessionText:
    '您不能在多个浏览器或标签页中同时登录联络中心。选择“继续”即可在此窗口中使用，另一个窗口中的会话将结束。',
  bannerMultiSessionBusy: '如果您在通话期间选择“继续”，呼叫控件需要几秒钟才能加载。',
  bannerContinue: '继续',

  bannerDegradedTitle: '部分功能不可用',
  bannerDegradedFeatures: '当前不可用：',
  bannerDegradedText: '管理员解决问题后，请重新加载浏览器以恢复全部功能。',

  bannerSessionExpiredTitle: '您的会话已过期',
  bannerSessionExpiredText: '为了您的安全，您已退出登录。请重新登录以继续。',

  bannerConnectionLostTitle: '连接已断开',
  bannerConnectionLostText: '如果由于连接故障、会话过期或此浏览器的存储问题而无法恢复会话，请重新加载浏览器以刷新会话。',

  bannerRonaTitle: '有一个呼叫未应答',
  bannerRonaText: '分配给您的一个呼叫未被应答，已转给其他座席。如果您无法接听呼叫，请联系管理员并提供跟踪ID。',

  bannerMicrophoneTitle: '浏览器正在阻止麦克风',
  bannerMicrophoneText: '通过桌面进行通话需要使用麦克风。',
  bannerMicrophoneChrome: '在Chrome中，选择地址左侧的网站设置图标，开启“麦克风”，然后重新加载页面。',
  bannerMicrophoneEdge: '在Edge中，选择地址左侧的锁形图标，选择“此站点的权限”，将“麦克风”设置为“允许”，然后重新加载页面。',
  bannerMicrophoneFirefox: '在Firefox中，选择地址左侧的权限图标，清除麦克风旁的“已临时阻止”或“已阻止”，然后重新加载页面。',
  bannerMicrophoneSafari: '在Safari中，选择“Safari浏览器”›“此网站的设置”，将“麦克风”设置为“允许”，然后重新加载页面。',
  bannerMicrophoneOther: '请在浏览器设置中为此网站允许使用麦克风，然后重新加载页面。如果无法操作，请联系管理员。',

  bannerCollaborationTitle: (label: string) => `${label}登录失败`,
  bannerCollaborationTitleGeneric: '协作工具登录失败',
  bannerCollaborationText: '您可以继续工作，稍后可在个人资料设置中登录。',

  bannerPreferencesTitle: '您的首选项未保存',
  bannerPreferencesText: '此浏览器无法存储您的首选项，因此下次登录时会再次询问您。',

  bannerTrackingId: '跟踪ID',
  bannerCopyLabel: '复制跟踪ID',
  bannerCopied: '已复制跟踪ID',
  bannerCopyFailed: '无法自动复制。ID已选中：请按Ctrl+C（Mac上按⌘C）进行复制。',
  bannerDismissLabel: (title: string) => `关闭：${title}`,
};
