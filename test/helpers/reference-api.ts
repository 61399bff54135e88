import { aTimeout } from '@open-wc/testing';
import { createHttpService, type HttpServiceOptions } from '../../src/adapters/http-service.js';

/** One entry of the reference server's call log (`GET /api/__log`). */
export interface Call {
  op: string;
  status: number;
}

/** A call to the reference server the test runner mounts under `/api`; throws on a non-2xx answer. */
export async function api(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST');
  const response = await fetch(`/api${path}`, {
    method,
    ...(init.body !== undefined ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} /api${path}: ${response.status}`);
  return response;
}

export const setFaults = (faults: Record<string, unknown>) => api('/__faults', { body: faults });
export const clearFaults = () => api('/__faults', { method: 'DELETE' });
export const resetServer = () => api('/__reset', { method: 'POST' });
export const calls = async (op: string): Promise<Call[]> => ((await (await api('/__log')).json()) as Call[]).filter((c) => c.op === op);
export const statuses = async (op: string) => (await calls(op)).map((c) => c.status);

/** The HTTP adapter against the reference server, with short retry delays. */
export const http = (options: Partial<HttpServiceOptions> = {}) =>
  createHttpService({ baseUrl: '/api', timeoutMs: 5000, retryDelayMs: 20, maxRetryDelayMs: 200, ...options });

export async function waitFor(check: () => boolean | Promise<boolean>, what: string | (() => string), timeoutMs = 6000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await aTimeout(20);
  }
}
