import { expect, fixture, html } from '@open-wc/testing';
import type { AgentProfile, Team } from '../../src/contract/agent-service.js';
import '../../src/elements/agent-login/agent-login.js';
import '../../src/elements/interaction-preferences/interaction-preferences.js';
import '../../src/elements/team-picker/team-picker.js';
import type { AgentLogin } from '../../src/elements/agent-login/agent-login.js';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import type { TeamPicker } from '../../src/elements/team-picker/team-picker.js';
import { settle } from '../helpers/agent-login.js';

const TEAMS: Team[] = [
  { id: 't-1', name: 'Billing' },
  { id: 't-2', name: 'Sales' },
];

const AGENT: AgentProfile = {
  agentId: 'agent-1',
  email: 'ana@example.com',
  displayName: 'Ana Souza',
  loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'],
  teams: [],
  extensions: ['7001'],
  defaultDialNumber: '+5511961234567',
  defaultCountry: 'BR',
};

let warnings: string[];
let originalWarn: typeof console.warn;

beforeEach(() => {
  warnings = [];
  originalWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
});

afterEach(() => {
  console.warn = originalWarn;
});

function expectOneWarning(tag: string, attribute: string, value: string, fallback: string): void {
  const about = warnings.filter((w) => w.startsWith(`<${tag}>: ${attribute}=`));
  expect(about, `warnings: ${JSON.stringify(warnings)}`).to.have.length(1);
  expect(about[0]).to.contain(JSON.stringify(value));
  expect(about[0]).to.contain(`falling back to ${fallback}`);
}

const options = (el: InteractionPreferences, select: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`${select} option`)].map((o) => o.value);

async function countryOffered(el: InteractionPreferences): Promise<string | undefined> {
  await el.updateComplete;
  await InteractionPreferences.loadPhone();
  el.shadowRoot!.querySelector<HTMLInputElement>('[part="international"] input')!.click();
  const start = performance.now();
  while (!el.shadowRoot!.querySelector('[part="calling-code"]') && performance.now() - start < 10000) await new Promise((r) => setTimeout(r, 20));
  return el.shadowRoot!.querySelector<HTMLSelectElement>('#country')?.value;
}

