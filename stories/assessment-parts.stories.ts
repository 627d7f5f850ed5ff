import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../components/assessment/define.js';
import { createAssessment } from '../src/assessment/create-assessment.js';
import type { Assessment } from '../src/assessment/types.js';
import { withAnswer, withOffer } from '../src/assessment/update.js';
import { defaultFramework } from '../src/framework/default-framework.js';

/**
 * The parts of `<mv-assessment>` laid out by the page itself: whatever parts a page puts
 * inside the element find its assessment through the context it provides, and the element
 * then draws no layout of its own. Drafts are off (`storage="none"`) in the catalogue.
 */

interface PartsArgs {
  lang: string;
  assessment?: Assessment;
}

/** The default framework with every other criterion of the first two areas answered. */
function halfwayThrough(): Assessment {
  let assessment = createAssessment(defaultFramework, { lang: 'nb' });
  assessment = withOffer(defaultFramework, assessment, { title: 'Arbeidstrening i kafé', organisation: 'Kaffe og Kompetanse SA' });
  const firstAreas = defaultFramework.dimensions.slice(0, 2).flatMap((dimension) => dimension.criteria);
  firstAreas.forEach((criterion, index) => {
    if (index % 2 === 0) assessment = withAnswer(defaultFramework, assessment, criterion.id, { value: (index % 4) + 1 });
  });
  return assessment;
}

const meta: Meta<PartsArgs> = {
  title: 'Elementer/mv-assessment/Deler',
  argTypes: { lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] } },
  args: { lang: 'nb' },
};
export default meta;

type Story = StoryObj<PartsArgs>;

/** The form in a main column; progress, radar and summary in a side column; actions below. */
export const ToSpalter: Story = {
  name: 'To spalter',
  args: { assessment: halfwayThrough() },
  render: (args) => html`
    <mv-assessment storage="none" lang=${args.lang} .assessment=${args.assessment}>
      <div style="display: grid; gap: 2rem; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr)">
        <mv-assessment-form></mv-assessment-form>
        <div style="display: grid; gap: 1rem; align-content: start">
          <mv-assessment-progress></mv-assessment-progress>
          <mv-radar></mv-radar>
          <mv-assessment-summary></mv-assessment-summary>
        </div>
      </div>
      <mv-assessment-actions></mv-assessment-actions>
    </mv-assessment>
  `,
};

/** A landing page that shows only the radar above the form, and no summary or actions. */
export const RadarOverSkjema: Story = {
  name: 'Radar over skjemaet',
  args: { assessment: halfwayThrough() },
  render: (args) => html`
    <mv-assessment storage="none" lang=${args.lang} .assessment=${args.assessment}>
      <mv-radar show-target></mv-radar>
      <mv-assessment-form></mv-assessment-form>
    </mv-assessment>
  `,
};

/** The progress bar with its radar button, as on a phone, above the form. */
export const FremdriftOgSkjema: Story = {
  name: 'Fremdrift og skjema',
  render: (args) => html`
    <mv-assessment storage="none" lang=${args.lang} .assessment=${args.assessment}>
      <mv-assessment-progress radar-toggle></mv-assessment-progress>
      <mv-assessment-form></mv-assessment-form>
    </mv-assessment>
  `,
};
