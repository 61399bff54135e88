/**
 * Error codes and the one error class of the contract. Backends reject with anything that has a
 * string `code`; `toAgentError` turns whatever was thrown into an `AgentServiceError` with a known
 * code, keeping the tracking ID and dropping everything else (server text never reaches the user).
 */

/** Codes a backend may reject with (issue #2). */
export const SERVICE_ERROR_CODES = [
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'INVALID_CODE',
  'DN_INVALID',
  'DN_IN_USE',
  'TEAM_INVALID',
  'NOT_AUTHORIZED',
  'SESSION_EXPIRED',
  'NETWORK',
  'TIMEOUT',
  'UNAVAILABLE',
] as const;

/** Codes the widget itself produces. */
export const WIDGET_ERROR_CODES = ['UNKNOWN', 'BAD_RESPONSE', 'NO_SERVICE', 'NOT_SUPPORTED', 'ABORTED'] as const;

export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];
export type AgentErrorCode = ServiceErrorCode | (typeof WIDGET_ERROR_CODES)[number];

const KNOWN = new Set<string>([...SERVICE_ERROR_CODES, ...WIDGET_ERROR_CODES]);

/** True for every code this package knows. */
export function isAgentErrorCode(code: unknown): code is AgentErrorCode {
  return typeof code === 'string' && KNOWN.has(code);
}

/** The error every `AgentService` call rejects with (by shape: `{ code, trackingId? }`). */
export class AgentServiceError extends Error {
  override readonly name = 'AgentServiceError';
  readonly code: AgentErrorCode;
  readonly trackingId?: string;

  constructor(code: AgentErrorCode, options: { trackingId?: string; message?: string } = {}) {
    // The message is for developers only and never holds user input or server text.
    super(options.message ?? code);
    this.code = code;
    if (options.trackingId) this.trackingId = options.trackingId;
  }
}

const TRACKING_ID = /^[\w.:-]{1,128}$/;

/**
 * Whatever a service threw, as an `AgentServiceError`: a known `code` is kept, an unknown one becomes
 * `UNKNOWN`; a tracking ID is kept when it looks like one; an `AbortError` becomes `ABORTED`; a
 * `TypeError` (what `fetch` throws when the network is down) becomes `NETWORK`.
 */
export function toAgentError(error: unknown): AgentServiceError {
  try {
    if (error instanceof AgentServiceError) return error;
    return fromShape(error);
  } catch {
    // A hostile or broken value (a throwing getter, a revoked Proxy) is still an error we can show.
    return new AgentServiceError('UNKNOWN');
  }
}

function fromShape(error: unknown): AgentServiceError {
  if (typeof error === 'object' && error !== null) {
    const { code, trackingId, name } = error as { code?: unknown; trackingId?: unknown; name?: unknown };
    const tid = typeof trackingId === 'string' && TRACKING_ID.test(trackingId) ? trackingId : undefined;
    if (typeof code === 'string') return new AgentServiceError(isAgentErrorCode(code) ? code : 'UNKNOWN', { trackingId: tid });
    if (name === 'AbortError') return new AgentServiceError('ABORTED');
    if (name === 'TimeoutError') return new AgentServiceError('TIMEOUT');
    if (error instanceof TypeError) return new AgentServiceError('NETWORK');
  }
  return new AgentServiceError('UNKNOWN');
}
