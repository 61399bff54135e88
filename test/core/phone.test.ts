import { expect } from '@open-wc/testing';
import type { AgentProfile } from '../../src/contract/agent-service.js';
import type { PreferencesPrefill } from '../../src/core/preferences/model.js';
import { countryOptions, filterCountries, fold, regionOfLocale } from '../../src/core/phone/countries.js';
import {
  caretAfterSignificant,
  checkExtension,
  cleanPhoneInput,
  deleteAcrossSeparator,
  displayExtension,
  isE164Shape,
  reformat,
  significantBefore,
  type ExtensionReason,
} from '../../src/core/phone/input.js';
import {
  callingCodeOf,
  checkDialNumber,
  displayDialNumber,
  formatAsTyped,
  formatInternational,
  iddPrefixOf,
  isKnownCountry,
  listCountries,
  loadAndCheckDialNumber,
  loadMetadataFor,
  stripIddPrefix,
  type DialNumberContext,
} from '../../src/core/phone/phone.js';
import { resolvePrefill } from '../../src/core/phone/prefill.js';
import { DIAL_NUMBERS, E164, from, national } from '../helpers/dial-numbers.js';


describe('checkDialNumber', () => {
  it('covers at least 60 numbers across at least 15 countries', async () => {
    const countries = new Set<string>();
    for (const [, context, out] of DIAL_NUMBERS) {
      const parsed = out.startsWith('+') ? await loadAndCheckDialNumber(out, E164) : undefined;
      if (parsed?.ok && parsed.country) countries.add(parsed.country);
      if (context.country) countries.add(context.country);
    }
    expect(DIAL_NUMBERS.length).to.be.at.least(60);
    expect(countries.size).to.be.at.least(15);
  });

  for (const [input, context, expected] of DIAL_NUMBERS) {
    const how = context.international ? `as a national number of ${context.country}` : context.country ? `dialled from ${context.country}` : 'on its own';
    it(`reads ${JSON.stringify(input)} ${how} as ${expected}`, async () => {
      const result = await loadAndCheckDialNumber(input, context);
      expect(result.ok ? result.e164 : result.reason).to.equal(expected);
    });
  }

  it('always returns valid numbers in E.164', async () => {
    for (const [input, context] of DIAL_NUMBERS) {
      const result = await loadAndCheckDialNumber(input, context);
      if (result.ok) expect(isE164Shape(result.e164), input).to.equal(true);
    }
  });

  it('names the country a refused number belongs to, for the message', async () => {
    expect(await loadAndCheckDialNumber('+44 7400', E164)).to.deep.equal({ ok: false, reason: 'TOO_SHORT', country: 'GB' });
    expect(await loadAndCheckDialNumber('555 12', national('US'))).to.deep.include({ country: 'US' });
    expect(await loadAndCheckDialNumber('+49 1000 123456', E164)).to.deep.include({ country: 'DE' });
  });

  it('reports the region of an accepted number', async () => {
    expect(await loadAndCheckDialNumber('0011 44 20 7946 0000', from('AU'))).to.deep.equal({ ok: true, e164: '+442079460000', country: 'GB' });
  });

  it('ignores an unknown origin country instead of guessing', async () => {
    expect(await loadAndCheckDialNumber('00 44 7400 123456', from('ZZ'))).to.deep.equal({ ok: false, reason: 'MISSING_COUNTRY_CODE' });
  });

  it('answers junk and an empty field at once, without waiting for any metadata', () => {
    expect(checkDialNumber('abc12125551234xyz', from('GB'))).to.deep.equal({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(checkDialNumber('', national('JP'))).to.deep.equal({ ok: false, reason: 'REQUIRED' });
  });
});

describe('IDD prefixes from the metadata', () => {
  const cases: [string, string | undefined][] = [
    ['US', '011'],
    ['CA', '011'],
    ['GB', '00'],
    ['DE', '00'],
    ['FR', '00'],
    ['AU', '0011'],
    ['JP', '010'],
    ['RU', '810'],
    ['MX', '00'],
    ['BR', undefined],
    ['ZZ', undefined],
  ];
  for (const [country, prefix] of cases) {
    it(`shows ${String(prefix)} as the dial-out prefix of ${country}`, async () => {
      await loadMetadataFor([], from(country));
      expect(iddPrefixOf(country)).to.equal(prefix);
    });
  }

  it('strips a prefix, but not one followed by 0', async () => {
    for (const country of ['US', 'AU', 'GB']) await loadMetadataFor([], from(country));
    expect(stripIddPrefix('011447400123456', 'US')).to.equal('447400123456');
    expect(stripIddPrefix('0011442079460000', 'AU')).to.equal('442079460000');
    expect(stripIddPrefix('0110447400', 'US')).to.equal(undefined);
    expect(stripIddPrefix('07400123456', 'GB')).to.equal(undefined);
    expect(stripIddPrefix('011447400123456', undefined)).to.equal(undefined);
  });
});

describe('formatAsTyped', () => {
  const cases: [string, DialNumberContext, string][] = [
    ['+447400123456', E164, '+44 7400 123456'],
    ['+1415', E164, '+1 415'],
    ['011447400123456', from('US'), '011 44 7400 123456'],
    ['0011442079460000', from('AU'), '0011 44 20 7946 0000'],
    ['07400123456', national('GB'), '07400 123456'],
    ['4155552671', national('US'), '(415) 555-2671'],
    ['11961234567', national('BR'), '(11) 96123-4567'],
    ['4155552671', from('US'), '4155552671'],
    ['', E164, ''],
  ];
  for (const [chars, context, out] of cases) {
    it(`formats ${chars || '(nothing)'} as ${out || '(nothing)'}`, async () => {
      await loadMetadataFor([chars], context);
      expect(formatAsTyped(chars, context)).to.equal(out);
    });
  }
});

describe('displayDialNumber and formatInternational', () => {
  before(() => loadMetadataFor(['+5511961234567', '+447400123456', '+14155552671'], national('BR')));

  it('shows a stored number in the national notation of its own country', () => {
    expect(displayDialNumber('+5511961234567', national('BR'))).to.deep.equal({ value: '(11) 96123-4567', country: 'BR' });
    expect(displayDialNumber('+447400123456', national('US'))).to.deep.equal({ value: '07400 123456', country: 'GB' });
  });

  it('shows it internationally without the international dialing format', () => {
    expect(displayDialNumber('+447400123456', E164)).to.deep.equal({ value: '+44 7400 123456', country: 'GB' });
    expect(formatInternational('+14155552671')).to.equal('+1 415 555 2671');
    expect(formatInternational('not a number')).to.equal('not a number');
  });
});

describe('the region list', () => {
  it('has every region libphonenumber-js knows, with calling codes', () => {
    const list = listCountries();
    expect(list.length).to.be.greaterThan(240);
    expect(list).to.deep.include({ code: 'BR', callingCode: '55', main: true });
    expect(list).to.deep.include({ code: 'GG', callingCode: '44' });
    expect(list).to.deep.include({ code: 'US', callingCode: '1', main: true });
    expect(callingCodeOf('JP')).to.equal('81');
    expect(callingCodeOf('ZZ')).to.equal(undefined);
    expect(isKnownCountry('XK')).to.equal(true);
    expect(isKnownCountry('ZZ')).to.equal(false);
  });

  const options = countryOptions(
    [
      { code: 'BR', callingCode: '55' },
      { code: 'BE', callingCode: '32' },
      { code: 'US', callingCode: '1', main: true },
      { code: 'CA', callingCode: '1' },
      { code: 'GG', callingCode: '44' },
      { code: 'CI', callingCode: '225' },
      { code: 'GB', callingCode: '44', main: true },
      { code: 'DE', callingCode: '49' },
    ],
    'en',
  );

  it('names regions in the language and sorts them by name', () => {
    expect(options.map((o) => o.code)).to.deep.equal(['BE', 'BR', 'CA', 'CI', 'DE', 'GG', 'GB', 'US']);
    expect(countryOptions([{ code: 'DE', callingCode: '49' }], 'pt-BR')[0].name).to.equal('Alemanha');
  });

  const searches: [string, string[]][] = [
    ['+55', ['BR']],
    ['55', ['BR']],
    ['+1', ['US', 'CA']],
    ['+44', ['GB', 'GG']],
    ['+2', ['CI']],
    ['br', ['BR']],
    ['BR', ['BR']],
    ['bra', ['BR']],
    ['cote', ['CI']],
    ['KINGDOM', ['GB']],
    ['de', ['DE']],
    ['zz top', []],
    ['', ['BE', 'BR', 'CA', 'CI', 'DE', 'GG', 'GB', 'US']],
  ];
  for (const [query, codes] of searches) {
    it(`finds ${JSON.stringify(query)} → ${codes.join(', ') || 'nothing'}`, () => {
      expect(filterCountries(options, query).map((o) => o.code)).to.deep.equal(codes);
    });
  }

  it('folds case and accents', () => expect(fold('Côte d’Ivoire')).to.equal('cote d’ivoire'));

  const regions: [string | null, string | undefined][] = [
    ['pt-BR', 'BR'],
    ['en-GB', 'GB'],
    ['en_US', 'US'],
    ['ja', 'JP'],
    ['de', 'DE'],
    ['', undefined],
    [null, undefined],
    ['not a tag!', undefined],
  ];
  for (const [tag, region] of regions) {
    it(`reads the region of ${JSON.stringify(tag)} as ${String(region)}`, () => expect(regionOfLocale(tag)).to.equal(region));
  }
});

describe('checkExtension', () => {
  const cases: [string, string | ExtensionReason][] = [
    ['4021', '4021'],
    ['12', '12'],
    [' 40-21 ', '4021'],
    ['123456789012345', '123456789012345'],
    ['١٢٣٤', '1234'],
    ['1', 'TOO_SHORT'],
    ['1234567890123456', 'TOO_LONG'],
    ['12a4', 'NOT_A_NUMBER'],
    ['+4021', 'NOT_A_NUMBER'],
    ['x4021', 'NOT_A_NUMBER'],
    ['', 'REQUIRED'],
    ['  ', 'REQUIRED'],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
      const result = checkExtension(input);
      expect(result.ok ? result.value : result.reason).to.equal(expected);
    });
  }

  it('shows the cleaned digits, or junk exactly as typed', () => {
    expect(displayExtension(' 40-21 ')).to.equal('4021');
    expect(displayExtension('40a1')).to.equal('40a1');
  });
});

