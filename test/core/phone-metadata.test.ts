import { expect } from '@open-wc/testing';
import type { MetadataJson } from 'libphonenumber-js/core';
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import full from 'libphonenumber-js/max/metadata';
import { version } from 'libphonenumber-js/package.json';
import examples from 'libphonenumber-js/mobile/examples';
import { phoneMetadataFiles } from '../../scripts/phone-metadata.mjs';
import { cleanPhoneInput } from '../../src/core/phone/input.js';
import { groupOfDigits } from '../../src/core/phone/metadata.js';
import { GROUPS } from '../../src/core/phone/metadata/groups.js';
import skeleton from '../../src/core/phone/metadata/skeleton.json';
import {
  checkDialNumber,
  displayDialNumber,
  formatAsTyped,
  formatInternational,
  iddPrefixOf,
  loadAndCheckDialNumber,
  loadMetadataFor,
  missingMetadata,
  phoneRules,
  type DialNumberContext,
  type MetadataGroup,
} from '../../src/core/phone/phone.js';
import { DIAL_NUMBERS, E164, from, national } from '../helpers/dial-numbers.js';

interface Group {
  readonly countries: Record<string, unknown>;
  readonly nonGeographic: Record<string, unknown>;
}

/** The committed groups, loaded as the app loads them. */
const GROUP_JSON: Record<MetadataGroup, Group> = Object.fromEntries(
  await Promise.all(Object.entries(GROUPS).map(async ([key, load]) => [key, (await load()).default as Group])),
);

/** Metadata holding exactly these groups, merged as the lazy loader merges them. */
function only(groups: readonly MetadataGroup[]): MetadataJson {
  const codes = Object.entries(skeleton.country_calling_codes as Record<string, string[]>).filter(([code]) => groups.includes(groupOfDigits(code) ?? ''));
  return {
    version: skeleton.version,
    country_calling_codes: Object.fromEntries(codes),
    countries: Object.assign({}, ...groups.map((g) => GROUP_JSON[g].countries)),
    nonGeographic: Object.assign({}, ...groups.map((g) => GROUP_JSON[g].nonGeographic)),
  } as unknown as MetadataJson;
}

const maxRules = phoneRules(full as unknown as MetadataJson);

/** Every region's example mobile number, and variants a digit longer, shorter and changed; non-geographic numbers. */
function sweepNumbers(): string[] {
  const numbers = new Set<string>();
  for (const region of getCountries()) {
    const e164 = getExampleNumber(region as CountryCode, examples)?.number;
    if (!e164) continue;
    const digits = e164.slice(1);
    numbers.add(e164);
    numbers.add(`+${digits}5`);
    numbers.add(`+${digits.slice(0, -1)}`);
    for (const at of [digits.length - 1, digits.length - 4, Math.floor(digits.length / 2)]) {
      if (at <= 0) continue;
      numbers.add(`+${digits.slice(0, at)}${(Number(digits[at]) + 3) % 10}${digits.slice(at + 1)}`);
    }
  }
  // Non-geographic numbers (+800 freephone, +882 networks, …) have no region, hence no example above.
  for (const code of Object.keys(full.nonGeographic ?? {})) for (const rest of ['12345678', '1234567', '123456789']) numbers.add(`+${code}${rest}`);
  return [...numbers];
}

type Answering = Pick<ReturnType<typeof phoneRules>, 'formatAsTyped' | 'displayDialNumber' | 'formatInternational'> & {
  checkDialNumber: (raw: string, context: DialNumberContext) => unknown;
};

/** Everything the element asks about an entry: its check, and (for an entry that is a number) its notations. */
function answers(rules: Answering, raw: string, context: DialNumberContext): unknown[] {
  const { chars, junk } = cleanPhoneInput(raw);
  const check = rules.checkDialNumber(raw, context);
  if (junk) return [check];
  return [check, rules.formatAsTyped(chars, context), rules.displayDialNumber(chars, context), rules.formatInternational(chars)];
}

const ORIGINS = ['US', 'GB', 'AU', 'JP', 'BR', 'HK'];

/** How an agent might enter an E.164 number: as is, via a dial-out prefix from several origins, nationally. */
function ways(e164: string): [string, DialNumberContext][] {
  const out: [string, DialNumberContext][] = [[e164, E164]];
  for (const origin of ORIGINS) {
    const idd = maxRules.iddPrefixOf(origin);
    if (idd) out.push([`${idd}${e164.slice(1)}`, from(origin)]);
  }
  const own = maxRules.displayDialNumber(e164, national('US'));
  if (own.country) out.push([own.value, national(own.country)]);
  return out;
}

