import { expect } from '@open-wc/testing';
import {
  MIN_PASSWORD_LENGTH,
  checkCode,
  checkEmail,
  checkNewPassword,
  checkPassword,
  type Checked,
} from '../../src/core/validation.js';

type Row = [name: string, input: string, expected: Checked<string>];

function table(rows: readonly Row[], check: (raw: string) => Checked<string>): void {
  for (const [name, input, expected] of rows) it(name, () => expect(check(input)).to.deep.equal(expected));
}

describe('checkEmail', () => {
  table(
    [
      ['accepts a plain address', 'ana@example.com', { ok: true, value: 'ana@example.com' }],
      ['trims spaces around the address', '  ana@example.com \t', { ok: true, value: 'ana@example.com' }],
      ['accepts a sub-domain and a plus tag', 'ana.lima+desk@mail.example.com.br', { ok: true, value: 'ana.lima+desk@mail.example.com.br' }],
      ['accepts non-ASCII letters', 'joão@exemplo.com.br', { ok: true, value: 'joão@exemplo.com.br' }],
      ['keeps the case as typed', 'Ana@Example.COM', { ok: true, value: 'Ana@Example.COM' }],
      ['requires an address', '', { ok: false, code: 'EMAIL_REQUIRED' }],
      ['treats only spaces as no address', '   ', { ok: false, code: 'EMAIL_REQUIRED' }],
      ['rejects an address without @', 'ana.example.com', { ok: false, code: 'EMAIL_INVALID' }],
      ['rejects two @', 'ana@@example.com', { ok: false, code: 'EMAIL_INVALID' }],
      ['rejects a domain without a dot', 'ana@example', { ok: false, code: 'EMAIL_INVALID' }],
      ['rejects an empty local part', '@example.com', { ok: false, code: 'EMAIL_INVALID' }],
      ['rejects a space inside', 'ana lima@example.com', { ok: false, code: 'EMAIL_INVALID' }],
      ['rejects a domain starting with a dot', 'ana@.example.com', { ok: false, code: 'EMAIL_INVALID' }],
      ['rejects a domain ending with a dot', 'ana@example.com.', { ok: false, code: 'EMAIL_INVALID' }],
      ['rejects two dots in a row in the domain', 'ana@example..com', { ok: false, code: 'EMAIL_INVALID' }],
      ['rejects an address longer than 254 characters', `${'a'.repeat(64)}@${'b'.repeat(186)}.com`, { ok: false, code: 'EMAIL_INVALID' }],
    ],
    checkEmail,
  );

  it('accepts an address of exactly 254 characters', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`;
    expect(email).to.have.length(254);
    expect(checkEmail(email)).to.deep.equal({ ok: true, value: email });
  });
});

describe('checkPassword', () => {
  table(
    [
      ['accepts any non-empty password', 'hunter2', { ok: true, value: 'hunter2' }],
      ['keeps leading and trailing spaces, which are part of the password', '  pass word ', { ok: true, value: '  pass word ' }],
      ['accepts a password of spaces only', '   ', { ok: true, value: '   ' }],
      ['requires a password', '', { ok: false, code: 'PASSWORD_REQUIRED' }],
    ],
    checkPassword,
  );
});

describe('checkCode', () => {
  table(
    [
      ['accepts six digits', '123456', { ok: true, value: '123456' }],
      ['accepts a pasted code with a space in the middle', '123 456', { ok: true, value: '123456' }],
      ['accepts a pasted code with a dash', '123-456', { ok: true, value: '123456' }],
      ['accepts a pasted code with surrounding whitespace and a newline', ' 123456\n', { ok: true, value: '123456' }],
      ['keeps leading zeros', '000123', { ok: true, value: '000123' }],
      ['requires a code', '', { ok: false, code: 'CODE_REQUIRED' }],
      ['treats only separators as no code', ' - ', { ok: false, code: 'CODE_REQUIRED' }],
      ['rejects five digits', '12345', { ok: false, code: 'CODE_FORMAT' }],
      ['rejects seven digits', '1234567', { ok: false, code: 'CODE_FORMAT' }],
      ['rejects letters', '12345a', { ok: false, code: 'CODE_FORMAT' }],
      ['rejects other separators', '123.456', { ok: false, code: 'CODE_FORMAT' }],
      ['rejects non-ASCII digits', '١٢٣٤٥٦', { ok: false, code: 'CODE_FORMAT' }],
    ],
    checkCode,
  );
});

describe('checkNewPassword', () => {
  const rows: [name: string, password: string, confirm: string, expected: Checked<string>][] = [
    ['accepts a long enough password typed twice', 'correct horse', 'correct horse', { ok: true, value: 'correct horse' }],
    [`accepts exactly ${MIN_PASSWORD_LENGTH} characters`, 'a'.repeat(MIN_PASSWORD_LENGTH), 'a'.repeat(MIN_PASSWORD_LENGTH), { ok: true, value: 'a'.repeat(MIN_PASSWORD_LENGTH) }],
    ['requires a new password', '', '', { ok: false, code: 'PASSWORD_REQUIRED' }],
    [`rejects ${MIN_PASSWORD_LENGTH - 1} characters as too short`, 'a'.repeat(MIN_PASSWORD_LENGTH - 1), 'a'.repeat(MIN_PASSWORD_LENGTH - 1), { ok: false, code: 'NEW_PASSWORD_TOO_SHORT' }],
    ['counts characters, not UTF-16 units', '😀'.repeat(MIN_PASSWORD_LENGTH - 1), '😀'.repeat(MIN_PASSWORD_LENGTH - 1), { ok: false, code: 'NEW_PASSWORD_TOO_SHORT' }],
    ['reports a too-short password before a mismatch', 'short', 'other', { ok: false, code: 'NEW_PASSWORD_TOO_SHORT' }],
    ['rejects a confirmation that differs', 'correct horse', 'correct horse ', { ok: false, code: 'PASSWORDS_DIFFER' }],
    ['rejects an empty confirmation', 'correct horse', '', { ok: false, code: 'PASSWORDS_DIFFER' }],
    ['keeps spaces in the new password', ' spaced out ', ' spaced out ', { ok: true, value: ' spaced out ' }],
  ];
  for (const [name, password, confirm, expected] of rows) {
    it(name, () => expect(checkNewPassword(password, confirm)).to.deep.equal(expected));
  }

  it('asks for at least eight characters', () => expect(MIN_PASSWORD_LENGTH).to.equal(8));
});
