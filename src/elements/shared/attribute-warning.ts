import { describeAttributeProblem, type AttributeProblem } from '../../core/attributes.js';

const warned = new WeakMap<Element, Set<string>>();

/**
 * Warns about a nonsense attribute value once per element and attribute (a re-render, or the same
 * mistake made again, stays quiet), naming the element, the attribute, the value and the fallback.
 * Spectrum's `AlertBanner`/`Badge` do the same for invalid variants.
 */
export function warnAttribute(element: Element, problem: AttributeProblem | null): void {
  if (!problem) return;
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(problem.attribute)) return;
  seen.add(problem.attribute);
  console.warn(describeAttributeProblem(element.localName, problem));
}
