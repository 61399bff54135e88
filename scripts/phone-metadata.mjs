// Splits libphonenumber-js's `max` metadata into what an agent needs (issue #10): a skeleton (the
// calling codes and their regions, enough to list every country) and nine groups, one per first
// digit of the calling code, each holding every region and non-geographic entity of its calling
// codes. `<interaction-preferences>` loads the skeleton with the phone rules and a group only when a
// number needs it, so a dial-number agent downloads about 6 KiB of metadata instead of 34 KiB while
// keeping `max` accuracy (issue #3). Google's Java libphonenumber loads its metadata per region too.
//
// `npm run generate:phone-metadata` rewrites src/core/phone/metadata/*.json from the installed
// libphonenumber-js; test/core/phone-metadata.test.ts fails when the committed files differ from
// what this produces, so upgrading libphonenumber-js cannot silently leave stale metadata behind.
// The split itself is a pure function so the browser test can run it too.

/** The groups: the first digit of a calling code. */
export const GROUPS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * The files to write, in order: `skeleton.json`, then `metadata-1.json` … `metadata-9.json`, as exact file text.
 * @param {{ version: number, country_calling_codes: Record<string, string[]>, countries: Record<string, unknown>, nonGeographic?: Record<string, unknown> }} full
 * @returns {{ name: string, text: string }[]}
 */
export function phoneMetadataFiles(full) {
  const codes = full.country_calling_codes;
  const skeleton = { version: full.version, country_calling_codes: codes };
  const placed = new Set();
  const files = [{ name: 'skeleton.json', text: `${JSON.stringify(skeleton)}\n` }];
  for (const digit of GROUPS) {
    /** @type {Record<string, unknown>} */
    const countries = {};
    /** @type {Record<string, unknown>} */
    const nonGeographic = {};
    for (const [code, regions] of Object.entries(codes)) {
      if (code[0] !== digit) continue;
      for (const region of regions) {
        if (!full.countries[region]) throw new Error(`+${code} lists ${region}, which has no entry`);
        countries[region] = full.countries[region];
        placed.add(region);
      }
    }
    // Non-geographic calling codes (+800, +882, …) are not in country_calling_codes: only here.
    for (const [code, entry] of Object.entries(full.nonGeographic ?? {})) {
      if (code[0] !== digit) continue;
      nonGeographic[code] = entry;
      placed.add(`+${code}`);
    }
    files.push({ name: `metadata-${digit}.json`, text: `${JSON.stringify({ countries, nonGeographic })}\n` });
  }
  const lost = [...Object.keys(full.countries), ...Object.keys(full.nonGeographic ?? {}).map((c) => `+${c}`)].filter((r) => !placed.has(r));
  if (lost.length) throw new Error(`Regions without a calling code: ${lost.join(', ')}`);
  return files;
}

const isMain = typeof process !== 'undefined' && process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href;

if (isMain) {
  const { readFileSync, writeFileSync, mkdirSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const full = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'));
  const dir = new URL('../src/core/phone/metadata/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const { name, text } of phoneMetadataFiles(full)) writeFileSync(new URL(name, dir), text);
  console.log(`phone metadata: libphonenumber-js max metadata v${full.version} split into src/core/phone/metadata/`);
}
