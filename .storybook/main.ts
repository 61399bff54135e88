import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline machines: no telemetry, no "what's new" look-ups.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
