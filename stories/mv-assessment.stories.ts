import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../components/assessment/define.js';
import { createAssessment } from '../src/assessment/create-assessment.js';
import type { Answer, Assessment, Mode } from '../src/assessment/types.js';
import { withAnswer, withDecision, withOffer } from '../src/assessment/update.js';
import { defaultFramework } from '../src/framework/default-framework.js';
import type { Framework } from '../src/framework/types.js';
import { goalsFramework } from '../test/fixtures/goals-framework.js';

/**
 * `<mv-assessment>` in each of its states. Drafts are off (`storage="none"`) in the
 * catalogue, so one story's answers do not show up in the next.
 */

interface AssessmentArgs {
  lang: string;
  mode: Mode;
  framework?: unknown;
  assessment?: Assessment;
  reference?: Assessment[];
}

/** Every criterion of the default framework, in order. */
const criteria = defaultFramework.dimensions.flatMap((dimension) => dimension.criteria);

/** An assessment of the default framework with the first `count` criteria answered. */
function answered(count: number, mode: Mode = 'self', shift = 0): Assessment {
  let assessment = createAssessment(defaultFramework, { mode, lang: 'nb' });
  assessment = withOffer(defaultFramework, assessment, {
    title: 'Arbeidstrening i kafé',
    organisation: 'Kaffe og Kompetanse SA',
    orgNumber: '974760673',
  });
  criteria.slice(0, count).forEach((criterion, index) => {
    const answer: Answer =
      index % 9 === 8 && criterion.required !== true
        ? { notApplicable: true, reason: 'Tilbudet har ingen egne lokaler.' }
        : { value: (index + shift) % 5 };
    assessment = withAnswer(defaultFramework, assessment, criterion.id, answer);
  });
  return assessment;
}

const meta: Meta<AssessmentArgs> = {
  title: 'Elementer/mv-assessment',
  component: 'mv-assessment',
  argTypes: {
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
    mode: { control: 'inline-radio', options: ['self', 'official'] },
  },
  args: { lang: 'nb', mode: 'self' },
  render: (args) => html`
    <mv-assessment
      storage="none"
      lang=${args.lang}
      mode=${args.mode}
      .framework=${args.framework as Framework | undefined}
      .assessment=${args.assessment}
      .reference=${args.reference ?? []}
    ></mv-assessment>
  `,
};
export default meta;

type Story = StoryObj<AssessmentArgs>;

/** Nothing answered yet, on the built-in framework. */
export const Tom: Story = { name: 'Tom (bokmål)' };

/** The same, in nynorsk. */
export const TomNynorsk: Story = { name: 'Tom (nynorsk)', args: { lang: 'nn' } };

/** The same, in English. */
export const TomEngelsk: Story = { name: 'Tom (engelsk)', args: { lang: 'en' } };

/** About a third answered: progress, a partial radar and a first summary. */
export const Delvis: Story = { name: 'Delvis utfylt', args: { assessment: answered(10) } };

/** Every criterion answered or marked not applicable. */
export const Ferdig: Story = { name: 'Ferdig utfylt', args: { assessment: answered(criteria.length) } };

/** The same complete assessment in English. */
export const FerdigEngelsk: Story = {
  name: 'Ferdig utfylt (engelsk)',
  args: { lang: 'en', assessment: answered(criteria.length) },
};

/** A case officer scores the offer, with the entrepreneur's own assessment beside it. */
export const Saksbehandler: Story = {
  name: 'Saksbehandler med egenvurdering',
  args: {
    mode: 'official',
    assessment: answered(6, 'official', 3),
    reference: [answered(criteria.length)],
  },
};

/** The case officer's view in nynorsk. */
export const SaksbehandlerNynorsk: Story = {
  name: 'Saksbehandler (nynorsk)',
  args: { ...Saksbehandler.args, lang: 'nn' },
};

/** A framework with errors: every problem listed with its path, no form. */
export const UgyldigRammeverk: Story = {
  name: 'Feil: ugyldig rammeverk',
  args: {
    framework: {
      format: 'merverdi-framework',
      version: 1,
      id: 'Ugyldig Id',
      title: 'Ugyldig ramme',
      dimensions: [
        { id: 'a', title: 'A', criteria: [{ id: 'samme', title: 'Første' }] },
        { id: 'b', title: 'B', criteria: [{ id: 'samme', title: 'Andre' }] },
      ],
    },
  },
};

