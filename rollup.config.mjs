// @ts-check
// Bundles the JS that `tsc -p tsconfig.build.json` emitted into build/ (tsc owns type-checking
// and declarations; rollup only resolves, splits and minifies).
//
// Two outputs:
// - dist/index.js: the npm library entry ("."): runtime dependencies stay external for the host's bundler.
// - dist/bundle/agent-login.js ("./bundle"): everything bundled, no bare imports, for a single
//   <script type="module">. Dynamic imports (phone metadata, locales) become chunks in dist/bundle/chunks/.
// JSON that tsc copied into build/ (the phone metadata split by scripts/phone-metadata.mjs) becomes
// JS modules through @rollup/plugin-json: `preferConst` and no named exports keep each a single literal.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const deps = /^(lit|lit-html|lit-element|@lit\/.+|@lit-labs\/.+|zod|libphonenumber-js)(\/.*)?$/;

/** @type {import('rollup').WarningHandlerWithDefault} */
const onwarn = (warning, warn) => {
  // tsc's __decorate helper and zod's comments trip these two harmless warnings.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'INVALID_ANNOTATION') return;
  warn(warning);
};

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: { index: 'build/index.js', demo: 'build/demo.js', webex: 'build/webex.js', http: 'build/http.js' },
    external: (id) => deps.test(id),
    onwarn,
    plugins: [json({ preferConst: true, namedExports: false })],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    input: { 'agent-login': 'build/bundle.js', demo: 'build/demo.js', webex: 'build/webex.js', http: 'build/http.js' },
    // Let the entry hold the shared code itself: no extra round trip before the elements load.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      json({ preferConst: true, namedExports: false }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
    output: {
      dir: 'dist/bundle',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
];
