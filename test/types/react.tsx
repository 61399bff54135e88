import type {} from 'agent-login-elements/jsx';
import { AgentLogin, TeamPicker, SessionBanner, InteractionPreferences, type AgentLoginElement } from 'agent-login-elements/react';
import { createDemoService } from 'agent-login-elements/demo';
import type { SignedInEvent, StepChangeEvent, TeamChangeEvent, Step } from 'agent-login-elements';
import { useRef } from 'react';

const service = createDemoService();
const teams = [{ id: 't1', name: 'Support' }];
const onSignedIn = (e: SignedInEvent): string => e.detail.displayName;
const onStep = (e: StepChangeEvent): Step => e.detail.previous;

export function IntrinsicElements() {
  const ref = useRef<AgentLoginElement>(null);
  return (
    <>
      <agent-login ref={ref} demo busy={false} color-scheme="dark" colorScheme="light" service={service} className="x" onagent-signed-in={onSignedIn} onagent-step-change={onStep} onagent-team-change={(e) => e.detail.teamId} onagent-session-takeover={(e) => e.preventDefault()} />
      <interaction-preferences login-options="BROWSER AGENT_DN" loginOptions={['BROWSER', 'EXTENSION']} default-country="BR" disabled onagent-preferences-change={(e) => e.detail.valid} />
      <team-picker teams={teams} teamId="t1" team-id="t1" required={false} onagent-team-change={(e: TeamChangeEvent) => e.detail.teamId} />
      <session-banner messages={[]} onagent-banner-dismiss={(e) => e.detail.id} />

      {/* @ts-expect-error colour schemes are light and dark only */}
      <agent-login color-scheme="blue" />
      {/* @ts-expect-error busy is a boolean property */}
      <agent-login busy="yes" />
      {/* @ts-expect-error agent-signed-in carries a SignedInEvent, not a StepChangeEvent */}
      <agent-login onagent-signed-in={onStep} />
      {/* @ts-expect-error a team needs an id and a name */}
      <team-picker teams={[{ id: 1 }]} />
      {/* @ts-expect-error the detail of agent-team-change has no name */}
      <team-picker onagent-team-change={(e) => e.detail.name} />
      {/* @ts-expect-error step is read-only */}
      <agent-login step="email" />
      {/* @ts-expect-error login options are BROWSER, EXTENSION and AGENT_DN */}
      <interaction-preferences loginOptions={['PHONE']} />
    </>
  );
}

export function Wrappers() {
  const ref = useRef<AgentLoginElement>(null);
  return (
    <>
      <AgentLogin ref={ref} demo service={service} colorScheme="dark" onAgentSignedIn={onSignedIn} onAgentStepChange={onStep} onAgentTeamChange={(e) => e.detail.teamId} onAgentSessionTakeover={(e) => e.preventDefault()} />
      <InteractionPreferences loginOptions={['AGENT_DN']} defaultCountry="BR" onAgentPreferencesChange={(e) => e.detail.valid} />
      <TeamPicker teams={teams} teamId="t1" onAgentTeamChange={(e) => e.detail.teamId} />
      <SessionBanner messages={[]} onAgentBannerDismiss={(e) => e.detail.id} />

      {/* @ts-expect-error agent-signed-in carries a SignedInEvent, not a StepChangeEvent */}
      <AgentLogin onAgentSignedIn={onStep} />
      {/* @ts-expect-error colour schemes are light and dark only */}
      <AgentLogin colorScheme="blue" />
      {/* @ts-expect-error the detail of agent-banner-dismiss has no teamId */}
      <SessionBanner onAgentBannerDismiss={(e) => e.detail.teamId} />
    </>
  );
}
