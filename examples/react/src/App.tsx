import { useState } from 'react';
import { AgentLogin } from 'agent-login-elements/react';
import type { SignedInDetail } from 'agent-login-elements';

/** A host page: the widget signs the agent in, the page shows who it got back. */
export function App() {
  const [agent, setAgent] = useState<SignedInDetail | null>(null);
  const [step, setStep] = useState('');

  return (
    <main>
      <h1>My CRM</h1>
      <AgentLogin
        demo
        onAgentStepChange={(e) => setStep(e.detail.step)}
        onAgentSignedIn={(e) => setAgent(e.detail)}
        onAgentSignedOut={() => setAgent(null)}
      />
      <p role="status" data-testid="host-status">
        {agent ? `Signed in: ${agent.displayName} (${agent.teamName})` : `Not signed in${step ? ` (step: ${step})` : ''}`}
      </p>
    </main>
  );
}
