import type { CommonTerms } from '../en/index.js';

/** 通用术语（zh-CN）。使用“您”，全角标点；“登录”“座席”“跟踪ID”。 */
export const common: CommonTerms = {
  required: '必填',
  trackingId: (id: string) => `跟踪ID：${id}`,
  trackingIdLabel: '跟踪ID：',
  copy: '复制',
  copied: '已复制',
  dismiss: '关闭',
  reload: '重新加载',
  loading: '正在加载…',
  errorINVALID_CREDENTIALS: '电子邮件地址与密码不匹配。请检查后重试。',
  errorACCOUNT_LOCKED: '您的账户已被锁定。请联系管理员解锁。',
  errorINVALID_CODE: '验证码错误或已过期。请查看我们发送的电子邮件，或重新获取验证码。',
  errorDN_INVALID: '此号码无法接听呼叫。请检查号码，或选择其他呼叫处理方式。',
  errorDN_IN_USE: '另一位座席已使用此号码登录。请使用其他号码，或联系管理员。',
  errorTEAM_INVALID: '您已无法使用此团队。请选择其他团队。',
  errorNOT_AUTHORIZED: '您无权在此登录。请联系管理员检查您的配置文件。',
  errorSESSION_EXPIRED: '您的会话已过期。请重新登录。',
  errorNETWORK: '无法连接到联络中心。请检查网络连接后重试。',
  errorTIMEOUT: '联络中心响应超时。请重试。',
  errorUNAVAILABLE: '联络中心暂时不可用。请几分钟后重试。',
  errorUNKNOWN: '出现问题。请重试；如果问题仍然存在，请将跟踪ID提供给管理员。',
  errorBAD_RESPONSE: '联络中心返回了无法读取的响应。请重试，或将跟踪ID提供给管理员。',
  errorNO_SERVICE: '此登录未连接到任何联络中心。请设置元素的service属性，或添加demo属性进行试用。',
  errorNOT_SUPPORTED: '此联络中心不支持该功能。请联系管理员。',
  errorABORTED: '请求已取消。',
};
