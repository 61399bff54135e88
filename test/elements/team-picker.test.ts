import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { AgentProfile, Team } from '../../src/contract/agent-service.js';
import { agentLoginContext, type AgentLoginContext } from '../../src/context/agent-login-context.js';
import '../../src/elements/team-picker/team-picker.js';
import { TeamChangeEvent } from '../../src/elements/team-picker/team-picker.events.js';
import type { TeamPicker } from '../../src/elements/team-picker/team-picker.js';
import { loadTerms } from '../../src/i18n/terms.js';

const TEAMS: Team[] = [
  { id: 'sup2', name: 'Suporte Nível 2' },
  { id: 'sup1', name: 'Suporte Nível 1' },
  { id: 'vendas', name: 'Vendas Brasil' },
  { id: 'cob', name: 'Cobrança' },
  { id: 'back', name: 'Backoffice' },
  { id: 'ret', name: 'Retenção' },
];
const SORTED = ['Backoffice', 'Cobrança', 'Retenção', 'Suporte Nível 1', 'Suporte Nível 2', 'Vendas Brasil'];

const DEPARTMENTS = ['Atendimento', 'Vendas', 'Cobrança', 'Retenção', 'Backoffice', 'Ouvidoria', 'Faturamento', 'Logística', 'Qualidade'];
const REGIONS = ['Norte', 'Sul', 'Leste', 'Oeste', 'Centro', 'São Paulo', 'Recife', 'Curitiba'];

/** `count` teams with realistic names, "Suporte Nível 2" (id `target`) among them. */
function manyTeams(count: number): Team[] {
  const list = Array.from({ length: count }, (_, i) => ({
    id: `team-${i}`,
    name: `${DEPARTMENTS[i % DEPARTMENTS.length]} ${REGIONS[(i * 7) % REGIONS.length]} ${String(i).padStart(5, '0')}`,
  }));
  list[Math.floor(count * 0.61)] = { id: 'target', name: 'Suporte Nível 2' };
  return list;
}

const BASE_CONTEXT: AgentLoginContext = { profile: null, saved: null, errors: {}, disabled: false, busy: false, messages: [] };

function profileWith(teams: Team[]): AgentProfile {
  return { agentId: 'agent-1', email: 'ana@example.com', displayName: 'Ana Souza', loginOptions: ['BROWSER'], teams };
}

function dom(el: TeamPicker) {
  const root = el.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
  return {
    root,
    input: input!,
    hasInput: input !== null,
    listbox: root.querySelector<HTMLElement>('[role="listbox"]')!,
    options: [...root.querySelectorAll<HTMLElement>('[role="option"]')],
    names: [...root.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.textContent!.trim()),
    clear: root.querySelector<HTMLButtonElement>('button.clear'),
    toggle: root.querySelector<HTMLButtonElement>('button.toggle')!,
    error: root.querySelector<HTMLElement>('#error')!,
    status: root.querySelector<HTMLElement>('[role="status"]'),
    empty: root.querySelector<HTMLElement>('.empty'),
    active: () => {
      const id = root.querySelector('input')?.getAttribute('aria-activedescendant');
      return id ? root.getElementById(id) : null;
    },
  };
}

/** Where focus is inside the picker: an element's id or first class, or "none". */
function focusIn(el: TeamPicker): string {
  const active = el.shadowRoot!.activeElement;
  return active ? active.id || active.classList[active.classList.length - 1] || active.tagName : 'none';
}

function record(target: EventTarget): (string | null)[] {
  const seen: (string | null)[] = [];
  target.addEventListener('agent-team-change', (e) => seen.push((e as TeamChangeEvent).detail.teamId));
  return seen;
}