describe('cleanPhoneInput', () => {
  const cases: [string, string, boolean][] = [
    ['tel:+1-415-555-2671', '+14155552671', false],
    ['TEL: +44 (0) 20 7946 0000', '+4402079460000', false],
    ['+1\u00a0415\u2011555\u20132671', '+14155552671', false],
    ['(415) 555.2671 / 2', '41555526712', false],
    ['abc123', '123', true],
    ['12+34', '1234', true],
    ['', '', false],
  ];
  for (const [raw, chars, junk] of cases) {
    it(`cleans ${JSON.stringify(raw)}`, () => expect(cleanPhoneInput(raw)).to.deep.equal({ chars, junk }));
  }
});

describe('caret handling', () => {
  const usNational = (chars: string) => formatAsTyped(chars, national('US'));

  it('counts digits before the caret and finds the place after the n-th digit', () => {
    expect(significantBefore('(415) 555-2671', 7)).to.equal(4);
    expect(caretAfterSignificant('(415) 555-2671', 4)).to.equal(7);
    expect(caretAfterSignificant('(415) 555-2671', 0)).to.equal(0);
    expect(caretAfterSignificant('415', 9)).to.equal(3);
  });

  it('keeps the caret after the same digit when a digit is typed in the middle', () => {
    expect(reformat('(415) 5955-267', 8, usNational)).to.deep.equal({ value: '(415) 595-5267', caret: 8 });
  });

  it('keeps the caret at the end while typing at the end', () => {
    expect(reformat('+4474001', 8, (c) => formatAsTyped(c, E164))).to.deep.equal({ value: '+44 7400 1', caret: 10 });
  });

  it('cleans a pasted tel: link and puts the caret after the last digit', () => {
    expect(reformat('tel:+1-415-555-2671', 19, (c) => formatAsTyped(c, E164))).to.deep.equal({ value: '+1 415 555 2671', caret: 15 });
  });

  it('leaves junk as typed, caret included', () => {
    expect(reformat('abc12125551234xyz', 5, usNational)).to.deep.equal({ value: 'abc12125551234xyz', caret: 5 });
  });

  it('deletes the digit before a separator on Backspace, and after it on Delete', () => {
    expect(deleteAcrossSeparator('(415) 555-2671', 10, false)).to.deep.equal({ value: '(415) 55-2671', caret: 8 });
    expect(deleteAcrossSeparator('(415) 555-2671', 9, true)).to.deep.equal({ value: '(415) 555-671', caret: 9 });
    expect(deleteAcrossSeparator('(415) 555-2671', 6, false)).to.deep.equal({ value: '(41) 555-2671', caret: 3 });
  });

  it('lets the browser delete a digit next to the caret', () => {
    expect(deleteAcrossSeparator('(415) 555-2671', 9, false)).to.equal(null);
    expect(deleteAcrossSeparator('(415', 0, false)).to.equal(null);
    expect(deleteAcrossSeparator('415)', 4, true)).to.equal(null);
  });
});

