import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../components/framework-editor/define.js';
import { blankFramework } from '../src/framework/blank-framework.js';
import { sdgTemplate } from '../src/framework/sdg-template.js';
import type { Framework } from '../src/framework/types.js';

/**
 * `<mv-framework-editor>`: a kommune builds its own framework. Storage is off in the
 * catalogue, so one story's work does not appear in the next.
 */
const meta: Meta = {
  title: 'Elementer/mv-framework-editor',
  component: 'mv-framework-editor',
  argTypes: {
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
  },
  args: { lang: 'nb' },
};
export default meta;

type Story = StoryObj<{ lang: string; framework?: Framework }>;

export const Standardrammeverket: Story = {
  name: 'Fra standardrammeverket',
  render: ({ lang }) => html`<mv-framework-editor storage="none" lang=${lang}></mv-framework-editor>`,
};

export const Baerekraftsmaal: Story = {
  name: 'Fra bærekraftsmålene 3, 8 og 10',
  render: ({ lang }) =>
    html`<mv-framework-editor storage="none" lang=${lang} .framework=${sdgTemplate([3, 8, 10])}></mv-framework-editor>`,
};

export const Tomt: Story = {
  name: 'Tomt rammeverk (med problemer)',
  render: ({ lang }) =>
    html`<mv-framework-editor storage="none" lang=${lang} .framework=${blankFramework()}></mv-framework-editor>`,
};

export const Nynorsk: Story = {
  name: 'På nynorsk',
  args: { lang: 'nn' },
  render: ({ lang }) => html`<mv-framework-editor storage="none" lang=${lang}></mv-framework-editor>`,
};
