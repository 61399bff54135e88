/** Events of `<team-picker>` (issue #4). */

/** `agent-team-change`: the chosen team's id, `null` when the team was cleared. */
export interface TeamChangeDetail {
  /** Id of the chosen team; `null` when no team is chosen any more. */
  readonly teamId: string | null;
}

/**
 * Fired when the chosen team changes: the agent picked or cleared one, or the picker preselected
 * one (the only team, or the saved one inside `<agent-login>`). Not fired when the host sets
 * `teamId`. Bubbles and is composed, so it reaches the host page from inside `<agent-login>`.
 */
export class TeamChangeEvent extends Event {
  /** The event's name. */
  static readonly type = 'agent-team-change';
  readonly detail: TeamChangeDetail;

  constructor(detail: TeamChangeDetail) {
    super(TeamChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'agent-team-change': TeamChangeEvent;
  }
  interface GlobalEventHandlersEventMap {
    'agent-team-change': TeamChangeEvent;
  }
}
