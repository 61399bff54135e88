import { ContextProvider } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import type { AgentProfile, Team } from '../src/contract/agent-service.js';
import { agentLoginContext, type AgentLoginContext, type FieldError } from '../src/context/agent-login-context.js';
import '../src/elements/team-picker/team-picker.js';
import type { TeamPicker } from '../src/elements/team-picker/team-picker.js';
import type { TeamChangeEvent } from '../src/elements/team-picker/team-picker.events.js';

interface Args {
  teams: Team[];
  teamId: string;
  disabled: boolean;
  required: boolean;
  error?: FieldError;
  lang: string;
  dir: 'ltr' | 'rtl';
  width: string;
}

const TEAMS: Team[] = [
  { id: 'sup-1', name: 'Suporte Nível 1' },
  { id: 'sup-2', name: 'Suporte Nível 2' },
  { id: 'sup-3', name: 'Suporte Nível 3 – Especialistas' },
  { id: 'vendas-br', name: 'Vendas Brasil' },
  { id: 'vendas-latam', name: 'Vendas LATAM' },
  { id: 'cobranca', name: 'Cobrança' },
  { id: 'retencao', name: 'Retenção' },
  { id: 'ouvidoria', name: 'Ouvidoria' },
  { id: 'backoffice', name: 'Backoffice' },
  { id: 'onboarding', name: 'Onboarding de Clientes' },
  { id: 'faturamento', name: 'Faturamento' },
  { id: 'qualidade', name: 'Qualidade e Monitoria' },
];

const DEPARTMENTS = ['Atendimento', 'Vendas', 'Cobrança', 'Retenção', 'Backoffice', 'Ouvidoria', 'Faturamento', 'Logística', 'Qualidade'];
const REGIONS = ['Norte', 'Sul', 'Leste', 'Oeste', 'Centro', 'São Paulo', 'Recife', 'Curitiba'];

/** 10,000 teams with realistic names; "Suporte Nível 2" is one of them. */
const TEN_THOUSAND: Team[] = Array.from({ length: 10_000 }, (_, i) =>
  i === 6100
    ? { id: 'sup-2', name: 'Suporte Nível 2' }
    : { id: `team-${i}`, name: `${DEPARTMENTS[i % DEPARTMENTS.length]} ${REGIONS[(i * 7) % REGIONS.length]} ${String(i).padStart(5, '0')}` },
);

const LONG_NAME = `Equipe ${'muito '.repeat(49)}longa`.slice(0, 300);
const UNTRUSTED: Team[] = [{ id: 'markup', name: '<img src=x onerror=alert(1)>' }, { id: 'long', name: LONG_NAME }, ...TEAMS.slice(0, 4)];

const onChange = action('agent-team-change');

/** The picker's parts for the play functions below. */
async function parts(canvas: HTMLElement) {
  const picker = canvas.querySelector<TeamPicker>('team-picker')!;
  await picker.updateComplete;
  return { picker, input: picker.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')! };
}

/** Types into the picker as an agent would (one `input` event per character). */
async function search(canvas: HTMLElement, text: string): Promise<void> {
  const { picker, input } = await parts(canvas);
  input.focus();
  input.value = '';
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch, inputType: 'insertText' }));
    await picker.updateComplete;
  }
}

