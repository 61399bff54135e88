/**
 * The events `<agent-login>` fires. All bubble and are composed (they reach the host page from inside
 * any shadow root), carry JSON-serialisable details, and never a password, code or server text.
 */
import type { AgentErrorCode } from '../../contract/errors.js';
import type { SignedInDetail, SignOutReason, Step } from '../../core/flow/states.js';

export type { SignedInDetail, SignOutReason, Step };

export interface StepChangeDetail {
  readonly step: Step;
  readonly previous: Step;
}

export interface SignedOutDetail {
  readonly reason: SignOutReason;
}

export interface AgentErrorDetail {
  readonly code: AgentErrorCode;
  /** The localised message the agent sees. */
  readonly message: string;
  readonly trackingId?: string;
  readonly step: Step;
}

/** The flow moved to another step. */
export class StepChangeEvent extends Event {
  static readonly type = 'agent-step-change';
  readonly detail: StepChangeDetail;
  constructor(detail: StepChangeDetail) {
    super(StepChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The agent is signed in and their station logged in. */
export class SignedInEvent extends Event {
  static readonly type = 'agent-signed-in';
  readonly detail: SignedInDetail;
  constructor(detail: SignedInDetail) {
    super(SignedInEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The agent was signed out (by themselves, the host, an expired session, another tab, an error). */
export class SignedOutEvent extends Event {
  static readonly type = 'agent-signed-out';
  readonly detail: SignedOutDetail;
  constructor(detail: SignedOutDetail) {
    super(SignedOutEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** A request failed; the agent sees `message` next to the field or step it concerns. */
export class AgentErrorEvent extends Event {
  static readonly type = 'agent-error';
  readonly detail: AgentErrorDetail;
  constructor(detail: AgentErrorDetail) {
    super(AgentErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'agent-step-change': StepChangeEvent;
    'agent-signed-in': SignedInEvent;
    'agent-signed-out': SignedOutEvent;
    'agent-error': AgentErrorEvent;
  }
  interface GlobalEventHandlersEventMap {
    'agent-step-change': StepChangeEvent;
    'agent-signed-in': SignedInEvent;
    'agent-signed-out': SignedOutEvent;
    'agent-error': AgentErrorEvent;
  }
}
