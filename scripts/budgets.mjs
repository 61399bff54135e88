// Byte budgets of the ./bundle build (issue #10), measured in bytes, never in time.
// The email step needs the entry and every chunk it imports statically (recursively); lazy chunks
// (preferences elements, phone metadata, locales, adapters) are not needed to show it.
// Prints each budget and exits 1 when one is exceeded. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const KiB = 1024;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

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

const files = staticClosure('dist/bundle/agent-login.js');
const emailStep = files.reduce((sum, f) => sum + brotli(readFileSync(f)), 0);
const budgets = [{ name: 'email step (./bundle entry + its static chunks)', bytes: emailStep, limit: 30 * KiB }];

let failed = 0;
for (const b of budgets) {
  const ok = b.bytes <= b.limit;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${b.name}: ${(b.bytes / KiB).toFixed(1)} KiB brotli (budget ${(b.limit / KiB).toFixed(0)} KiB; ${files.length} files)`);
}
process.exit(failed ? 1 : 0);