describe('resolvePrefill', () => {
  const base: AgentProfile = { agentId: 'a1', email: 'a@example.com', displayName: 'Ana', loginOptions: ['BROWSER', 'EXTENSION', 'AGENT_DN'], teams: [] };

  it('offers no choice to a digital-only agent', () => {
    const p = resolvePrefill({ ...base, loginOptions: [] }, undefined, 'US');
    expect(p.options).to.deep.equal([]);
    expect(p.option).to.equal(null);
  });

  it('orders the options Desktop, Extension, Dial number and preselects the first or the saved one', () => {
    expect(resolvePrefill({ ...base, loginOptions: ['AGENT_DN', 'BROWSER'] }, undefined).options).to.deep.equal(['BROWSER', 'AGENT_DN']);
    expect(resolvePrefill(base, undefined).option).to.equal('BROWSER');
    expect(resolvePrefill(base, { loginOption: 'AGENT_DN' }).option).to.equal('AGENT_DN');
    expect(resolvePrefill({ ...base, loginOptions: ['BROWSER'] }, { loginOption: 'AGENT_DN' }).option).to.equal('BROWSER');
  });

  it('pre-fills one extension, lists several, and leaves free entry otherwise', () => {
    expect(resolvePrefill({ ...base, extensions: ['4021'] }, undefined).extension).to.deep.include({ mode: 'free', value: '4021', trusted: ['4021'] });
    expect(resolvePrefill({ ...base, extensions: ['4021', '4022', '4021'] }, undefined).extension).to.deep.include({ mode: 'list', value: '4021', choices: ['4021', '4022'] });
    expect(resolvePrefill(base, undefined).extension).to.deep.include({ mode: 'free', value: '' });
  });

  it('pre-fills the admin default into the field it fits', () => {
    const ext = resolvePrefill({ ...base, defaultDialNumber: '4021' }, undefined);
    expect(ext.extension.value).to.equal('4021');
    expect(ext.dialNumber.value).to.equal('');
    const dn = resolvePrefill({ ...base, defaultDialNumber: '+14155552671' }, undefined);
    expect(dn.dialNumber.value).to.equal('+14155552671');
    expect(dn.extension.value).to.equal('');
  });

  it('lets saved preferences beat the admin default, which becomes the placeholder', () => {
    const p = resolvePrefill({ ...base, defaultDialNumber: '+14155552671' }, { loginOption: 'AGENT_DN', dialNumber: '+447400123456' });
    expect(p.dialNumber).to.deep.include({ mode: 'free', value: '+447400123456', placeholder: '+14155552671' });
    const e = resolvePrefill({ ...base, defaultDialNumber: '4021' }, { loginOption: 'EXTENSION', dialNumber: '5050' });
    expect(e.extension).to.deep.include({ value: '5050', placeholder: '4021' });
  });

  it('ignores saved values of the wrong type', () => {
    const saved = { loginOption: 'AGENT_DN', dialNumber: 14155552671, country: 55 } as unknown as PreferencesPrefill;
    expect(resolvePrefill(base, saved, 'US')).to.deep.include({ country: 'US' });
    expect(resolvePrefill(base, saved).dialNumber.value).to.equal('');
  });

  it('ignores saved values that do not fit the field', () => {
    expect(resolvePrefill(base, { loginOption: 'AGENT_DN', dialNumber: 'abc' }).dialNumber.value).to.equal('');
    expect(resolvePrefill(base, { loginOption: 'EXTENSION', dialNumber: '+1415' }).extension.value).to.equal('');
  });

  it('preselects a saved value among several numbers, else the default, else the first', () => {
    const profile = { ...base, dialNumbers: ['+14155552671', '+447400123456', '+4930901820'] };
    expect(resolvePrefill(profile, { loginOption: 'AGENT_DN', dialNumber: '+4930901820' }).dialNumber.value).to.equal('+4930901820');
    expect(resolvePrefill({ ...profile, defaultDialNumber: '+447400123456' }, undefined).dialNumber.value).to.equal('+447400123456');
    expect(resolvePrefill(profile, { loginOption: 'AGENT_DN', dialNumber: '+33612345678' }).dialNumber).to.deep.include({ mode: 'list', value: '+14155552671' });
  });

  it('makes both fields read-only with a restricted default', () => {
    const p = resolvePrefill({ ...base, defaultDialNumber: '+14155552671', dialNumberRestricted: true }, { loginOption: 'AGENT_DN', dialNumber: '+447400123456' });
    expect(p.dialNumber).to.deep.include({ mode: 'restricted', value: '+14155552671' });
    expect(p.extension).to.deep.include({ mode: 'restricted', value: '+14155552671' });
  });

  it('ignores a restriction without a default', () => {
    expect(resolvePrefill({ ...base, dialNumberRestricted: true }, undefined).dialNumber.mode).to.equal('free');
  });

  it('preselects the saved country, else the profile country, else the browser region', () => {
    expect(resolvePrefill({ ...base, defaultCountry: 'DE' }, { country: 'BR' }, 'US').country).to.equal('BR');
    expect(resolvePrefill({ ...base, defaultCountry: 'DE' }, undefined, 'US').country).to.equal('DE');
    expect(resolvePrefill(base, undefined, 'US').country).to.equal('US');
    expect(resolvePrefill(base, undefined).country).to.equal(undefined);
  });

  it('restores the international dialing format only for free entry', () => {
    expect(resolvePrefill(base, { international: true }).international).to.equal(true);
    expect(resolvePrefill({ ...base, dialNumbers: ['+14155552671', '+447400123456'] }, { international: true }).international).to.equal(false);
  });
});
