import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../components/radar/define.js';
import type { RadarSeriesInput } from '../components/radar/mv-radar.js';
import type { Assessment } from '../src/assessment/types.js';
import type { Framework } from '../src/framework/types.js';
import { smallAssessment, smallFramework, smallFrameworkWithoutTargets } from '../test/fixtures/small-framework.js';

/** The arguments the stories pass on to `<mv-radar>`. */
interface RadarArgs {
  lang: string;
  caption: string;
  showTarget: boolean;
  framework?: Framework;
  assessments: Assessment[];
  labels?: string[];
  axes: string[];
  series: RadarSeriesInput[];
}

/** An entrepreneur's own view of a work-training offer. */
const selfAssessment = smallAssessment(
  {
    'goals-named': { value: 3 },
    'goals-lasting': { value: 2 },
    'part-design': { value: 4 },
    'part-delivery': { value: 3 },
    'feas-owner': { value: 1 },
  },
  { offer: { title: 'Arbeidstrening i parken' } },
);

/** The case officer's more cautious view of the same offer; feasibility left open. */
const officialAssessment = smallAssessment(
  {
    'goals-named': { value: 2 },
    'goals-lasting': { value: 1 },
    'part-design': { value: 3 },
    'part-delivery': { value: 2 },
  },
  { mode: 'official', offer: { title: 'Arbeidstrening i parken' } },
);

const meta: Meta<RadarArgs> = {
  title: 'Elementer/mv-radar',
  component: 'mv-radar',
  args: { lang: 'nb', caption: '', showTarget: true, assessments: [], axes: [], series: [] },
  render: (args) => html`
    <div style="max-inline-size: 36rem">
      <mv-radar
        lang=${args.lang}
        caption=${args.caption}
        .showTarget=${args.showTarget}
        .framework=${args.framework}
        .assessments=${args.assessments}
        .labels=${args.labels}
        .axes=${args.axes}
        .series=${args.series}
      ></mv-radar>
    </div>
  `,
};
export default meta;

type Story = StoryObj<RadarArgs>;

/** One self-assessment on a framework without targets: no legend, the overall score below. */
export const OneAssessment: Story = {
  name: 'Én vurdering',
  args: { framework: smallFrameworkWithoutTargets, assessments: [selfAssessment] },
};

/** The entrepreneur's and the case officer's view with the kommune's target ring. */
export const SeveralWithTarget: Story = {
  name: 'Flere vurderinger med målnivå',
  args: { framework: smallFramework, assessments: [selfAssessment, officialAssessment] },
};

/** Plain labelled series, e.g. start versus now, with a gap where a value is missing. */
export const PlainSeries: Story = {
  name: 'Enkle dataserier',
  args: {
    caption: 'Start mot nå',
    axes: ['Mål', 'Medvirkning', 'Mangfold', 'Merverdi', 'Innovasjon'],
    series: [
      { label: 'Start', values: [20, 35, null, 40, 55] },
      { label: 'Nå', values: [55, 70, 45, 62.5, 60] },
    ],
  },
};

/** The same comparison in nynorsk. */
export const Nynorsk: Story = {
  name: 'Nynorsk',
  args: { lang: 'nn', framework: smallFramework, assessments: [selfAssessment, officialAssessment] },
};

/** The same comparison in English. */
export const English: Story = {
  name: 'English',
  args: { lang: 'en', framework: smallFramework, assessments: [selfAssessment, officialAssessment] },
};

/**
 * Every criterion of one area marked "not applicable" (with reasons): the area is described as
 * not applicable on the chart and in the table, never drawn as 0; each score shows its basis.
 */
export const WhollyNotApplicable: Story = {
  name: 'Område som ikke er relevant',
  args: {
    framework: smallFrameworkWithoutTargets,
    assessments: [
      smallAssessment(
        {
          'goals-named': { notApplicable: true, reason: 'Tilbudet er ikke knyttet til kommuneplanen ennå.' },
          'goals-lasting': { notApplicable: true, reason: 'For tidlig å si.' },
          'part-design': { value: 3 },
          'part-delivery': { value: 2 },
          'feas-owner': { value: 1 },
        },
        { offer: { title: 'Arbeidstrening i parken' } },
      ),
    ],
  },
};
