import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook: every element in its states, with controls generated from custom-elements.json. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // A docs page per element, its tables (attributes, properties, events, slots, CSS parts and
  // custom properties) read from custom-elements.json.
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // The repository's own vite.config.ts is the CDN library build; Storybook needs a
      // plain application config instead.
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  core: {
    // Nothing leaves the machine; without this each build also waits on the network.
    disableTelemetry: true,
  },
};

export default config;
