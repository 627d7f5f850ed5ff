import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../components/workspace/define.js';

/** The arguments the stories pass on to `<mv-workspace>`. */
interface WorkspaceArgs {
  lang: string;
  databaseName: string;
}

const meta: Meta<WorkspaceArgs> = {
  title: 'Elementer/mv-workspace',
  component: 'mv-workspace',
  args: { lang: 'nb', databaseName: 'merverdi-storybook' },
  argTypes: { lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] } },
  // The library is opened when the element connects, so a new database name needs a new element.
  render: (args) => html`
    <div style="max-inline-size: 76rem">
      <mv-workspace lang=${args.lang} database-name=${args.databaseName}></mv-workspace>
    </div>
  `,
};
export default meta;

type Story = StoryObj<WorkspaceArgs>;

/**
 * The official's workspace on the built-in framework, with a library kept in this browser's
 * IndexedDB under its own database name (it survives reloads of the catalogue).
 */
export const Workspace: Story = { name: 'Arbeidsflate' };

/** The same in nynorsk, with a library of its own. */
export const Nynorsk: Story = { name: 'Nynorsk', args: { lang: 'nn', databaseName: 'merverdi-storybook-nn' } };
