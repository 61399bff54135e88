// Config for `cem analyze` (@custom-elements-manifest/analyzer): writes ./custom-elements.json.
import { readFileSync } from 'node:fs';

/**
 * The analyzer also records every `dispatchEvent(new SomeEvent(...))` as an event without a name
 * (our events are classes); the documented `@fires` entries are the real ones, so drop the rest.
 */
function keepDocumentedEvents() {
  return {
    name: 'keep-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name && e.name.startsWith('agent-'));
        }
      }
    },
  };
}

/**
 * Every element styles itself with the shared design tokens (src/elements/shared/tokens.styles.ts),
 * documented once with `@cssprop` on <agent-login>. Copy those entries to the other elements, so each
 * one's docs (Storybook's table, IDE hints) list what themes it, standalone too.
 */
function shareDesignTokens() {
  const shared = new Set(readFileSync('src/elements/shared/tokens.styles.ts', 'utf8').match(/--agent-login-[\w-]+/g) ?? []);
  return {
    name: 'share-design-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const elements = (customElementsManifest.modules ?? []).flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
      const tokens = (elements.find((d) => d.tagName === 'agent-login')?.cssProperties ?? []).filter((p) => shared.has(p.name));
      if (tokens.length !== shared.size) {
        const missing = [...shared].filter((name) => !tokens.some((p) => p.name === name));
        throw new Error(`Shared tokens without an @cssprop on <agent-login>: ${missing.join(', ')}`);
      }
      for (const el of elements) {
        if (el.tagName === 'agent-login') continue;
        const own = new Set((el.cssProperties ?? []).map((p) => p.name));
        el.cssProperties = [...(el.cssProperties ?? []), ...tokens.filter((p) => !own.has(p.name)).map((p) => ({ ...p }))];
      }
    },
  };
}

/** Modules in path order: the analyzer's own order changes from run to run, and so would every diff. */
function sortModules() {
  return {
    name: 'sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The framework wrappers and host types (./react, ./jsx, ./vue) declare no element of their own.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/i18n/**', 'src/react.ts', 'src/jsx.ts', 'src/vue.ts', 'src/hosts/**'],
  // CEM_OUTDIR (relative): test/node/manifest.test.mjs writes a fresh manifest elsewhere to compare with this one.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // package.json already names custom-elements.json; the analyzer must not rewrite it (an --outdir run would).
  packagejson: false,
  plugins: [keepDocumentedEvents(), shareDesignTokens(), sortModules()],
};
