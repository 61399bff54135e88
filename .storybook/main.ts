import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const sources = decodeURIComponent(new URL('../src/', import.meta.url).pathname);

/**
 * package.json's `sideEffects` describes the published files (dist/, themes/) only, so Vite would
 * take every module of src/ for side-effect free and drop imports such as `import '../src/index.js'`,
 * whose whole point is to register the elements. Storybook bundles the sources: keep them.
 */
const sourcesHaveSideEffects: Plugin = {
  name: 'agent-login:sources-have-side-effects',
  transform(code, id) {
    return id.startsWith(sources) ? { code, map: null, moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: no telemetry, no "what's new" look-ups.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), sourcesHaveSideEffects] }),
};
export default config;
