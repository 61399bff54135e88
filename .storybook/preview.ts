import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';

// Feeds autodocs (attributes, properties, events, slots, parts, CSS properties) from `npm run analyze`.
setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { controls: { expanded: true }, a11y: { test: 'error' } },
};
export default preview;