describe('nonsense attribute values: one clear warning and a sane fallback', () => {
  describe('<agent-login>', () => {
    it('follows the system colour scheme for color-scheme="blue", as with no attribute', async () => {
      const blue = await fixture<AgentLogin>(html`<agent-login color-scheme="blue"></agent-login>`);
      const plain = await fixture<AgentLogin>(html`<agent-login></agent-login>`);
      const dark = await fixture<AgentLogin>(html`<agent-login color-scheme="dark"></agent-login>`);
      expectOneWarning('agent-login', 'color-scheme', 'blue', 'following the system setting');
      expect(warnings[0]).to.contain('"light" or "dark"');
      const colour = (el: Element) => getComputedStyle(el).color;
      expect(colour(blue)).to.equal(colour(plain));
      expect(colour(dark)).not.to.equal(colour(plain));
    });

    it('warns about a colour scheme set as a property too, once per element however often it is set', async () => {
      const el = await fixture<AgentLogin>(html`<agent-login></agent-login>`);
      el.colorScheme = 'sepia' as 'dark';
      await el.updateComplete;
      el.colorScheme = 'neon' as 'dark';
      await el.updateComplete;
      expectOneWarning('agent-login', 'color-scheme', 'sepia', 'following the system setting');
      const other = await fixture<AgentLogin>(html`<agent-login color-scheme="neon"></agent-login>`);
      expect(other.colorScheme).to.equal('neon');
      expect(warnings.filter((w) => w.includes('color-scheme='))).to.have.length(2);
    });

    for (const attribute of ['busy', 'demo', 'autofocus'] as const) {
      it(`reads ${attribute}="false" as on, as HTML does, and says how to turn it off`, async () => {
        const el = await fixture<AgentLogin>(html`<agent-login lang="en"></agent-login>`);
        el.setAttribute(attribute, 'false');
        await el.updateComplete;
        expect(el[attribute]).to.equal(true);
        expectOneWarning('agent-login', attribute, 'false', 'on; remove the attribute to turn it off');
      });
    }

    it('runs the embedded demo for demo="false" rather than asking for a service', async () => {
      const el = await fixture<AgentLogin>(html`<agent-login demo="false" lang="en"></agent-login>`);
      await settle(el, 6);
      const start = performance.now();
      while (el.step === 'starting' && performance.now() - start < 4000) await new Promise((r) => setTimeout(r, 10));
      expect(el.step).to.equal('email');
      expect(el.querySelector<HTMLInputElement>('input[name="username"]')!.disabled).to.equal(false);
      expectOneWarning('agent-login', 'demo', 'false', 'on; remove the attribute to turn it off');
    });

    it('stays quiet about valid values', async () => {
      await fixture<AgentLogin>(html`<agent-login color-scheme="light" busy demo="" autofocus="autofocus" lang="en"></agent-login>`);
      await fixture<AgentLogin>(html`<agent-login color-scheme="dark" busy="true"></agent-login>`);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('<team-picker>', () => {
    it('selects nothing for a team-id that is not in the list', async () => {
      const el = await fixture<TeamPicker>(html`<team-picker lang="en" team-id="t-404" .teams=${TEAMS}></team-picker>`);
      expect(el.selectedTeam).to.equal(null);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.value).to.equal('');
      expectOneWarning('team-picker', 'team-id', 't-404', 'no team selected');
      el.teamId = 't-2';
      await el.updateComplete;
      expect(el.selectedTeam?.name).to.equal('Sales');
      await expect(el).to.be.accessible();
    });

    it('waits for the list before judging a team-id', async () => {
      const el = await fixture<TeamPicker>(html`<team-picker lang="en" team-id="t-2"></team-picker>`);
      expect(warnings).to.deep.equal([]);
      el.teams = TEAMS;
      await el.updateComplete;
      expect(el.selectedTeam?.id).to.equal('t-2');
      expect(warnings).to.deep.equal([]);
    });

    it('keeps a team required for required="maybe"; only "false" makes it optional', async () => {
      const maybe = await fixture<TeamPicker>(html`<team-picker lang="en" required="maybe" .teams=${TEAMS}></team-picker>`);
      expect(maybe.required).to.equal(true);
      expectOneWarning('team-picker', 'required', 'maybe', 'required (only "false" makes the team optional)');
      const optional = await fixture<TeamPicker>(html`<team-picker lang="en" required="false" .teams=${TEAMS}></team-picker>`);
      const plain = await fixture<TeamPicker>(html`<team-picker lang="en" required .teams=${TEAMS}></team-picker>`);
      expect(optional.required).to.equal(false);
      expect(plain.required).to.equal(true);
      expect(warnings).to.have.length(1);
    });

    it('reads disabled="false" as disabled, as HTML does, and says how to enable it', async () => {
      const el = await fixture<TeamPicker>(html`<team-picker lang="en" disabled="false" .teams=${TEAMS}></team-picker>`);
      expect(el.disabled).to.equal(true);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!.disabled).to.equal(true);
      expectOneWarning('team-picker', 'disabled', 'false', 'on; remove the attribute to turn it off');
    });
  });

  describe('<interaction-preferences>', () => {
    it('drops unknown login options and, with none left, offers the profile’s', async () => {
      const el = await fixture<InteractionPreferences>(
        html`<interaction-preferences lang="en" login-options="PHONE FAX" .profile=${{ ...AGENT, loginOptions: ['EXTENSION'] }}></interaction-preferences>`,
      );
      expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value)).to.deep.equal(['EXTENSION']);
      expectOneWarning('interaction-preferences', 'login-options', 'PHONE FAX', 'the profile’s options');
      expect(warnings[0]).to.contain('BROWSER, EXTENSION, AGENT_DN');
    });

    it('drops extensions that are not 2 to 15 digits and keeps the rest', async () => {
      const el = await fixture<InteractionPreferences>(
        html`<interaction-preferences lang="en" login-options="EXTENSION" extensions="4021 abc 1 4022"></interaction-preferences>`,
      );
      expect(options(el, 'select#ext')).to.deep.equal(['4021', '4022']);
      expectOneWarning('interaction-preferences', 'extensions', 'abc 1', 'ignoring these entries, keeping 4021 4022');
      await expect(el).to.be.accessible();
    });

    it('falls back to the profile’s extensions when every one set is nonsense', async () => {
      const el = await fixture<InteractionPreferences>(
        html`<interaction-preferences lang="en" login-options="EXTENSION" extensions="n/a" .profile=${AGENT}></interaction-preferences>`,
      );
      expect(el.value).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '7001' });
      expectOneWarning('interaction-preferences', 'extensions', 'n/a', 'the profile’s extensions');
    });

    it('drops dial numbers that are not E.164', async () => {
      const el = await fixture<InteractionPreferences>(
        html`<interaction-preferences lang="en" login-options="AGENT_DN" dial-numbers="+14155550123 call-me +442079460018"></interaction-preferences>`,
      );
      expect(options(el, 'select#dn')).to.deep.equal(['+14155550123', '+442079460018']);
      expectOneWarning('interaction-preferences', 'dial-numbers', 'call-me', 'ignoring these entries, keeping +14155550123 +442079460018');
    });

    it('uses the profile’s default for a default-dial-number that is neither a number nor an extension', async () => {
      const el = await fixture<InteractionPreferences>(
        html`<interaction-preferences lang="en" login-options="EXTENSION" default-dial-number="ask Bob" .profile=${{ ...AGENT, extensions: undefined, defaultDialNumber: '5050' }}></interaction-preferences>`,
      );
      expect(el.value).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '5050' });
      expectOneWarning('interaction-preferences', 'default-dial-number', 'ask Bob', 'the profile’s default');
    });

    it('uses the profile’s country for default-country="Brazil", and still renders every option', async () => {
      const el = await fixture<InteractionPreferences>(
        html`<interaction-preferences lang="en" default-country="Brazil" .profile=${{ ...AGENT, defaultDialNumber: undefined, defaultCountry: 'PT' }}></interaction-preferences>`,
      );
      expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value)).to.deep.equal(['BROWSER', 'EXTENSION', 'AGENT_DN']);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="AGENT_DN"]')!.click();
      expect(await countryOffered(el)).to.equal('PT');
      expectOneWarning('interaction-preferences', 'default-country', 'Brazil', 'the profile’s country');
    });

    it('accepts a lower-case country code without a warning', async () => {
      const el = await fixture<InteractionPreferences>(html`<interaction-preferences lang="en" login-options="AGENT_DN" default-country="br"></interaction-preferences>`);
      expect(await countryOffered(el)).to.equal('BR');
      expect(warnings).to.deep.equal([]);
    });

    it('reads dial-number-restricted="false" and disabled="no" as on, as HTML does', async () => {
      const el = await fixture<InteractionPreferences>(
        html`<interaction-preferences lang="en" login-options="EXTENSION" default-dial-number="5050" dial-number-restricted="false" disabled="no"></interaction-preferences>`,
      );
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#ext')!.readOnly).to.equal(true);
      expect(el.disabled).to.equal(true);
      expectOneWarning('interaction-preferences', 'dial-number-restricted', 'false', 'on; remove the attribute to turn it off');
      expectOneWarning('interaction-preferences', 'disabled', 'no', 'on; remove the attribute to turn it off');
    });

    it('warns about a property set to something that is not a list', async () => {
      const el = await fixture<InteractionPreferences>(
        html`<interaction-preferences lang="en" login-options="EXTENSION" .extensions=${'4021' as unknown as string[]} .profile=${AGENT}></interaction-preferences>`,
      );
      expect(el.value).to.deep.include({ loginOption: 'EXTENSION', dialNumber: '7001' });
      expectOneWarning('interaction-preferences', 'extensions', '4021', 'the profile’s extensions');
      expect(warnings[0]).to.contain('expected a list of extensions');
    });
  });
});
