// @ts-check
// Bundles the JS that `tsc -p tsconfig.build.json` emitted into build/ (tsc owns type-checking
// and declarations; rollup only resolves, splits and minifies).
//
// Two outputs:
// - dist/index.js: the npm library entry ("."): runtime dependencies stay external for the host's bundler.
//   Same build: dist/react.js ("./react", the @lit/react wrappers; react and @lit/react stay external, react
//   being the host's own copy). `./jsx` and `./vue` are types only (dist/types/{jsx,vue}.d.ts), no JS.
// - dist/bundle/agent-login.js ("./bundle"): everything bundled, no bare imports, for a single
//   <script type="module">. Dynamic imports (phone metadata, locales) become chunks in dist/bundle/chunks/.
// JSON that the sources import (the demo seed, src/adapters/demo-seed.json; the phone metadata split by
// scripts/phone-metadata.mjs) becomes JS modules through @rollup/plugin-json: `preferConst` and no
// named exports keep each a single literal.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const deps = /^(lit|lit-html|lit-element|@lit\/.+|@lit-labs\/.+|zod|libphonenumber-js|react|react-dom)(\/.*)?$/;

const buildDir = resolve('build') + '/';

/**
 * Hands rollup the source map tsc wrote next to each build/ file (with the TypeScript inlined,
 * `inlineSources`), so the published maps lead a debugger back to src/*.ts, not to tsc's output.
 * @returns {import('rollup').Plugin}
 */
const tscSourceMaps = () => ({
  name: 'tsc-source-maps',
  async load(id) {
    if (!id.startsWith(buildDir)) return null;
    const code = await readFile(id, 'utf8');
    const map = await readFile(`${id}.map`, 'utf8').catch(() => null);
    return map ? { code, map: JSON.parse(map) } : code;
  },
});

/** @type {import('rollup').WarningHandlerWithDefault} */
const onwarn = (warning, warn) => {
  // tsc's __decorate helper and zod's comments trip these two harmless warnings.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'INVALID_ANNOTATION') return;
  warn(warning);
};

// Lit's `html`, `svg` and `css` literals are most of our bytes that terser cannot shrink: the Lit team's
// plugin minifies them (html-minifier-next, lightningcss), about 1.2 KiB brotli off the email step and
// 1.6 KiB off everything (issue #10). Conservative on purpose: keep the `/>` that SVG needs, collapse
// runs of whitespace to one space (never remove it: it separates words), keep empty attributes
// (`alt=""`) and entities. A build error, never a silently unminified template.
const templateMinify = {
  failOnError: true,
  options: {
    minifyOptions: { keepClosingSlash: true, conservativeCollapse: true, removeEmptyAttributes: false, decodeEntities: false },
  },
};

// The 69 phone metadata groups share one content hash, of all of them together: the phone chunk names
// each in an import(), and 69 different hashes are ~0.4 KiB of incompressible text in it (issue #10),
// while one repeated hash compresses to almost nothing. Any change to any group still renames them all.
const METADATA_DIR = 'src/core/phone/metadata';
const metadataHash = createHash('sha256')
  .update(
    readdirSync(METADATA_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => `${f}\n${readFileSync(`${METADATA_DIR}/${f}`, 'utf8')}`)
      .join('\n'),
  )
  .digest('base64url')
  .slice(0, 8);
/** @param {import('rollup').PreRenderedChunk} chunk */
const chunkFileNames = (chunk) => (/^metadata-\d+$/.test(chunk.name) ? `chunks/[name]-${metadataHash}.js` : 'chunks/[name]-[hash].js');

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: { index: 'build/index.js', demo: 'build/demo.js', webex: 'build/webex.js', http: 'build/http.js', react: 'build/react.js' },
    external: (id) => deps.test(id),
    onwarn,
    plugins: [json({ preferConst: true, namedExports: false }), tscSourceMaps(), minifyTemplates(templateMinify)],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      sourcemap: true,
    },
  },
  {
    input: { 'agent-login': 'build/bundle.js', demo: 'build/demo.js', webex: 'build/webex.js', http: 'build/http.js' },
    // Let the entry hold the shared code itself: no extra round trip before the elements load.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    plugins: [
      tscSourceMaps(),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      json({ preferConst: true, namedExports: false }),
      minifyTemplates(templateMinify),
      // Two compress passes: 0.2 KiB brotli off everything (issue #10), safe transforms only.
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: {
      dir: 'dist/bundle',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      sourcemap: true,
    },
  },
];
