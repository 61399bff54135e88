import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import { STATES } from '../helpers/states.js';

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