describe('the split phone metadata (issue #10)', () => {
  it('waits for a number’s group instead of refusing it, then answers', async () => {
    expect(missingMetadata('+7 912 345 67 89', E164)).to.deep.equal(['7']);
    expect(checkDialNumber('+7 912 345 67 89', E164)).to.deep.equal({ ok: false, pending: ['7'] });
    expect(formatAsTyped('+79123456789', E164)).to.equal('+79123456789');
    expect(formatInternational('+79123456789')).to.equal('+79123456789');
    expect(displayDialNumber('+79123456789', E164)).to.deep.equal({ value: '+79123456789' });
    await loadMetadataFor(['+7 912 345 67 89'], E164);
    expect(missingMetadata('+7 912 345 67 89', E164)).to.deep.equal([]);
    expect(checkDialNumber('+7 912 345 67 89', E164)).to.deep.equal({ ok: true, e164: '+79123456789', country: 'RU' });
    expect(formatAsTyped('+79123456789', E164)).to.equal('+7 912 345 67 89');
  });

  it('loads the origin country’s group first, then the one its dial-out prefix leads to', async () => {
    expect(iddPrefixOf('AU')).to.equal(undefined);
    expect(missingMetadata('0011 82 10 2000 0000', from('AU'))).to.deep.equal(['61']);
    expect(checkDialNumber('0011 82 10 2000 0000', from('AU'))).to.deep.equal({ ok: false, pending: ['61'] });
    await loadMetadataFor([], from('AU'));
    expect(iddPrefixOf('AU')).to.equal('0011');
    expect(missingMetadata('0011 82 10 2000 0000', from('AU'))).to.deep.equal(['82']);
    expect(await loadAndCheckDialNumber('0011 82 10 2000 0000', from('AU'))).to.deep.equal({ ok: true, e164: '+821020000000', country: 'KR' });
  });

  it('is exactly what scripts/phone-metadata.mjs makes of the installed libphonenumber-js (npm run generate:phone-metadata)', () => {
    const files = phoneMetadataFiles(full as unknown as Parameters<typeof phoneMetadataFiles>[0], version);
    const committed = new Map<string, unknown>([['skeleton.json', skeleton], ...Object.entries(GROUP_JSON).map(([key, json]) => [`metadata-${key}.json`, json] as const)]);
    const jsonFiles = files.filter((f) => f.name.endsWith('.json'));
    expect(jsonFiles.map((f) => f.name).sort()).to.deep.equal([...committed.keys()].sort());
    for (const { name, text } of jsonFiles) expect(`${JSON.stringify(committed.get(name))}\n` === text, `${name} is stale`).to.equal(true);
    const loaders = files.find((f) => f.name === 'groups.ts')!.text;
    expect(loaders).to.contain(`libphonenumber-js ${version}:`);
    expect([...loaders.matchAll(/'(\d+)': \(\) => import\('\.\/metadata-\1\.json'\)/g)].map((m) => m[1])).to.deep.equal(Object.keys(GROUPS));
  });

  it('holds every region and non-geographic entity of the full metadata exactly once', () => {
    const regions = Object.values(GROUP_JSON).flatMap((g) => Object.keys(g.countries));
    const entities = Object.values(GROUP_JSON).flatMap((g) => Object.keys(g.nonGeographic));
    expect([...regions].sort()).to.deep.equal(Object.keys(full.countries).sort());
    expect([...entities].sort()).to.deep.equal(Object.keys(full.nonGeographic ?? {}).sort());
  });

  const sweep = sweepNumbers().flatMap(ways);
  const table = DIAL_NUMBERS.map(([raw, context]) => [raw, context] as [string, DialNumberContext]);

  it('sweeps thousands of numbers: every region’s example, a digit more, less or changed, written several ways', () => {
    expect(sweep.length).to.be.greaterThan(5000);
    expect(new Set(sweep.map(([raw]) => maxRules.checkDialNumber(raw, E164).ok)).size).to.equal(2);
  });

  for (const [name, cases] of [
    ['the sweep', sweep],
    ['the dial number table', table],
  ] as const) {
    it(`answers ${name} exactly as the full max metadata, with only the groups it names`, () => {
      const differences: string[] = [];
      for (const [raw, context] of cases) {
        const split = phoneRules(only(maxRules.groupsFor(raw, context)));
        const actual = JSON.stringify(answers(split, raw, context));
        const expected = JSON.stringify(answers(maxRules, raw, context));
        if (actual !== expected) differences.push(`${raw} ${JSON.stringify(context)}: ${actual} ≠ ${expected}`);
      }
      expect(differences.slice(0, 10)).to.deep.equal([]);
    });

    it(`loads what ${name} needs and then answers as the full max metadata`, async () => {
      const differences: string[] = [];
      for (const [raw, context] of cases) {
        const check = await loadAndCheckDialNumber(raw, context);
        const lazy = { checkDialNumber: () => check, formatAsTyped, displayDialNumber, formatInternational };
        const actual = JSON.stringify(answers(lazy, raw, context));
        const expected = JSON.stringify(answers(maxRules, raw, context));
        if (actual !== expected) differences.push(`${raw} ${JSON.stringify(context)}: ${actual} ≠ ${expected}`);
      }
      expect(differences.slice(0, 10)).to.deep.equal([]);
    });
  }
});
