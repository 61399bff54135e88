// The npm tarball as a consumer receives it (run after `npm run build`):
// 1. Contents: dist (JS, .d.ts, source maps), custom-elements.json, README.md, LICENSE and themes are
//    in; tests, sources, stories, examples and node_modules are out; every `exports` target exists.
// 2. `sideEffects`: every built library file that registers an element is listed (a bundler would
//    otherwise drop the registration), and nothing listed is missing from the tarball.
// 3. Types: the tarball is unpacked as node_modules/agent-login-elements (its dependencies linked
//    from this repository's node_modules) and a consumer importing every entry point is
//    type-checked under `moduleResolution: "bundler"` and `"node16"`.
// Prints one line per check and a closing "pack-check: N passed, N failed (…)"; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let passed = 0;
let failed = 0;
const report = (ok, name, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail && !ok ? `: ${detail}` : ''}`);
};
const npm = (args, cwd = root) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// ——— 1. Contents ———
const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json']));
const files = packed.files.map((f) => f.path);
const has = (re) => files.some((f) => re.test(f));
const required = [
  ['dist JavaScript', /^dist\/index\.js$/],
  ['the React wrappers', /^dist\/react\.js$/],
  ['the browser bundle', /^dist\/bundle\/agent-login\.js$/],
  ['type declarations', /^dist\/types\/index\.d\.ts$/],
  ['source maps', /^dist\/.*\.js\.map$/],
  ['custom-elements.json', /^custom-elements\.json$/],
  ['README.md', /^README\.md$/],
  ['LICENSE', /^LICENSE$/],
  ['themes', /^themes\/.+\.css$/],
];
for (const [name, re] of required) report(has(re), `tarball has ${name}`, `no file matches ${re}`);

const forbidden = files.filter((f) => /^(test|src|stories|examples|node_modules|build|storybook-static|coverage|\.ci|\.storybook|scripts|server)\//.test(f) || /\.(test|stories)\.[cm]?[jt]sx?$/.test(f));
report(forbidden.length === 0, 'tarball has no tests, sources, stories, examples or node_modules', forbidden.slice(0, 5).join(', '));
// Declaration maps point into src/, which is not published: an editor would "go to definition" into a missing file.
const declarationMaps = files.filter((f) => f.endsWith('.d.ts.map'));
report(declarationMaps.length === 0, 'tarball has no declaration maps (their src/ is not published)', declarationMaps.slice(0, 3).join(', '));
const maps = files.filter((f) => /^dist\/.*\.js\.map$/.test(f));
const mapsWithoutSources = maps.filter((f) => {
  const map = JSON.parse(readFileSync(join(root, f), 'utf8'));
  return map.sources.length > 0 && !(map.sourcesContent ?? []).every((c) => typeof c === 'string' && c.length > 0);
});
report(mapsWithoutSources.length === 0, `source maps carry their sources (${maps.length})`, mapsWithoutSources.slice(0, 3).join(', '));

const targets = [];
for (const [entry, value] of Object.entries(pkg.exports)) {
  const conditions = typeof value === 'string' ? { default: value } : value;
  for (const target of Object.values(conditions)) targets.push([entry, target.replace(/^\.\//, '')]);
}
const missing = targets.filter(([, t]) => (t.includes('*') ? !has(new RegExp(`^${t.replace(/[.]/g, '\\.').replace('*', '.+')}$`)) : !files.includes(t)));
report(missing.length === 0, `every exports target is in the tarball (${targets.length})`, missing.map(([e, t]) => `${e} → ${t}`).join(', '));

// ——— 2. sideEffects ———
// The subset of glob syntax that sideEffects uses: a double star and slash (any folders), a star (within a name).
const globToRegExp = (glob) => {
  const escape = (part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${glob.replace(/^\.\//, '').split('**/').map(escape).join('(?:.*/)?')}$`);
};
const sideEffects = pkg.sideEffects.map(globToRegExp);
const listed = (f) => sideEffects.some((re) => re.test(f));
// tsc's decorator call and the define helper are what register an element; the bundle is minified, so it is covered by its glob.
const registers = files.filter((f) => /^dist\/.*\.js$/.test(f) && !f.startsWith('dist/bundle/') && /customElement\(['"]|customElements\.define\(/.test(readFileSync(join(root, f), 'utf8')));
const unlisted = registers.filter((f) => !listed(f));
report(registers.length > 0 && unlisted.length === 0, `sideEffects lists every file that registers an element (${registers.length})`, unlisted.join(', ') || 'none found');
const bundleFiles = files.filter((f) => /^dist\/bundle\/.*\.js$/.test(f));
report(bundleFiles.every(listed), 'sideEffects lists the browser bundle', bundleFiles.filter((f) => !listed(f)).join(', '));
// The field speaks to the consumer's bundler about the files it receives: a pattern for a file that is
// not packed (src/, say) describes nothing. Storybook, which bundles src/, keeps its side effects itself.
const stale = pkg.sideEffects.filter((g) => !files.some((f) => globToRegExp(g).test(f)));
report(stale.length === 0, 'every sideEffects pattern matches a file in the tarball', stale.join(', '));
// dist/react.js is deliberately not listed: its own code is `/* @__PURE__ */ createComponent(…)` calls, so a
// host that imports one wrapper keeps the registration (in the listed chunks it imports) and drops the others.
const reactEntry = readFileSync(join(root, 'dist/react.js'), 'utf8');
const impureWrappers = (reactEntry.match(/createComponent\(/g) ?? []).length - (reactEntry.match(/\/\* @__PURE__ \*\/ createComponent\(/g) ?? []).length;
const reactChunks = [...reactEntry.matchAll(/from '\.\/(chunks\/[^']+)'/g)].map((m) => `dist/${m[1]}`);
report(
  !listed('dist/react.js') && impureWrappers === 0 && reactChunks.length > 0 && reactChunks.some(listed),
  'dist/react.js is side-effect free (pure wrappers) and imports the listed chunk that registers the elements',
  `${impureWrappers} unannotated createComponent call(s); chunks: ${reactChunks.join(', ')}`,
);
const typesOnly = Object.entries(pkg.exports).filter(([, v]) => typeof v === 'object' && Object.keys(v).join() === 'types');
report(typesOnly.every(([, v]) => !listed(v.types.replace(/^\.\//, ''))), `types-only entries (${typesOnly.map(([e]) => e).join(', ')}) have no side effects`);

// ——— 3. Types of every entry point, as a consumer resolves them ———
const dir = mkdtempSync(join(tmpdir(), 'pack-check-'));
try {
  const tarball = npm(['pack', '--json', '--pack-destination', dir]);
  const [{ filename }] = JSON.parse(tarball);
  const modules = join(dir, 'node_modules');
  const installed = join(modules, pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', installed, '--strip-components=1']);
  // The package's dependencies (and react/vue for its framework entries), from this repository.
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.bin' || name === pkg.name || name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  const entries = Object.keys(pkg.exports).filter((e) => !e.includes('*') && !e.endsWith('.json'));
  const lines = entries.map((e, i) => {
    const spec = e === '.' ? pkg.name : `${pkg.name}/${e.slice(2)}`;
    return typesOnly.some(([t]) => t === e) ? `import type {} from '${spec}';` : `import * as entry${i} from '${spec}';\nexport const use${i}: object = entry${i};`;
  });
  writeFileSync(
    join(dir, 'consumer.ts'),
    [
      ...lines,
      `import { createDemoService } from '${pkg.name}/demo';`,
      `import type { AgentLogin as AgentLoginComponent } from '${pkg.name}/react';`,
      `export const login: HTMLElementTagNameMap['agent-login']['step'] | undefined = document.querySelector('agent-login')?.step;`,
      `document.querySelector('agent-login')?.addEventListener('agent-signed-in', (e) => e.detail.displayName.toUpperCase());`,
      `export const service: import('${pkg.name}').AgentService = createDemoService();`,
      `export type Wrapper = typeof AgentLoginComponent;`,
      `type Jsx = import('react').JSX.IntrinsicElements['agent-login'];`,
      `export const jsx: Jsx = { demo: true, 'onagent-signed-in': (e) => e.detail.teamName };`,
      `type Vue = import('vue').GlobalComponents['team-picker'];`,
      `export const vue: Vue | undefined = undefined;`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const base = { target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] };
  for (const [module, moduleResolution] of [
    ['ESNext', 'bundler'],
    ['Node16', 'Node16'],
  ]) {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, module, moduleResolution }, files: ['consumer.ts'] }));
    let output = '';
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', dir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      output = String(e.stdout || e.message).trim().split('\n').slice(0, 6).join(' | ');
    }
    report(!output, `types resolve for all ${entries.length} entry points under moduleResolution "${moduleResolution.toLowerCase()}"`, output);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const kB = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`pack-check: ${passed} passed, ${failed} failed (${files.length} files, ${kB(packed.size)} packed, ${kB(packed.unpackedSize)} unpacked)`);
process.exit(failed ? 1 : 0);