async function picker(teams: readonly Team[] | undefined = TEAMS, extra: Partial<TeamPicker> = {}): Promise<TeamPicker> {
  const el = await fixture<TeamPicker>(html`<team-picker .teams=${teams}></team-picker>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

async function press(el: TeamPicker, key: string): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await el.updateComplete;
}

async function type(el: TeamPicker, text: string): Promise<void> {
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** A plain element providing the agent-login context, as `<agent-login>` does. */
async function inContext(value: Partial<AgentLoginContext>, template: TemplateResult) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const provider = new ContextProvider(host, { context: agentLoginContext, initialValue: { ...BASE_CONTEXT, ...value } });
  const events = record(host);
  const el = await fixture<TeamPicker>(template, { parentNode: host });
  await el.updateComplete;
  return { host, provider, events, el };
}

describe('<team-picker>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('closed', () => {
    it('is a labelled, collapsed combobox with no team chosen', async () => {
      const el = await picker();
      const { input, listbox } = dom(el);
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.labels?.[0]?.textContent?.trim()).to.equal('Team');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.getAttribute('aria-controls')).to.equal('listbox');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      expect(input.getAttribute('aria-required')).to.equal('true');
      expect(input.value).to.equal('');
      expect(listbox.hidden).to.equal(true);
      expect(el.teamId).to.equal('');
      expect(el.selectedTeam).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the chosen team when closed, with a Clear team button', async () => {
      const el = await picker(TEAMS, { teamId: 'cob' });
      const { input, clear } = dom(el);
      expect(input.value).to.equal('Cobrança');
      expect(el.selectedTeam).to.deep.equal({ id: 'cob', name: 'Cobrança' });
      expect(clear?.getAttribute('aria-label')).to.equal('Clear team');
      await expect(el).to.be.accessible();
    });

    it('reads the chosen team from the team-id attribute', async () => {
      const el = await fixture<TeamPicker>(html`<team-picker team-id="ret" .teams=${TEAMS}></team-picker>`);
      expect(dom(el).input.value).to.equal('Retenção');
    });
  });

  describe('keyboard', () => {
    it('opens with ArrowDown, moves with the arrow keys and picks with Enter', async () => {
      const el = await picker();
      const events = record(el);
      el.focus();
      await press(el, 'ArrowDown');
      const { input } = dom(el);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(dom(el).names).to.deep.equal(SORTED);
      expect(dom(el).active()?.textContent?.trim()).to.equal('Backoffice');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(dom(el).active()?.textContent?.trim()).to.equal('Retenção');
      await press(el, 'ArrowUp');
      expect(dom(el).active()?.textContent?.trim()).to.equal('Cobrança');
      await expect(el).to.be.accessible();
      await press(el, 'Enter');
      expect(events).to.deep.equal(['cob']);
      expect(el.teamId).to.equal('cob');
      expect(input.value).to.equal('Cobrança');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(focusIn(el)).to.equal('input');
    });

    it('opens on the last team with ArrowUp, and on the chosen team when there is one', async () => {
      const el = await picker();
      el.focus();
      await press(el, 'ArrowUp');
      expect(dom(el).active()?.textContent?.trim()).to.equal('Vendas Brasil');
      await press(el, 'Escape');
      el.teamId = 'ret';
      await el.updateComplete;
      await press(el, 'ArrowDown');
      const active = dom(el).active()!;
      expect(active.textContent?.trim()).to.equal('Retenção');
      expect(active.getAttribute('aria-selected')).to.equal('true');
    });

    it('goes to the ends with Home and End and by a page with Page Down and Page Up', async () => {
      const el = await picker(manyTeams(100));
      el.focus();
      await press(el, 'ArrowDown');
      await press(el, 'End');
      expect(dom(el).active()?.getAttribute('aria-posinset')).to.equal('100');
      await press(el, 'Home');
      expect(dom(el).active()?.getAttribute('aria-posinset')).to.equal('1');
      await press(el, 'PageDown');
      const down = Number(dom(el).active()?.getAttribute('aria-posinset'));
      expect(down).to.be.greaterThan(3);
      await press(el, 'PageUp');
      expect(dom(el).active()?.getAttribute('aria-posinset')).to.equal('1');
    });

    it('keeps Home and End for the text while the list is closed', async () => {
      const el = await picker(TEAMS, { teamId: 'back' });
      el.focus();
      await press(el, 'End');
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('false');
      expect(dom(el).input.selectionStart).to.equal('Backoffice'.length);
    });

    it('closes with Escape without changing the team, and restores its name', async () => {
      const el = await picker(TEAMS, { teamId: 'vendas' });
      const events = record(el);
      el.focus();
      await type(el, 'cob');
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'Escape');
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('false');
      expect(dom(el).input.value).to.equal('Vendas Brasil');
      expect(el.teamId).to.equal('vendas');
      expect(events).to.deep.equal([]);
    });

    it('keeps Escape from reaching an enclosing dialog while it closes the list', async () => {
      const el = await picker();
      let escaped = 0;
      el.parentElement!.addEventListener('keydown', (e) => (e.key === 'Escape' ? escaped++ : 0));
      el.focus();
      await press(el, 'ArrowDown');
      await press(el, 'Escape');
      expect(escaped).to.equal(0);
      await press(el, 'Escape');
      expect(escaped).to.equal(1);
    });

    it('opens with Alt+ArrowDown without moving, and closes with Alt+ArrowUp', async () => {
      const el = await picker();
      el.focus();
      await press(el, 'Alt+ArrowDown');
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('true');
      expect(dom(el).active() === null, 'no active option').to.equal(true);
      await press(el, 'Alt+ArrowUp');
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('false');
    });

    it('picks the active team with Tab and moves focus on', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><team-picker .teams=${TEAMS}></team-picker><button>Next</button></div>`);
      const el = wrapper.querySelector('team-picker')!;
      await el.updateComplete;
      const events = record(el);
      el.focus();
      await type(el, 'vend');
      await press(el, 'Tab');
      expect(events).to.deep.equal(['vendas']);
      expect(dom(el).input.value).to.equal('Vendas Brasil');
      expect(document.activeElement?.textContent).to.equal('Next');
    });
  });

  describe('filtering', () => {
    const cases: [string, string[]][] = [
      ['niv', ['Suporte Nível 1', 'Suporte Nível 2']],
      ['NÍVEL 2', ['Suporte Nível 2']],
      ['cobranca', ['Cobrança']],
      ['RETENÇÃO', ['Retenção']],
      ['office', ['Backoffice']],
      ['bras', ['Vendas Brasil']],
    ];
    for (const [query, names] of cases) {
      it(`typing "${query}" lists ${names.join(', ')}`, async () => {
        const el = await picker();
        el.focus();
        await type(el, query);
        expect(dom(el).names).to.deep.equal(names);
        expect(dom(el).active()?.textContent?.trim()).to.equal(names[0]);
      });
    }

    it('highlights the matching part of each name with <mark>, accents included', async () => {
      const el = await picker();
      el.focus();
      await type(el, 'nivel');
      const marks = dom(el).options.map((o) => [...o.querySelectorAll('mark')].map((m) => m.textContent));
      expect(marks).to.deep.equal([['Nível'], ['Nível']]);
      expect(dom(el).options[0].textContent?.trim()).to.equal('Suporte Nível 1');
      await expect(el).to.be.accessible();
    });

    it('announces how many teams match', async () => {
      const el = await picker();
      el.focus();
      await type(el, 'sup');
      expect(dom(el).status?.textContent?.trim()).to.equal('2 teams found');
    });

    it('says "No team matches" with the query when nothing matches', async () => {
      const el = await picker();
      el.focus();
      await type(el, 'xyz');
      const { empty, input, options, status } = dom(el);
      expect(empty?.textContent).to.contain('No team matches “xyz”');
      expect(options).to.have.length(0);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(status?.textContent?.trim()).to.equal('No team matches “xyz”');
      await expect(el).to.be.accessible();
      await press(el, 'Enter');
      expect(el.teamId).to.equal('');
    });

    it('shows every team again when the search is erased, and clears the team', async () => {
      const el = await picker(TEAMS, { teamId: 'ret' });
      const events = record(el);
      el.focus();
      await type(el, 'x');
      expect(events).to.deep.equal([]);
      await press(el, 'Backspace');
      expect(dom(el).names).to.deep.equal(SORTED);
      expect(dom(el).active() === null, 'no active option').to.equal(true);
      expect(dom(el).options.some((o) => o.getAttribute('aria-selected') === 'true')).to.equal(false);
      expect(events).to.deep.equal([null]);
    });

    it('restores the chosen team when the agent leaves an unfinished search', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><team-picker team-id="cob" .teams=${TEAMS}></team-picker><button>Next</button></div>`);
      const el = wrapper.querySelector('team-picker')!;
      await el.updateComplete;
      el.focus();
      await type(el, 'zzz');
      wrapper.querySelector('button')!.focus();
      await el.updateComplete;
      expect(dom(el).input.value).to.equal('Cobrança');
      expect(el.teamId).to.equal('cob');
    });

    it('sorts the teams with the collator of the current language', async () => {
      const el = await picker([
        { id: '1', name: 'zeta' },
        { id: '2', name: 'Ágil' },
        { id: '3', name: 'Team 10' },
        { id: '4', name: 'alfa' },
        { id: '5', name: 'Team 2' },
      ]);
      el.focus();
      await press(el, 'ArrowDown');
      expect(dom(el).names).to.deep.equal(['Ágil', 'alfa', 'Team 2', 'Team 10', 'zeta']);
    });
  });

  describe('clearing', () => {
    it('clears the team with the Clear team button: event null, focus in the field, "Choose a team"', async () => {
      const el = await picker(TEAMS, { teamId: 'cob' });
      const events = record(el);
      dom(el).clear!.click();
      await el.updateComplete;
      const { input, clear, error } = dom(el);
      expect(events).to.deep.equal([null]);
      expect(el.teamId).to.equal('');
      expect(input.value).to.equal('');
      expect(clear === null, 'no Clear button').to.equal(true);
      expect(focusIn(el)).to.equal('input');
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.contain('Choose a team');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('clears from the keyboard: the name is selected on focus, Backspace erases it, Tab leaves', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><team-picker team-id="cob" .teams=${TEAMS}></team-picker><button>Next</button></div>`);
      const el = wrapper.querySelector('team-picker')!;
      await el.updateComplete;
      const events = record(el);
      el.focus();
      await press(el, 'Backspace');
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('true');
      expect(dom(el).active() === null, 'no active option').to.equal(true);
      await press(el, 'Tab');
      expect(events).to.deep.equal([null]);
      expect(el.teamId).to.equal('');
      expect(document.activeElement?.textContent).to.equal('Next');
    });

    it('keeps the Clear team button out of the tab order', async () => {
      const el = await picker(TEAMS, { teamId: 'cob' });
      expect(dom(el).clear?.tabIndex).to.equal(-1);
    });

    it('clears the team as soon as the agent erases its name, and asks for one on leaving', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><team-picker team-id="cob" .teams=${TEAMS}></team-picker><button>Next</button></div>`);
      const el = wrapper.querySelector('team-picker')!;
      await el.updateComplete;
      const events = record(el);
      el.focus();
      await press(el, 'Backspace');
      expect(dom(el).input.value).to.equal('');
      expect(events).to.deep.equal([null]);
      expect(el.teamId).to.equal('');
      wrapper.querySelector('button')!.focus();
      await el.updateComplete;
      expect(events).to.deep.equal([null]);
      expect(dom(el).error.textContent).to.contain('Choose a team');
    });

    it('clears the team when the agent leaves only spaces in the field', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><team-picker team-id="cob" .teams=${TEAMS}></team-picker><button>Next</button></div>`);
      const el = wrapper.querySelector('team-picker')!;
      await el.updateComplete;
      const events = record(el);
      el.focus();
      await type(el, '   ');
      expect(events).to.deep.equal([]);
      wrapper.querySelector('button')!.focus();
      await el.updateComplete;
      expect(events).to.deep.equal([null]);
    });

    it('treats a removed team-id attribute as no team', async () => {
      const el = await fixture<TeamPicker>(html`<team-picker team-id="cob" .teams=${TEAMS}></team-picker>`);
      el.removeAttribute('team-id');
      await el.updateComplete;
      expect(el.teamId).to.equal('');
      expect(dom(el).input.value).to.equal('');
    });

    it('does not insist on a team when required is false', async () => {
      const el = await fixture<TeamPicker>(html`<team-picker required="false" team-id="cob" .teams=${TEAMS}></team-picker>`);
      dom(el).clear!.click();
      await el.updateComplete;
      expect(el.required).to.equal(false);
      expect(dom(el).error.hidden).to.equal(true);
      expect(dom(el).input.getAttribute('aria-required')).to.equal('false');
    });
  });

  describe('pointer', () => {
    const centre = (node: Element): [number, number] => {
      const r = node.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    };

    it('opens with a click on the field and picks a team with a click', async () => {
      const el = await picker();
      const events = record(el);
      await sendMouse({ type: 'click', position: centre(dom(el).input) });
      await el.updateComplete;
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('true');
      const option = dom(el).options.find((o) => o.textContent?.trim() === 'Retenção')!;
      await sendMouse({ type: 'click', position: centre(option) });
      await el.updateComplete;
      expect(events).to.deep.equal(['ret']);
      expect(dom(el).input.value).to.equal('Retenção');
      expect(focusIn(el)).to.equal('input');
    });

    it('opens and closes with the arrow button', async () => {
      const el = await picker();
      await sendMouse({ type: 'click', position: centre(dom(el).toggle) });
      await el.updateComplete;
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('true');
      expect(dom(el).toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendMouse({ type: 'click', position: centre(dom(el).toggle) });
      await el.updateComplete;
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('false');
    });

    it('picks a team with a tap and keeps focus in the field', async () => {
      const el = await picker();
      const events = record(el);
      el.focus();
      await press(el, 'ArrowDown');
      const option = dom(el).options[1];
      const down = new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true, cancelable: true });
      option.dispatchEvent(down);
      option.click();
      await el.updateComplete;
      expect(down.defaultPrevented).to.equal(true);
      expect(events).to.deep.equal(['cob']);
      expect(focusIn(el)).to.equal('input');
    });

    it('closes when the agent clicks elsewhere on the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><team-picker .teams=${TEAMS}></team-picker><p style="height:40px">Elsewhere</p></div>`);
      const el = wrapper.querySelector('team-picker')!;
      await el.updateComplete;
      el.focus();
      await press(el, 'ArrowDown');
      dom(el).input.blur();
      await el.updateComplete;
      expect(dom(el).input.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('placement', () => {
    const frames = async () => {
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    };
    /** Whether a real click at the option's centre would land on it (nothing clips or covers it there). */
    const reachable = (el: TeamPicker, option: HTMLElement) => {
      const r = option.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && option.contains(hit);
    };
    const popupOf = (el: TeamPicker) => el.shadowRoot!.querySelector<HTMLElement>('.popup')!;
    /** The picker in `box`, its list opened with the keyboard and placed. */
    const openIn = async (box: HTMLElement) => {
      const el = box.querySelector('team-picker')!;
      await el.updateComplete;
      dom(el).input.focus();
      await press(el, 'ArrowDown');
      await frames();
      return el;
    };

    it('shows the open list whole although a scrolling box around the field would clip it', async () => {
      const box = await fixture<HTMLElement>(html`
        <div style="block-size: 160px; overflow-y: auto; inline-size: 320px; padding: 8px">
          <p style="block-size: 70px; margin: 0">Above the field</p>
          <team-picker .teams=${TEAMS}></team-picker>
        </div>
      `);
      const el = await openIn(box);
      const options = dom(el).options;
      expect(options).to.have.length(6);
      const last = options.at(-1)!;
      expect(last.getBoundingClientRect().top, 'the last team is below the scrolling box').to.be.above(box.getBoundingClientRect().bottom);
      expect(options.every((o) => reachable(el, o)), 'every team can be clicked').to.equal(true);
      // Beside the field, as wide as it.
      const field = el.shadowRoot!.querySelector('.control')!.getBoundingClientRect();
      const popup = popupOf(el).getBoundingClientRect();
      expect(popup.top).to.be.closeTo(field.bottom + 4, 1);
      expect(popup.left).to.be.closeTo(field.left, 1);
      expect(popup.width).to.be.closeTo(field.width, 1);
    });

    it('follows the field when the box around it scrolls, and stops following once closed', async () => {
      const box = await fixture<HTMLElement>(html`
        <div style="block-size: 200px; overflow-y: auto; inline-size: 320px">
          <team-picker .teams=${TEAMS}></team-picker>
          <p style="block-size: 600px; margin: 0"></p>
        </div>
      `);
      const el = await openIn(box);
      box.scrollTop = 30;
      await frames();
      const field = el.shadowRoot!.querySelector('.control')!.getBoundingClientRect();
      expect(popupOf(el).getBoundingClientRect().top).to.be.closeTo(field.bottom + 4, 1);
      const calls: number[] = [];
      const raf = window.requestAnimationFrame;
      window.requestAnimationFrame = (cb) => (calls.push(1), raf(cb));
      try {
        await press(el, 'Escape');
        await frames();
        calls.length = 0;
        await frames();
        expect(calls, 'no frame requested for the closed list').to.have.length(3); // the test's own three
      } finally {
        window.requestAnimationFrame = raf;
      }
    });

    it('opens above the field when there is more room there, no taller than that room', async () => {
      await setViewport({ width: 800, height: 600 });
      try {
        const page = await fixture<HTMLElement>(html`
          <div style="padding-block-start: 480px; inline-size: 320px">
            <team-picker .teams=${manyTeams(200)}></team-picker>
          </div>
        `);
        window.scrollTo(0, 0);
        const el = await openIn(page);
        const field = el.shadowRoot!.querySelector('.control')!.getBoundingClientRect();
        expect(600 - field.bottom, 'little room below').to.be.below(160);
        const popup = popupOf(el).getBoundingClientRect();
        expect(popup.bottom).to.be.closeTo(field.top - 4, 1);
        expect(popup.top).to.be.at.least(0);
        expect(dom(el).options.slice(0, 3).every((o) => reachable(el, o))).to.equal(true);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('preselection', () => {
    it('preselects the only team and says so with agent-team-change', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('team-picker');
      el.teams = [{ id: 'solo', name: 'Equipe Única' }];
      const changed = oneEvent(wrapper, 'agent-team-change');
      wrapper.append(el);
      const event = await changed;
      await el.updateComplete;
      expect(event).to.be.instanceOf(TeamChangeEvent);
      expect(event.detail).to.deep.equal({ teamId: 'solo' });
      expect(el.teamId).to.equal('solo');
      expect(dom(el).input.value).to.equal('Equipe Única');
      await expect(el).to.be.accessible();
    });

    it('does not preselect again after the agent cleared the only team', async () => {
      const el = await picker([{ id: 'solo', name: 'Equipe Única' }]);
      dom(el).clear!.click();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.teamId).to.equal('');
    });

    it('reports a chosen team that disappears from a new list as cleared', async () => {
      const el = await picker(TEAMS, { teamId: 'cob' });
      const events = record(el);
      el.teams = TEAMS.filter((t) => t.id !== 'cob');
      await el.updateComplete;
      await el.updateComplete;
      expect(events).to.deep.equal([null]);
      expect(el.teamId).to.equal('');
    });
  });

  describe('no teams', () => {
    it('tells the agent they have no team and to ask their administrator', async () => {
      const el = await picker([]);
      const { hasInput, root } = dom(el);
      expect(hasInput).to.equal(false);
      const text = root.querySelector('[part="no-teams"]')?.textContent ?? '';
      expect(text).to.contain('any team');
      expect(text).to.contain('administrator');
      await expect(el).to.be.accessible();
    });
  });

  describe('10,000 teams', () => {
    it('renders only a window of options, with the full count for assistive technology', async () => {
      const el = await picker(manyTeams(10_000));
      el.focus();
      await press(el, 'ArrowDown');
      const { options } = dom(el);
      expect(options.length).to.be.greaterThan(5).and.lessThan(40);
      expect(options[0].getAttribute('aria-setsize')).to.equal('10000');
      expect(options[0].getAttribute('aria-posinset')).to.equal('1');
      await press(el, 'End');
      const last = dom(el).active()!;
      expect(last.getAttribute('aria-posinset')).to.equal('10000');
      expect(dom(el).options.length).to.be.lessThan(40);
      await expect(el).to.be.accessible();
    });

    it('lets a keyboard user pick "Suporte Nível 2" by typing "niv"', async () => {
      const el = await picker(manyTeams(10_000));
      const events = record(el);
      el.focus();
      await type(el, 'niv');
      expect(dom(el).names).to.deep.equal(['Suporte Nível 2']);
      await press(el, 'Enter');
      expect(events).to.deep.equal(['target']);
      expect(dom(el).input.value).to.equal('Suporte Nível 2');
    });

    it('keeps the active option rendered and in view while paging through the list', async () => {
      const el = await picker(manyTeams(10_000));
      el.focus();
      await press(el, 'ArrowDown');
      for (let i = 0; i < 30; i++) await press(el, 'PageDown');
      const active = dom(el).active()!;
      expect(Number(active.getAttribute('aria-posinset'))).to.be.greaterThan(100);
      const box = dom(el).listbox.getBoundingClientRect();
      const row = active.getBoundingClientRect();
      expect(row.top).to.be.at.least(box.top - 1);
      expect(row.bottom).to.be.at.most(box.bottom + 1);
    });

    it('renders the rows of a scroll position when the agent scrolls', async () => {
      const el = await picker(manyTeams(10_000));
      el.focus();
      await press(el, 'ArrowDown');
      const { listbox } = dom(el);
      listbox.scrollTop = 200_000;
      await oneEvent(listbox, 'scroll');
      await el.updateComplete;
      const positions = dom(el)
        .options.map((o) => Number(o.getAttribute('aria-posinset')))
        .filter((p) => p !== 1);
      expect(positions.length).to.be.greaterThan(5);
      expect(Math.min(...positions)).to.be.within(4980, 5001);
    });
  });

  describe('untrusted names', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const long = `Equipe ${'muito '.repeat(49)}longa`.slice(0, 300);

    it('renders markup in a team name as text', async () => {
      const el = await picker([{ id: 'evil', name: hostile }, ...TEAMS], { teamId: 'evil' });
      expect(dom(el).input.value).to.equal(hostile);
      el.focus();
      await type(el, 'img');
      const { options, root } = dom(el);
      expect(options[0].textContent?.trim()).to.equal(hostile);
      expect(options[0].querySelector('mark')?.textContent).to.equal('img');
      expect(root.querySelector('img') === null, 'no <img>').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('truncates a 300-character name inside a 320px container and keeps the full name available', async () => {
      expect(long).to.have.length(300);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><team-picker .teams=${[{ id: 'long', name: long }, ...TEAMS]} team-id="long"></team-picker></div>`);
      const el = wrapper.querySelector('team-picker')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(dom(el).input.title).to.equal(long);
      el.focus();
      await press(el, 'ArrowDown');
      const option = dom(el).options.find((o) => o.title === long)!;
      const name = option.querySelector<HTMLElement>('.name')!;
      expect(option.textContent?.trim()).to.equal(long);
      expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
      expect(option.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      expect(wrapper.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('ignores invalid host-set teams with a warning', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        const el = await picker([...TEAMS, { id: '', name: 'No id' }, { name: 'Nameless' } as unknown as Team]);
        el.focus();
        await press(el, 'ArrowDown');
        expect(dom(el).names).to.deep.equal(SORTED);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.contain('ignored 2 invalid team(s)');
    });
  });

  describe('errors and states', () => {
    it('shows a station-login error with its tracking ID under the field', async () => {
      const el = await picker(TEAMS, { teamId: 'cob', error: { code: 'TEAM_INVALID', trackingId: 'TRK-4242' } });
      const { input, error } = dom(el);
      expect(error.hidden).to.equal(false);
      expect(error.textContent).to.contain('no longer available');
      expect(error.textContent).to.contain('Tracking ID: TRK-4242');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('hides the error once the agent picks another team', async () => {
      const el = await picker(TEAMS, { teamId: 'cob', error: { code: 'TEAM_INVALID' } });
      el.focus();
      await type(el, 'vendas');
      await press(el, 'Enter');
      expect(dom(el).error.hidden).to.equal(true);
      expect(dom(el).input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('cannot be opened or cleared while disabled', async () => {
      const el = await picker(TEAMS, { teamId: 'cob', disabled: true });
      const { input, clear } = dom(el);
      expect(input.disabled).to.equal(true);
      expect(clear === null, 'no Clear button').to.equal(true);
      input.click();
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('speaks Portuguese with lang="pt-BR"', async () => {
      await loadTerms('pt-BR');
      const el = await fixture<TeamPicker>(html`<team-picker lang="pt-BR" team-id="cob" .teams=${TEAMS}></team-picker>`);
      await el.updateComplete;
      const { input, clear } = dom(el);
      expect(input.labels?.[0]?.textContent?.trim()).to.equal('Equipe');
      expect(clear?.getAttribute('aria-label')).to.equal('Limpar equipe');
      el.focus();
      await type(el, 'xyz');
      expect(dom(el).empty?.textContent).to.contain('Nenhuma equipe corresponde a “xyz”');
    });

    it('fires a bubbling, composed agent-team-change that reaches the document', async () => {
      const el = await picker();
      el.focus();
      const changed = oneEvent(document, 'agent-team-change');
      await type(el, 'back');
      await press(el, 'Enter');
      const event = await changed;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal({ teamId: 'back' });
    });

    it('stays quiet in the console through a whole selection', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        const el = await picker(manyTeams(1000));
        el.focus();
        await type(el, 'sul');
        await press(el, 'PageDown');
        await press(el, 'Enter');
        dom(el).clear!.click();
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('inside <agent-login> (context)', () => {
    it('takes the agent’s teams from the context', async () => {
      const { el } = await inContext({ profile: profileWith(TEAMS) }, html`<team-picker></team-picker>`);
      el.focus();
      await press(el, 'ArrowDown');
      expect(dom(el).names).to.deep.equal(SORTED);
      await expect(el).to.be.accessible();
    });

    it('preselects the saved team and reports it', async () => {
      const { el, events } = await inContext({ profile: profileWith(TEAMS), saved: { teamId: 'ret' } }, html`<team-picker></team-picker>`);
      expect(el.teamId).to.equal('ret');
      expect(dom(el).input.value).to.equal('Retenção');
      expect(events).to.deep.equal(['ret']);
    });

    it('ignores a saved team the agent no longer has', async () => {
      const { el, events } = await inContext({ profile: profileWith(TEAMS), saved: { teamId: 'gone' } }, html`<team-picker></team-picker>`);
      expect(el.teamId).to.equal('');
      expect(events).to.deep.equal([]);
    });

    it('lets a host-set team id win over the saved team', async () => {
      const { el, events } = await inContext({ profile: profileWith(TEAMS), saved: { teamId: 'ret' } }, html`<team-picker team-id="vendas"></team-picker>`);
      expect(dom(el).input.value).to.equal('Vendas Brasil');
      expect(events).to.deep.equal([]);
    });

    it('lets host-set teams win over the context', async () => {
      const { el } = await inContext({ profile: profileWith(TEAMS) }, html`<team-picker .teams=${[{ id: 'x', name: 'Host team' }]}></team-picker>`);
      expect(dom(el).input.value).to.equal('Host team');
    });

    it('shows the team error from the context, and the one from the host instead when set', async () => {
      const { el, provider } = await inContext(
        { profile: profileWith(TEAMS), saved: { teamId: 'cob' }, errors: { team: { code: 'TEAM_INVALID', trackingId: 'ctx-1' } } },
        html`<team-picker></team-picker>`,
      );
      expect(dom(el).error.textContent).to.contain('Tracking ID: ctx-1');
      el.error = { code: 'NETWORK' };
      await el.updateComplete;
      expect(dom(el).error.textContent).to.contain('Can’t reach');
      el.error = undefined;
      provider.setValue({ ...provider.value, errors: {} });
      await el.updateComplete;
      expect(dom(el).error.hidden).to.equal(true);
    });

    it('is read-only while a request is in flight', async () => {
      const { el, provider } = await inContext({ profile: profileWith(TEAMS), saved: { teamId: 'cob' } }, html`<team-picker></team-picker>`);
      provider.setValue({ ...provider.value, disabled: true });
      await el.updateComplete;
      const { input, clear } = dom(el);
      expect(input.readOnly).to.equal(true);
      expect(clear === null, 'no Clear button').to.equal(true);
      el.focus();
      await press(el, 'ArrowDown');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('follows a new profile from the context', async () => {
      const { el, provider, events } = await inContext({ profile: profileWith(TEAMS) }, html`<team-picker></team-picker>`);
      provider.setValue({ ...provider.value, profile: profileWith([{ id: 'only', name: 'Só Esta' }]) });
      await el.updateComplete;
      await el.updateComplete;
      expect(dom(el).input.value).to.equal('Só Esta');
      expect(events).to.deep.equal(['only']);
    });

    it('says the agent has no team when the profile has none', async () => {
      const { el } = await inContext({ profile: profileWith([]) }, html`<team-picker></team-picker>`);
      expect(dom(el).hasInput).to.equal(false);
      expect(el.shadowRoot!.textContent).to.contain('administrator');
    });
  });
});
