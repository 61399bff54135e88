// Config for `cem analyze` (@custom-elements-manifest/analyzer): writes ./custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
