import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../components/procurement-guide/define.js';

/** The arguments the stories pass on to `<mv-procurement-guide>`. */
interface GuideArgs {
  lang: string;
  overrides: string;
}

const meta: Meta<GuideArgs> = {
  title: 'Elementer/mv-procurement-guide',
  component: 'mv-procurement-guide',
  args: { lang: 'nb', overrides: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] } },
  render: (args) => html`
    <div style="max-inline-size: 52rem">
      <mv-procurement-guide lang=${args.lang} overrides=${args.overrides}></mv-procurement-guide>
    </div>
  `,
};
export default meta;

type Story = StoryObj<GuideArgs>;

/** The guide as a kommune's "sell to us" page shows it, with the rules' own limits. */
export const SellToUs: Story = { name: 'Selge til kommunen' };

/** A kommune whose purchasing rules ask for a competition from NOK 100 000. */
export const KommuneOwnLimit: Story = {
  name: 'Kommunens egen grense',
  args: { overrides: JSON.stringify([{ rule: 'lower-limit', value: 100_000, source: 'Innkjøpsreglement 2026' }]) },
};

/** In English. */
export const English: Story = { name: 'English', args: { lang: 'en' } };
