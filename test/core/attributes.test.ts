import { expect } from '@open-wc/testing';
import {
  checkBooleanAttribute,
  checkEnumAttribute,
  checkListAttribute,
  checkValueAttribute,
  describeAttributeProblem,
} from '../../src/core/attributes.js';

const digits = (v: string) => /^\d+$/.test(v);

describe('attribute checks', () => {
  const booleans: [string | null, boolean][] = [
    [null, false],
    ['', false],
    ['busy', false],
    ['true', false],
    ['false', true],
    [' FALSE ', true],
    ['0', true],
    ['no', true],
    ['off', true],
  ];
  for (const [value, problem] of booleans) {
    it(`${problem ? 'flags' : 'accepts'} the boolean attribute value ${JSON.stringify(value)}`, () => {
      expect(checkBooleanAttribute('busy', value) !== null).to.equal(problem);
    });
  }

  it('accepts the allowed words and absence for an enumerated attribute, and flags anything else with the words it takes', () => {
    expect(checkEnumAttribute('color-scheme', null, ['light', 'dark'], 'system')).to.equal(null);
    expect(checkEnumAttribute('color-scheme', 'dark', ['light', 'dark'], 'system')).to.equal(null);
    expect(checkEnumAttribute('color-scheme', 'Dark', ['light', 'dark'], 'system')).to.deep.equal({
      attribute: 'color-scheme',
      value: 'Dark',
      expected: '"light" or "dark"',
      fallback: 'system',
    });
  });

  it('keeps the good entries of a list and names the dropped ones', () => {
    expect(checkListAttribute('extensions', undefined, digits, 'digits', 'none')).to.deep.equal({ value: undefined, problem: null });
    expect(checkListAttribute('extensions', ['1', '2'], digits, 'digits', 'none')).to.deep.equal({ value: ['1', '2'], problem: null });
    const some = checkListAttribute('extensions', ['1', 'x', '2', 'y'], digits, 'digits', 'none');
    expect(some.value).to.deep.equal(['1', '2']);
    expect(some.problem).to.include({ value: 'x y', fallback: 'ignoring these entries, keeping 1 2' });
    const none = checkListAttribute('extensions', ['x'], digits, 'digits', 'the profile’s');
    expect(none).to.deep.equal({ value: undefined, problem: { attribute: 'extensions', value: 'x', expected: 'digits', fallback: 'the profile’s' } });
    expect(checkListAttribute('extensions', 42 as unknown as string[], digits, 'digits', 'none').problem).to.include({ value: '42', expected: 'a list of digits' });
  });

  it('accepts a good single value or none, and flags anything else', () => {
    expect(checkValueAttribute('default-country', undefined, digits, 'digits', 'none')).to.equal(null);
    expect(checkValueAttribute('default-country', '12', digits, 'digits', 'none')).to.equal(null);
    expect(checkValueAttribute('default-country', 'ab', digits, 'digits', 'none')).to.include({ value: 'ab' });
    expect(checkValueAttribute('default-country', { a: 1 }, digits, 'digits', 'none')).to.include({ value: '{"a":1}' });
  });

  it('describes a problem with the element, the attribute, the value (shortened and quoted) and the fallback', () => {
    const line = describeAttributeProblem('agent-login', { attribute: 'color-scheme', value: `"${'x'.repeat(200)}`, expected: '"light" or "dark"', fallback: 'the system setting' });
    expect(line).to.match(/^<agent-login>: color-scheme="\\"x+…" is not valid \(expected "light" or "dark"\); falling back to the system setting\.$/);
    expect(line.length).to.be.lessThan(200);
  });
});
