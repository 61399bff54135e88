// Byte budgets of the ./bundle build (issue #10), measured in bytes, never in time.
// The email step needs the entry and every chunk it imports statically (recursively); lazy chunks
// (preferences elements, phone metadata, locales, adapters) are not needed to show it.
// All in: everything a dial-number agent can download in one page, counted conservatively: every
// chunk the entry can reach (statically or through import()) but the adapters, except that of the
// alternatives only the largest counts: one locale (an agent reads one language) and one phone
// metadata group (the agent's own calling codes; each further one dialled adds its group, ≤ 2.5 KiB).
// Prints each budget and exits 1 when one is exceeded. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const KiB = 1024;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The file and every chunk it imports statically. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) visit(normalize(join(dirname(file), spec)));
  };
  visit(entry);
  return [...seen];
}

/** Every chunk the file can reach, through static imports and import(). */
function reachable(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const re of [STATIC_IMPORT, DYNAMIC_IMPORT]) for (const [, spec] of code.matchAll(re)) visit(normalize(join(dirname(file), spec)));
  };
  visit(entry);
  return [...seen];
}

/** A locale's chunk: its source map names only modules of one i18n/<language>/ folder (tsc's build/ output). */
function isLocale(file) {
  if (!existsSync(`${file}.map`)) return false;
  const { sources = [] } = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  return sources.length > 0 && sources.every((s) => /(^|\/)(?:build|src)\/i18n\/[\w-]+\/[\w-]+\.[jt]s$/.test(s));
}

/** A phone metadata group (src/core/phone/metadata/metadata-NN.json). */
const isMetadataGroup = (file) => /^metadata-\d+-/.test(basename(file));

const ENTRY = 'dist/bundle/agent-login.js';
const size = new Map();
const bytesOf = (file) => {
  if (!size.has(file)) size.set(file, brotli(readFileSync(file)));
  return size.get(file);
};
const sum = (list) => list.reduce((total, f) => total + bytesOf(f), 0);
const largest = (list) => list.reduce((max, f) => (max === undefined || bytesOf(f) > bytesOf(max) ? f : max), undefined);

const files = staticClosure(ENTRY);
const all = reachable(ENTRY);
const locales = all.filter(isLocale);
const groups = all.filter(isMetadataGroup);
if (!locales.length || !groups.length) throw new Error(`Found ${locales.length} locale chunks and ${groups.length} metadata groups: has the build changed?`);
const locale = largest(locales);
const group = largest(groups);
// The adapters are entries of their own (./bundle/demo, /http, /webex): a deployment brings one, not ours.
const adapter = (f) => dirname(f) === dirname(ENTRY) && f !== ENTRY;
const allIn = [...all.filter((f) => !locales.includes(f) && !groups.includes(f) && !adapter(f)), ...staticClosure(locale), group].filter(
  (f, i, list) => list.indexOf(f) === i,
);

const budgets = [
  { name: 'email step (./bundle entry + its static chunks)', bytes: sum(files), limit: 30 * KiB, files: files.length },
  {
    name: `all in (email step + preferences, team picker, phone rules and calling codes, largest metadata group ${basename(group)}, largest locale ${basename(locale)})`,
    bytes: sum(allIn),
    limit: 75 * KiB,
    files: allIn.length,
  },
];


let failed = 0;
for (const b of budgets) {
  const ok = b.bytes <= b.limit;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${b.name}: ${(b.bytes / KiB).toFixed(1)} KiB brotli (budget ${(b.limit / KiB).toFixed(0)} KiB; ${b.files} files)`);
}
process.exit(failed ? 1 : 0);