/** The same errors, explained in English. */
export const UgyldigRammeverkEngelsk: Story = {
  name: 'Feil: ugyldig rammeverk (engelsk)',
  args: { ...UgyldigRammeverk.args, lang: 'en' },
};

/** A framework file that does not exist: the message and a retry. */
export const FantIkkeRammeverk: Story = {
  name: 'Feil: fant ikke rammeverket',
  render: (args) => html`<mv-assessment
    storage="none"
    lang=${args.lang}
    framework-src="./finnes-ikke/rammeverk.json"
  ></mv-assessment>`,
};

/**
 * A framework with the kommune's own goals: each answer shows its explanation and evidence
 * links, "not applicable" its reason; the summary shows how far the offer serves each goal,
 * who owns it, and names the owner of the best-served goal as the one to contact.
 */
function withGoals(mode: Mode): Assessment {
  let assessment = createAssessment(goalsFramework, { mode, lang: 'nb' });
  assessment = withOffer(goalsFramework, assessment, { title: 'Arbeidskafé', organisation: 'Kaffe og Kompetanse SA' });
  const answers: [string, Answer][] = [
    [
      'inclusion-jobs',
      {
        value: 4,
        comment: 'Fire av ti deltakere fikk jobb i 2025. Tallene står i årsrapporten.',
        evidence: ['https://kafe.example/arsrapport-2025.pdf', 'https://kafe.example/resultater'],
      },
    ],
    ['inclusion-nav', { value: 3, comment: 'Fast samarbeidsavtale med NAV siden 2023.', evidence: ['https://kafe.example/avtale-nav.pdf'] }],
    ['part-design', { notApplicable: true, reason: 'Tilbudet ble utformet før de første deltakerne kom.' }],
    ['part-evaluation', { value: 1 }],
  ];
  for (const [id, answer] of answers) assessment = withAnswer(goalsFramework, assessment, id, answer);
  return assessment;
}

/** Goals, basis and evidence: an entrepreneur's assessment on a framework with two goals. */
export const MaalGrunnlagDokumentasjon: Story = {
  name: 'Mål, grunnlag og dokumentasjon',
  args: { framework: goalsFramework, assessment: withGoals('self') },
};

/** The case officer sees the entrepreneur's explanation, reason and links beside each criterion. */
export const SaksbehandlerMedDokumentasjon: Story = {
  name: 'Saksbehandler ser forklaring og lenker',
  args: { framework: goalsFramework, mode: 'official', reference: [withGoals('self')] },
};

/**
 * The case officer's decision record and reply letter, after the summary: a referral to the
 * owner of one of the kommune's goals, with reasons, impartiality not yet confirmed.
 */
export const SaksbehandlerKonklusjon: Story = {
  name: 'Saksbehandlers konklusjon og svarbrev',
  args: {
    framework: goalsFramework,
    mode: 'official',
    assessment: withDecision(goalsFramework, withGoals('official'), {
      caseNumber: '2026/4711',
      assessor: { name: 'Siri Saksbehandler', role: 'Rådgiver' },
      conclusion: 'refer',
      referTo: 'work',
      reasons: 'Tilbudet svarer godt på målet om flere i arbeid, og hører hjemme hos NAV.',
      decidedAt: '2026-11-30T10:00:00.000Z',
    }),
  },
};

/**
 * One top answer per area and "not applicable" on the rest: the score looks high, and the
 * radar's table and the summary say plainly that it rests on too little.
 */
export const ForLiteGrunnlag: Story = {
  name: 'For lite grunnlag',
  args: {
    assessment: defaultFramework.dimensions.reduce((assessment, dimension) => {
      return dimension.criteria.reduce((next, criterion, index) => {
        const answer: Answer =
          index === 0 || criterion.required === true
            ? { value: 4 }
            : { notApplicable: true, reason: 'Gjelder ikke for oss.' };
        return withAnswer(defaultFramework, next, criterion.id, answer);
      }, assessment);
    }, createAssessment(defaultFramework, { mode: 'self', lang: 'nb' })),
  },
};
