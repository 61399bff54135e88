import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { InteractionPreferences } from '../../src/elements/interaction-preferences/interaction-preferences.js';
import { STATES } from '../helpers/states.js';
import { deepElements } from '../helpers/dom.js';

interface Layout {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** Root font size, for text-only enlargement. */
  readonly fontSize?: string;
}

const LAYOUTS: readonly Layout[] = [
  { name: '320 CSS px wide', width: 320, height: 640 },
  { name: '200 % zoom of a 1280 × 800 window', width: 640, height: 400 },
  { name: 'text enlarged to 200 %', width: 800, height: 600, fontSize: '200%' },
  { name: 'text enlarged to 200 % at 320 px', width: 320, height: 640, fontSize: '200%' },
];

const isRendered = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && !el.closest('.visually-hidden') && getComputedStyle(el).visibility !== 'hidden';
};

/**
 * Team names in the windowed list keep one line each (rows are positioned by arithmetic on a fixed
 * height) and end in an ellipsis; the full name is the option's accessible name and its title.
 */
const ONE_LINE_BY_DESIGN = (el: Element) => el.matches('[role="option"] .name');

/** Boxes that hide overflowing text (clipped or cut with an ellipsis), form fields aside. */
function clippedText(root: Element): string[] {
  return deepElements(root)
    .filter((el) => isRendered(el) && !el.matches('input, select, textarea, svg, svg *') && !ONE_LINE_BY_DESIGN(el))
    .filter((el) => {
      const style = getComputedStyle(el);
      const x = style.overflowX !== 'visible';
      const y = style.overflowY !== 'visible';
      const scrollsY = style.overflowY === 'auto' || style.overflowY === 'scroll';
      return (x && el.scrollWidth > el.clientWidth + 1) || (y && !scrollsY && el.scrollHeight > el.clientHeight + 1);
    })
    .map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
}

/** Everything that takes a click or a tap (shadow roots included), visible now. */
function targets(root: Element): Element[] {
  return deepElements(root).filter(
    (el) =>
      el.matches('button, select, a[href], [role="option"], input:not([type="hidden"]):not([aria-hidden="true"])') &&
      isRendered(el),
  );
}

/** A checkbox or radio button is clicked through its label too: the label is its target. */
const targetBox = (el: Element) => (el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label') ? el.closest('label')! : el).getBoundingClientRect();

const describeTarget = (el: Element) =>
  `<${el.localName}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}${el.getAttribute('aria-label') ? ` aria-label="${el.getAttribute('aria-label')}"` : ''}> ${el.textContent?.trim().slice(0, 30) ?? ''}`;

const realMicrophone = InteractionPreferences.queryMicrophone;

describe('the layout checks themselves', () => {
  it('report clipped text and a target smaller than 24 × 24 px', async () => {
    const el = await fixture(html`<div>
      <p style="inline-size: 40px; overflow: hidden; white-space: nowrap">A sentence far wider than its box</p>
      <button style="inline-size: 16px; block-size: 16px; min-inline-size: 0; min-block-size: 0; padding: 0">x</button>
    </div>`);
    expect(clippedText(el)).to.have.length(1);
    expect(targets(el).filter((t) => targetBox(t).width < 24)).to.have.length(1);
  });
});

describe('reflow, zoom and text size (WCAG 1.4.4, 1.4.10)', () => {
  afterEach(async () => {
    InteractionPreferences.queryMicrophone = realMicrophone;
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
  });

  for (const state of STATES) {
    it(`shows ${state.name} with no horizontal scrolling and no clipped text at 320 px, 200 % zoom and 200 % text`, async () => {
      const el = await state.mount();
      const failures: string[] = [];
      for (const layout of LAYOUTS) {
        await setViewport({ width: layout.width, height: layout.height });
        if (layout.fontSize) document.documentElement.style.fontSize = layout.fontSize;
        else document.documentElement.style.removeProperty('font-size');
        await nextFrame();
        await nextFrame();
        const page = document.documentElement;
        if (innerWidth !== layout.width) failures.push(`${layout.name}: the window is ${innerWidth} px wide`);
        if (page.scrollWidth > page.clientWidth) failures.push(`${layout.name}: the page scrolls sideways (${page.scrollWidth} px in ${page.clientWidth} px)`);
        const wide = el.getBoundingClientRect().right;
        if (wide > page.clientWidth + 0.5) failures.push(`${layout.name}: the element ends at ${wide} px, past ${page.clientWidth} px`);
        for (const clip of clippedText(el)) failures.push(`${layout.name}: clipped ${clip}`);
      }
      expect(failures).to.deep.equal([]);
    });
  }
});

describe('target sizes (WCAG 2.5.8)', () => {
  afterEach(async () => {
    InteractionPreferences.queryMicrophone = realMicrophone;
    await setViewport({ width: 800, height: 600 });
  });

  for (const state of STATES) {
    it(`gives every control of ${state.name} at least 24 × 24 px, also at 320 px wide`, async () => {
      const el = await state.mount();
      const small: string[] = [];
      for (const width of [800, 320]) {
        await setViewport({ width, height: 640 });
        await nextFrame();
        for (const target of targets(el)) {
          const box = targetBox(target);
          if (box.width < 24 || box.height < 24) small.push(`${width} px: ${describeTarget(target)} is ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
        }
      }
      expect(small).to.deep.equal([]);
    });
  }
});