/** Presses a key in the picker's text field. */
async function press(canvas: HTMLElement, key: string): Promise<void> {
  const { picker, input } = await parts(canvas);
  input.focus();
  input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await picker.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Elements/team-picker',
  component: 'team-picker',
  args: { teams: TEAMS, teamId: '', disabled: false, required: true, error: undefined, lang: 'en', dir: 'ltr', width: '360px' },
  argTypes: {
    teamId: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en', 'pt-BR'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
    teams: { control: false },
    error: { control: 'object' },
  },
  render: ({ teams, teamId, disabled, required, error, lang, dir, width }) =>
    html`<div style="max-inline-size: ${width}; min-block-size: 24rem" dir=${dir}>
      <team-picker
        lang=${lang}
        .teams=${teams}
        team-id=${teamId}
        ?disabled=${disabled}
        .required=${required}
        .error=${error}
        @agent-team-change=${(e: TeamChangeEvent) => onChange(e.detail)}
      ></team-picker>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A dozen teams, none chosen yet: type to search or use the arrow keys. */
export const Default: Story = {};

/** A team is chosen: its name stays in the field, with a Clear team button. */
export const Chosen: Story = { args: { teamId: 'vendas-br' } };

/** The list open on the chosen team (ArrowDown), sorted in the current language. */
export const Open: Story = {
  args: { teamId: 'retencao' },
  play: async ({ canvasElement }) => press(canvasElement, 'ArrowDown'),
};

/** Typing "niv" filters case- and accent-insensitively and highlights the match; Enter takes the first. */
export const Searching: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'niv'),
};

/** Nothing matches the search: "No team matches “…”". */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => search(canvasElement, 'marketing'),
};

/** The agent has a single team: it is preselected (and reported with agent-team-change). */
export const OneTeam: Story = { args: { teams: [{ id: 'unica', name: 'Equipe Única' }] } };

/** The agent has no team: a clear message to ask their administrator; nothing to submit. */
export const NoTeams: Story = { args: { teams: [] } };

/** 10,000 teams: a windowed list, only the visible rows are in the DOM; "niv" finds "Suporte Nível 2". */
export const TenThousandTeams: Story = {
  args: { teams: TEN_THOUSAND },
  play: async ({ canvasElement }) => search(canvasElement, 'niv'),
};

/** 10,000 teams, browsing: the list open at the top, PageDown/End/Home move through it. */
export const TenThousandTeamsOpen: Story = {
  args: { teams: TEN_THOUSAND },
  play: async ({ canvasElement }) => press(canvasElement, 'ArrowDown'),
};

/** Untrusted names in a 320 px container: markup is shown as text, a 300-character name is truncated with its full text in a tooltip. */
export const UntrustedNames: Story = {
  args: { teams: UNTRUSTED, teamId: 'long', width: '320px' },
  play: async ({ canvasElement }) => press(canvasElement, 'ArrowDown'),
};

/** Station login rejected the team (TEAM_INVALID): the error and its tracking ID under the field. */
export const TeamInvalid: Story = {
  args: { teamId: 'cobranca', error: { code: 'TEAM_INVALID', trackingId: 'TRK-8c2f-4471' } },
};

/** The team was cleared: "Choose a team to continue" (Save & Continue stays disabled in <agent-login>). */
export const Cleared: Story = {
  args: { teamId: 'vendas-br' },
  play: async ({ canvasElement }) => {
    const { picker } = await parts(canvasElement);
    picker.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
    await picker.updateComplete;
  },
};

/** Disabled: the chosen team is shown and cannot be changed. */
export const Disabled: Story = { args: { teamId: 'sup-2', disabled: true } };

/** In Portuguese (lang="pt-BR"), sorted with the pt-BR collator. */
export const Portuguese: Story = {
  args: { lang: 'pt-BR' },
  play: async ({ canvasElement }) => search(canvasElement, 'supor'),
};

/** Right to left: the buttons and the active-row marker follow the text direction. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', teamId: 'sup-1' },
  play: async ({ canvasElement }) => press(canvasElement, 'ArrowDown'),
};

/**
 * In a box that scrolls (like the preferences step of a short card): the open list floats beside
 * the field, over the box's edge instead of cut off by it, and follows the field when the box scrolls.
 */
export const InScrollingBox: Story = {
  render: ({ teams }) =>
    html`<div style="max-inline-size: 360px; block-size: 9rem; overflow-y: auto; padding: 8px; border: 1px dashed #7c8491">
      <p style="margin: 0 0 1rem">A box 9rem tall that scrolls.</p>
      <team-picker lang="en" .teams=${teams} @agent-team-change=${(e: TeamChangeEvent) => onChange(e.detail)}></team-picker>
      <p style="block-size: 12rem; margin: 1rem 0 0">More of the form below.</p>
    </div>`,
  play: async ({ canvasElement }) => press(canvasElement, 'ArrowDown'),
};

const profile: AgentProfile = {
  agentId: 'agent-42',
  email: 'ana.souza@example.com',
  displayName: 'Ana Souza',
  loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
  teams: TEAMS,
};

/** Inside <agent-login>: teams, the saved team and errors come from the shared context (here a plain provider). */
export const InsideAgentLogin: StoryObj = {
  render: () => {
    const host = document.createElement('div');
    host.style.maxInlineSize = '360px';
    host.style.minBlockSize = '24rem';
    const value: AgentLoginContext = { profile, saved: { teamId: 'sup-2' }, errors: {}, disabled: false, busy: false, messages: [] };
    new ContextProvider(host, { context: agentLoginContext, initialValue: value });
    const picker = document.createElement('team-picker');
    picker.addEventListener('agent-team-change', (e) => onChange(e.detail));
    host.append(picker);
    return host;
  },
};
