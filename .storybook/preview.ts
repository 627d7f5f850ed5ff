import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import manifest from '../custom-elements.json';

// Controls and argument tables come from the generated manifest, so the stories always
// show the elements' documented attributes, properties, events and CSS parts.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // Every element's stories get a generated docs page.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
