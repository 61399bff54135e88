import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import { STATES } from '../helpers/states.js';
import { deepElements } from '../helpers/dom.js';

interface Mode {
  readonly name: string;
  readonly features: readonly { name: string; value: string }[];
  readonly colorScheme?: 'light' | 'dark';
}

const MODES: readonly Mode[] = [
  { name: 'light', features: [{ name: 'prefers-color-scheme', value: 'light' }] },
  { name: 'dark (system)', features: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  { name: 'dark (color-scheme="dark")', features: [{ name: 'prefers-color-scheme', value: 'light' }], colorScheme: 'dark' },
  { name: 'light (color-scheme="light") on a dark system', features: [{ name: 'prefers-color-scheme', value: 'dark' }], colorScheme: 'light' },
  {
    name: 'forced colors',
    features: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: 'dark' },
    ],
  },
  {
    name: 'forced colors, light palette',
    features: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: 'light' },
    ],
  },
];

const REDUCED_MOTION = { name: 'prefers-reduced-motion', value: 'reduce' };

/** Reduced motion too: axe must measure the palette of the mode, not a colour transition halfway through. */
const emulate = (features: Mode['features']) =>
  executeServerCommand('emulate-media-features', { features: features.length ? [...features, REDUCED_MOTION] : [] });

const TEXT = { light: '#1b1d21', dark: '#e8eaed' };

/**
 * Chromium applies emulated media to shadow-root styles a few frames after the protocol call
 * returns: wait until the element's own text token is the palette the mode asks for.
 */
async function paletteApplied(el: HTMLElement, mode: Mode): Promise<void> {
  const system = mode.features.find((f) => f.name === 'prefers-color-scheme')?.value === 'dark' ? 'dark' : 'light';
  const expected = TEXT[mode.colorScheme ?? system];
  const start = performance.now();
  while (getComputedStyle(el).getPropertyValue('--_text').trim() !== expected) {
    if (performance.now() - start > 3000) throw new Error(`${mode.name}: the palette never applied`);
    await nextFrame();
  }
  // Descendants can keep a stale -webkit-text-fill-color (the colour axe reads) after a palette
  // switch; re-creating the element's boxes recomputes every style from scratch.
  // A host page in that scheme: a standalone element has no background of its own.
  document.body.style.background = getComputedStyle(el).getPropertyValue('--_surface').trim();
  el.style.display = 'none';
  void el.offsetWidth;
  el.style.removeProperty('display');
  await transitionsDone();
}

/** Colour transitions (buttons, option cards) would let axe measure a colour halfway between two palettes. */
async function transitionsDone(): Promise<void> {
  await nextFrame();
  await nextFrame();
  const transitions = document.getAnimations().filter((a) => a instanceof CSSTransition);
  await Promise.all(transitions.map((a) => a.finished.catch(() => undefined)));
}

const realMicrophone = InteractionPreferences.queryMicrophone;

describe('accessibility in every colour mode (axe)', () => {
  afterEach(async () => {
    InteractionPreferences.queryMicrophone = realMicrophone;
    document.body.style.removeProperty('background');
    await emulate([]);
  });

  for (const state of STATES) {
    it(`has no violations in ${state.name}, in light, dark and forced colors`, async () => {
      const el = await state.mount();
      const failures: string[] = [];
      for (const mode of MODES) {
        await emulate(mode.features);
        if (mode.colorScheme) el.setAttribute('color-scheme', mode.colorScheme);
        else el.removeAttribute('color-scheme');
        await paletteApplied(el, mode);
        try {
          await expect(el).to.be.accessible();
        } catch (e) {
          failures.push(`${mode.name}: ${(e as Error).message}`);
        }
      }
      expect(failures.join('\n\n')).to.equal('');
    });
  }
});

const stateNamed = (name: string) => STATES.find((s) => s.name === name)!;

const symbol = (el: Element) => getComputedStyle(el, '::before').content;

