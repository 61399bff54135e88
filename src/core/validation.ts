/**
 * Field validation of the credential steps: pure functions that return the cleaned value or a
 * reason code. The element maps each reason to a localised message next to its field.
 */

export type ValidationCode =
  | 'EMAIL_REQUIRED'
  | 'EMAIL_INVALID'
  | 'PASSWORD_REQUIRED'
  | 'CODE_REQUIRED'
  | 'CODE_FORMAT'
  | 'NEW_PASSWORD_TOO_SHORT'
  | 'PASSWORDS_DIFFER';

export type Checked<T> = { ok: true; value: T } | { ok: false; code: ValidationCode };

/** Shortest new password the widget accepts (the backend may ask for more). */
export const MIN_PASSWORD_LENGTH = 8;

// One "@", no spaces, a dot in the domain, no leading/trailing dot: what people mistype, not RFC 5322.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** A trimmed email, or why it is not one. */
export function checkEmail(raw: string): Checked<string> {
  const value = raw.trim();
  if (!value) return { ok: false, code: 'EMAIL_REQUIRED' };
  if (value.length > 254 || !EMAIL.test(value)) return { ok: false, code: 'EMAIL_INVALID' };
  return { ok: true, value };
}

/** A password is taken as typed (spaces are significant); only emptiness is checked here. */
export function checkPassword(raw: string): Checked<string> {
  return raw ? { ok: true, value: raw } : { ok: false, code: 'PASSWORD_REQUIRED' };
}

/** The six-digit reset code, with spaces and dashes from a pasted "123 456" removed. */
export function checkCode(raw: string): Checked<string> {
  const value = raw.replace(/[\s-]/g, '');
  if (!value) return { ok: false, code: 'CODE_REQUIRED' };
  if (!/^\d{6}$/.test(value)) return { ok: false, code: 'CODE_FORMAT' };
  return { ok: true, value };
}

/** A new password and its confirmation. */
export function checkNewPassword(password: string, confirm: string): Checked<string> {
  if (!password) return { ok: false, code: 'PASSWORD_REQUIRED' };
  if ([...password].length < MIN_PASSWORD_LENGTH) return { ok: false, code: 'NEW_PASSWORD_TOO_SHORT' };
  if (password !== confirm) return { ok: false, code: 'PASSWORDS_DIFFER' };
  return { ok: true, value: password };
}
