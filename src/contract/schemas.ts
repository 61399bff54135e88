/**
 * zod schemas for everything that crosses a boundary into the widget: service responses and
 * host-set properties. `zod/mini` keeps the same checks at about a quarter of zod classic's bytes
 * (issue #10). The contract's interfaces stay the documented source; the assertions at the bottom
 * keep the schemas and the interfaces from drifting apart.
 */
import * as z from 'zod/mini';
import type { AgentProfile, ServiceEvent, Team } from './agent-service.js';
import { AgentServiceError } from './errors.js';

/** Shortens a string to `max` characters (code points), with an ellipsis. */
const clip = (max: number) => (text: string) => {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
};

const nonEmpty = () => z.string().check(z.minLength(1), z.maxLength(512));

export const LoginOptionSchema = z.enum(['BROWSER', 'EXTENSION', 'AGENT_DN']);

export const TeamSchema = z.object({ id: nonEmpty(), name: z.string().check(z.maxLength(512)) });

export const AgentProfileSchema = z.object({
  agentId: nonEmpty(),
  email: z.string().check(z.maxLength(320)),
  displayName: z.string().check(z.maxLength(512)),
  loginOptions: z.array(LoginOptionSchema).check(z.maxLength(3)),
  teams: z.array(TeamSchema).check(z.maxLength(100_000)),
  defaultDialNumber: z.optional(z.string().check(z.maxLength(64))),
  dialNumberRestricted: z.optional(z.boolean()),
  extensions: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(1000))),
  dialNumbers: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(1000))),
  defaultCountry: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  collaboration: z.optional(z.array(z.object({ provider: nonEmpty(), label: nonEmpty() })).check(z.maxLength(20))),
  e911Required: z.optional(z.boolean()),
});

export const ServiceEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session-expired') }),
  z.object({ type: z.literal('session-conflict'), trackingId: z.optional(z.string()) }),
  z.object({
    type: z.literal('degraded'),
    // An over-long name is shortened, not a reason to hide the whole outage from the agent.
    features: z.array(z.string().check(z.overwrite(clip(200)))).check(z.overwrite((list) => list.slice(0, 50))),
    message: z.optional(z.string().check(z.overwrite(clip(1000)))),
  }),
  z.object({ type: z.literal('restored') }),
  z.object({ type: z.literal('rona'), trackingId: z.optional(z.string()) }),
]);

/** A service's profile, validated: anything else is a `BAD_RESPONSE`, never an uncaught exception. */
export function parseProfile(value: unknown): AgentProfile {
  const result = AgentProfileSchema.safeParse(value);
  if (!result.success) throw new AgentServiceError('BAD_RESPONSE', { message: 'The agent profile failed validation.' });
  return result.data;
}

/** A pushed service event, validated; `null` for anything malformed (ignored, never thrown). */
export function parseServiceEvent(value: unknown): ServiceEvent | null {
  const result = ServiceEventSchema.safeParse(value);
  return result.success ? result.data : null;
}

// Compile-time guards: the schemas and the documented interfaces must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertSame = <T extends true>(): T | undefined => undefined;
assertSame<Same<z.infer<typeof AgentProfileSchema>, AgentProfile>>();
assertSame<Same<z.infer<typeof TeamSchema>, Team>>();
assertSame<Same<z.infer<typeof ServiceEventSchema>, ServiceEvent>>();