describe('no information by colour alone', () => {
  afterEach(async () => {
    InteractionPreferences.queryMicrophone = realMicrophone;
    await emulate([]);
  });

  for (const name of ['wrong password', 'locked account', 'forgot password: new password set', 'preferences: station login refused (number in use)', 'team picker: team required']) {
    it(`marks every message of ${name} with a symbol and words, not only a colour`, async () => {
      const el = await stateNamed(name).mount();
      const messages = deepElements(el).filter((e) => e.matches('.error:not([hidden]), .box, .al-box'));
      expect(messages.length, 'messages shown').to.be.greaterThan(0);
      for (const message of messages) {
        expect(symbol(message), `the symbol of ${message.className}`).to.match(/^"[⚠✓ℹ]" \/ ""$/);
        expect(message.textContent!.trim(), 'its words').not.to.equal('');
      }
      const invalid = deepElements(el).filter((e) => e.getAttribute('aria-invalid') === 'true');
      for (const field of invalid) {
        const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const root = field.getRootNode() as Document | ShadowRoot;
        expect(ids.some((id) => root.getElementById(id)?.matches('.error, .error *')), `the error text tied to ${field.id}`).to.equal(true);
      }
    });
  }

  it('tells every banner severity by its icon and a spoken word', async () => {
    const el = await stateNamed('every session-banner message').mount();
    const banners = [...el.shadowRoot!.querySelectorAll('.banner')];
    const iconOf = new Map<string, string>();
    for (const banner of banners) {
      const severity = [...banner.classList].find((c) => c.startsWith('is-'))!;
      const icon = banner.querySelector('.icon svg')!.innerHTML;
      expect(iconOf.get(severity) ?? icon, `one icon for ${severity}`).to.equal(icon);
      iconOf.set(severity, icon);
      expect(banner.querySelector('.message .visually-hidden')!.textContent!.trim()).not.to.equal('');
    }
    expect(iconOf.size, 'severities shown').to.equal(4);
    expect(new Set(iconOf.values()).size, 'distinct icons').to.equal(4);
  });

  it('underlines links, explains a disabled Save and marks the chosen option by more than colour', async () => {
    const password = await stateNamed('password').mount();
    for (const link of password.querySelectorAll('.button.link')) expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    const prefs = await stateNamed('preferences: Desktop, microphone allowed').mount();
    const save = prefs.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    const hint = prefs.shadowRoot!.getElementById(save.getAttribute('aria-describedby')!)!;
    expect(hint.textContent!.trim()).not.to.equal('');
    const card = prefs.shadowRoot!.querySelector('interaction-preferences')!.shadowRoot!.querySelector('.choice[data-option="BROWSER"]')!;
    expect(getComputedStyle(card).boxShadow, 'a thicker border on the chosen card').not.to.equal('none');
  });

  it('keeps disabled buttons, the chosen option, focus and errors visible in forced colours', async () => {
    const el = await stateNamed('preferences: Desktop, microphone allowed').mount();
    await emulate(MODES.find((m) => m.name === 'forced colors')!.features);
    await paletteApplied(el, MODES.find((m) => m.name === 'forced colors')!);
    const probe = document.createElement('span');
    probe.style.color = 'GrayText';
    document.body.append(probe);
    const grayText = getComputedStyle(probe).color;
    probe.remove();
    const save = el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(getComputedStyle(save).color, 'a disabled button in GrayText').to.equal(grayText);
    const card = el.shadowRoot!.querySelector('interaction-preferences')!.shadowRoot!.querySelector('.choice[data-option="BROWSER"]')!;
    expect(getComputedStyle(card).borderTopWidth, 'the chosen card’s 2 px border').to.equal('2px');
    const radio = card.querySelector('input')!;
    radio.focus();
    expect(getComputedStyle(radio).outlineStyle, 'the focus outline').to.equal('solid');
  });
});
