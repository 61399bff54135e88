/**
 * Attribute values a host page can get wrong (issue #11, "attributes set to nonsense"). A page
 * author writes attributes by hand, a framework may stringify `false`, a CMS may paste anything:
 * each reader here takes the raw value and says whether it makes sense and, when it does not, what
 * was expected and what the element does instead. The elements warn once and fall back; nothing here
 * touches the DOM or the console.
 *
 * Small guards rather than zod: these are one-line enumerations and patterns, and `<agent-login>`
 * reads them in the email step's first bundle, which must stay under its size budget.
 */

/** A value that made no sense, and what the element does instead. */
export interface AttributeProblem {
  /** The attribute, e.g. `color-scheme`. */
  readonly attribute: string;
  /** What the host wrote. */
  readonly value: string;
  /** What the attribute takes, e.g. `"light" or "dark"`. */
  readonly expected: string;
  /** What the element does instead, e.g. `follows the system setting`. */
  readonly fallback: string;
}

/** Words that read as "off" but, on a boolean attribute, mean "on": in HTML, presence is what counts. */
const OFF_WORDS = new Set(['false', '0', 'no', 'off', 'null', 'undefined']);

/**
 * A boolean attribute (`busy`, `disabled`) written as `busy="false"`: HTML reads it as on. The
 * element keeps that standard reading (frameworks rely on it) and the warning says how to turn it off.
 */
export function checkBooleanAttribute(attribute: string, value: string | null): AttributeProblem | null {
  if (value === null || !OFF_WORDS.has(value.trim().toLowerCase())) return null;
  return { attribute, value, expected: 'no value (present means on, absent means off)', fallback: 'on; remove the attribute to turn it off' };
}

/** An attribute that takes one of a few words; `null` (absent) is always fine. */
export function checkEnumAttribute(
  attribute: string,
  value: string | null,
  allowed: readonly string[],
  fallback: string,
): AttributeProblem | null {
  if (value === null || allowed.includes(value)) return null;
  return { attribute, value, expected: allowed.map((a) => `"${a}"`).join(' or '), fallback };
}

/** A one-value attribute (`default-country`): `null`/`undefined` (not set) is always fine. */
export function checkValueAttribute(
  attribute: string,
  value: unknown,
  accept: (value: string) => boolean,
  expected: string,
  fallback: string,
): AttributeProblem | null {
  if (value === null || value === undefined || (typeof value === 'string' && accept(value))) return null;
  return bad(attribute, value, expected, fallback);
}

/**
 * A list attribute (`extensions="4021 4022"`): the entries `accept` keeps, and a problem naming the
 * ones it dropped. With nothing left the list counts as not set (`undefined`).
 */
export function checkListAttribute(
  attribute: string,
  values: readonly string[] | undefined,
  accept: (entry: string) => boolean,
  expected: string,
  fallbackWhenEmpty: string,
): { readonly value: string[] | undefined; readonly problem: AttributeProblem | null } {
  if (values === undefined) return { value: undefined, problem: null };
  // A host property set to something that is not a list at all.
  if (!Array.isArray(values)) return { value: undefined, problem: bad(attribute, values, `a list of ${expected}`, fallbackWhenEmpty) };
  const kept = values.filter((v) => typeof v === 'string' && accept(v));
  if (kept.length === values.length) return { value: [...values], problem: null };
  const dropped = values.filter((v) => !kept.includes(v));
  return {
    value: kept.length ? kept : undefined,
    problem: bad(attribute, dropped.join(' '), expected, kept.length ? `ignoring these entries, keeping ${kept.join(' ')}` : fallbackWhenEmpty),
  };
}

const bad = (attribute: string, value: unknown, expected: string, fallback: string): AttributeProblem => ({
  attribute,
  value: typeof value === 'string' ? value : JSON.stringify(value) ?? String(value),
  expected,
  fallback,
});

/** The console line for a problem: names the element, the attribute, the bad value and the fallback. */
export function describeAttributeProblem(tagName: string, problem: AttributeProblem): string {
  const value = [...problem.value].length > 80 ? `${[...problem.value].slice(0, 79).join('')}…` : problem.value;
  return `<${tagName}>: ${problem.attribute}=${JSON.stringify(value)} is not valid (expected ${problem.expected}); falling back to ${problem.fallback}.`;
}
