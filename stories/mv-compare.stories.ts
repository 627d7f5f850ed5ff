import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../components/compare/define.js';
import type { Assessment } from '../src/assessment/types.js';
import type { Framework } from '../src/framework/types.js';
import { assess, compareFramework } from '../test/fixtures/compare-assessments.js';

/** The arguments the stories pass on to `<mv-compare>`. */
interface CompareArgs {
  lang: string;
  framework: Framework;
  assessments: Assessment[];
}

/** Three offers: two share first place, one has no innovation score, none is unassessed. */
const workTraining = assess('Arbeidstrening', { 'goal-named': 4, 'goal-lasting': 4, 'users-design': 2, 'users-delivery': 2 });
const meetingPlace = assess('Møteplass for eldre', { 'goal-named': 2, 'goal-lasting': 2, 'users-design': 4, 'users-delivery': 4 });
const mentoring = assess('Mentorordning', { 'goal-named': 1, 'goal-lasting': 0, 'new-here': 4, 'unmet-need': 3 });
const unassessed = assess('Ikke påbegynt', {});

const meta: Meta<CompareArgs> = {
  title: 'Elementer/mv-compare',
  component: 'mv-compare',
  args: { lang: 'nb', framework: compareFramework, assessments: [] },
  argTypes: { lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] } },
  render: (args) => html`
    <div style="max-inline-size: 60rem">
      <mv-compare lang=${args.lang} .framework=${args.framework} .assessments=${args.assessments}></mv-compare>
    </div>
  `,
};
export default meta;

type Story = StoryObj<CompareArgs>;

/** Several offers on one radar, ranked, with shared places and an unassessed offer last. */
export const SeveralOffers: Story = {
  name: 'Flere tilbud',
  args: { assessments: [workTraining, meetingPlace, mentoring, unassessed] },
};

/** The same in nynorsk. */
export const Nynorsk: Story = {
  name: 'Nynorsk',
  args: { lang: 'nn', assessments: [workTraining, meetingPlace, mentoring] },
};

/** An assessment of another framework and one of an older revision: flagged, shared areas only. */
export const OtherFrameworkAndRevision: Story = {
  name: 'Annet rammeverk og eldre utgave',
  args: {
    assessments: [
      workTraining,
      assess('Fra nabokommunen', { 'goal-named': 3 }, { frameworkRef: { id: 'nabokommune' } }),
      assess(
        'Vurdert med fjorårets utgave',
        { 'goal-named': 2, 'users-design': 3 },
        { framework: { ...compareFramework, revision: '2025-01', dimensions: compareFramework.dimensions.slice(0, 2) } },
      ),
    ],
  },
};

/** Ten offers: the chart draws the first eight and says so; the table lists all ten. */
export const MoreThanEight: Story = {
  name: 'Mer enn åtte tilbud',
  args: {
    assessments: Array.from({ length: 10 }, (_, index) =>
      assess(`Tilbud ${index + 1}`, { 'goal-named': index % 5, 'users-design': (index + 2) % 5, 'new-here': (index + 4) % 5 }),
    ),
  },
};

/** The entrepreneur's self-assessment and the official's of the same offer, matched by organisation number. */
export const SelfVersusOfficial: Story = {
  name: 'Egenvurdering mot saksbehandler',
  args: {
    assessments: [
      assess('Lunsjtreff', { 'goal-named': 4, 'goal-lasting': 3, 'users-design': 4, 'new-here': 'na' }, { mode: 'self', orgNumber: '974760673' }),
      assess('Lunsjtreff', { 'goal-named': 1, 'goal-lasting': 3, 'users-design': 2, 'new-here': 2 }, { orgNumber: '974760673' }),
    ],
  },
};

/** One offer assessed at the start and after a pilot. */
export const OverTime: Story = {
  name: 'Før og etter pilot',
  args: {
    assessments: [
      assess('Pilot', { 'goal-named': 1, 'goal-lasting': 1, 'users-design': 2 }, { createdAt: '2026-01-15T10:00:00Z' }),
      assess('Pilot', { 'goal-named': 4, 'goal-lasting': 3, 'users-design': 3, 'new-here': 2 }, { createdAt: '2026-09-15T10:00:00Z' }),
    ],
  },
};

/**
 * An offer that bought its score ("not applicable" on everything but one top answer) ranks
 * after the offers with enough basis, and the ranking says why.
 */
export const InsufficientBasis: Story = {
  name: 'For lite grunnlag',
  args: {
    assessments: [
      (() => {
        const bought = assess('Kjøpt poengsum', { 'goal-named': 4 });
        const answers: Assessment['answers'] = { ...bought.answers };
        for (const id of ['goal-lasting', 'users-design', 'users-delivery', 'new-here', 'unmet-need']) {
          answers[id] = { notApplicable: true, reason: 'Gjelder ikke oss.' };
        }
        return { ...bought, answers };
      })(),
      workTraining,
      meetingPlace,
    ],
  },
};
