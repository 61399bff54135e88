// Config for `cem analyze` (@custom-elements-manifest/analyzer): writes ./custom-elements.json.

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

export default {
  globs: ['src/**/*.ts'],
  // The framework wrappers and host types (./react, ./jsx, ./vue) declare no element of their own.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/i18n/**', 'src/react.ts', 'src/jsx.ts', 'src/vue.ts', 'src/hosts/**'],
  outdir: '.',
  litelement: true,
  // package.json already names custom-elements.json; the analyzer must not rewrite it (an --outdir run would).
  packagejson: false,
  plugins: [keepDocumentedEvents()],
};
