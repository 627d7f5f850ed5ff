import { levelScale } from '../scales.js';
import type { Dimension } from '../types.js';

/**
 * Area 6: knowing and showing the effect. It grades how well the offer is set up to learn
 * whether it works; a credible plan reaches the upper levels, and data already gathered is
 * shown in the answers' explanations and links. The area replaces "Dokumentert effekt",
 * which graded documentation a second time, hence its new id.
 */
export const effectAndLearning: Dimension = {
  id: 'effekt-og-laering',
  title: { nb: 'Effekt og læring', nn: 'Effekt og læring', en: 'Effect and learning' },
  short: { nb: 'Effekt', nn: 'Effekt', en: 'Effect' },
  description: {
    nb: 'Hvordan tilbudet vet og viser om det virker: en endringsteori, hva som måles, hva resultatene sammenlignes med, og åpenhet for uavhengig evaluering. En god plan er nok for de øvre nivåene.',
    nn: 'Korleis tilbodet veit og viser om det verkar: ein endringsteori, kva som blir målt, kva resultata blir samanlikna med, og openheit for uavhengig evaluering. Ein god plan er nok for dei øvre nivåa.',
    en: 'How the offer knows and shows whether it works: a theory of change, what is measured, what the results are compared with, and openness to independent evaluation. A sound plan is enough for the upper levels.',
  },
  weight: 1,
  target: 50,
  contact: {
    unit: {
      nb: 'Analyse, forskning og utvikling',
      nn: 'Analyse, forsking og utvikling',
      en: 'Analysis, research and development',
    },
  },
  sdg: [17],
  criteria: [
    {
      id: 'endringsteori',
      title: {
        nb: 'Det finnes en skriftlig endringsteori',
        nn: 'Det finst ein skriftleg endringsteori',
        en: 'There is a written theory of change',
      },
      help: {
        nb: 'En endringsteori forklarer hvorfor tilbudet skal virke: en kjede fra aktiviteter via resultater på kort sikt til varige endringer, med antakelsene som må holde. En enkel figur eller en halv side er nok; har dere en, lenk til den.',
        nn: 'Ein endringsteori forklarer kvifor tilbodet skal verke: ei kjede frå aktivitetar via resultat på kort sikt til varige endringar, med føresetnadene som må halde. Ein enkel figur eller ei halv side er nok; har de ein, lenk til han.',
        en: 'A theory of change explains why the offer should work: a chain from activities through short-term outcomes to lasting change, with the assumptions that must hold. A simple diagram or half a page is enough; if you have one, link to it.',
      },
      assessorHelp: {
        nb: 'Se etter en kjede som henger sammen, antakelser som er sagt høyt, og om tilbyderen vet hvilke av dem som er mest usikre.',
        nn: 'Sjå etter ei kjede som heng saman, føresetnader som er sagde høgt, og om tilbydaren veit kva for nokre av dei som er mest usikre.',
        en: 'Look for a chain that holds together, assumptions stated openly, and whether the provider knows which of them are least certain.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke beskrevet', nn: 'Ikkje skildra', en: 'Not described' },
          description: {
            nb: 'Det står ikke hvordan tilbudet skal føre til endring.',
            nn: 'Det står ikkje korleis tilbodet skal føre til endring.',
            en: 'How the offer will bring about change is not described.',
          },
        },
        {
          label: { nb: 'Mål uten vei', nn: 'Mål utan veg', en: 'A goal, no path' },
          description: {
            nb: 'Målet er nevnt, men ikke veien fra aktivitet til resultat.',
            nn: 'Målet er nemnt, men ikkje vegen frå aktivitet til resultat.',
            en: 'The goal is mentioned, but not the path from activity to outcome.',
          },
        },
        {
          label: { nb: 'Skriftlig endringsteori', nn: 'Skriftleg endringsteori', en: 'Written theory of change' },
          description: {
            nb: 'Dere har skrevet ned en endringsteori: aktiviteter, resultater på kort og lang sikt, og antakelsene imellom.',
            nn: 'De har skrive ned ein endringsteori: aktivitetar, resultat på kort og lang sikt, og føresetnadene imellom.',
            en: 'You have written down a theory of change: activities, short- and long-term outcomes, and the assumptions in between.',
          },
        },
        {
          label: { nb: 'Bygger på kunnskap', nn: 'Byggjer på kunnskap', en: 'Built on knowledge' },
          description: {
            nb: 'Endringsteorien bygger på forskning eller erfaringer fra lignende tiltak, og dere oppgir kildene.',
            nn: 'Endringsteorien byggjer på forsking eller røynsler frå liknande tiltak, og de oppgir kjeldene.',
            en: 'The theory of change draws on research or experience from similar programmes, and you give the sources.',
          },
        },
        {
          label: { nb: 'Prøves og justeres', nn: 'Blir prøvd og justert', en: 'Tested and revised' },
          description: {
            nb: 'Dere har sagt hvilke antakelser som er mest usikre og hvordan dere prøver dem, og justerer endringsteorien etter det dere finner.',
            nn: 'De har sagt kva for føresetnader som er mest usikre og korleis de prøver dei, og justerer endringsteorien etter det de finn.',
            en: 'You have said which assumptions are least certain and how you test them, and you revise the theory of change by what you find.',
          },
        },
      ]),
    },
    {
      id: 'hva-som-males',
      title: {
        nb: 'Det er klart hva som måles, og hvordan',
        nn: 'Det er klårt kva som blir målt, og korleis',
        en: 'It is clear what is measured, and how',
      },
      help: {
        nb: 'Fortell hva dere måler, med hvilket verktøy, når (f.eks. ved start og slutt) og hvem som gjør det. Et spørreskjema som andre også bruker, gjør resultatene lettere å sammenligne. Har dere tall, lenk til dem.',
        nn: 'Fortel kva de måler, med kva verktøy, når (t.d. ved start og slutt) og kven som gjer det. Eit spørjeskjema som andre òg bruker, gjer resultata lettare å samanlikne. Har de tal, lenk til dei.',
        en: 'Say what you measure, with which tool, when (e.g. at the start and the end) and who does it. A questionnaire others also use makes the results easier to compare. If you have figures, link to them.',
      },
      assessorHelp: {
        nb: 'Se etter en måleplan som passer resultatene tilbudet sikter mot, og hvor mange som svarer. En plan holder for de øvre nivåene; tall som allerede finnes, vises i lenkene.',
        nn: 'Sjå etter ein måleplan som passar resultata tilbodet siktar mot, og kor mange som svarar. Ein plan held for dei øvre nivåa; tal som alt finst, blir viste i lenkjene.',
        en: 'Look for a measurement plan that fits the outcomes the offer aims at, and how many respond. A plan is enough for the upper levels; figures that already exist are shown in the links.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ingenting måles', nn: 'Ingenting blir målt', en: 'Nothing measured' },
          description: {
            nb: 'Dere måler ikke noe om deltakerne eller resultatene.',
            nn: 'De måler ikkje noko om deltakarane eller resultata.',
            en: 'You do not measure anything about participants or outcomes.',
          },
        },
        {
          label: { nb: 'Historier og inntrykk', nn: 'Historier og inntrykk', en: 'Stories and impressions' },
          description: {
            nb: 'Dere samler historier og tilbakemeldinger, men uten en fast metode.',
            nn: 'De samlar historier og tilbakemeldingar, men utan ein fast metode.',
            en: 'You gather stories and feedback, but without a set method.',
          },
        },
        {
          label: { nb: 'Måleplan', nn: 'Måleplan', en: 'Measurement plan' },
          description: {
            nb: 'Dere har bestemt hva som skal måles, med hvilket verktøy, når og av hvem.',
            nn: 'De har bestemt kva som skal målast, med kva verktøy, når og av kven.',
            en: 'You have decided what to measure, with which tool, when and by whom.',
          },
        },
        {
          label: { nb: 'Kjente verktøy for alle', nn: 'Kjende verktøy for alle', en: 'Known tools for all' },
          description: {
            nb: 'Dere bruker et kjent måleverktøy eller spørreskjema som andre også bruker, måler alle deltakerne på samme måte og sier hvor mange som svarer.',
            nn: 'De bruker eit kjent måleverktøy eller spørjeskjema som andre òg bruker, måler alle deltakarane på same måten og seier kor mange som svarar.',
            en: 'You use a known measurement tool or questionnaire that others also use, measure all participants the same way and say how many respond.',
          },
        },
        {
          label: { nb: 'Måler over tid', nn: 'Måler over tid', en: 'Measures over time' },
          description: {
            nb: 'Dere måler også etter at deltakerne har sluttet, f.eks. etter et år, har personvernet i orden og kan dele tallene uten å avsløre hvem de gjelder.',
            nn: 'De måler òg etter at deltakarane har slutta, t.d. etter eitt år, har personvernet i orden og kan dele tala utan å avsløre kven dei gjeld.',
            en: 'You also measure after participants have left, e.g. a year later, have privacy in order and can share the figures without revealing whom they concern.',
          },
        },
      ]),
    },
    {
      id: 'sammenligning',
      title: {
        nb: 'Resultatene sammenlignes med et utgangspunkt eller med andre',
        nn: 'Resultata blir samanlikna med eit utgangspunkt eller med andre',
        en: 'The results are compared with a baseline or with others',
      },
      help: {
        nb: 'Uten en sammenligning vet ingen om endringen skyldes tilbudet. Fortell hva dere sammenligner med: deltakernes situasjon før de begynte, tall for målgruppen i offentlig statistikk, resultater fra lignende tiltak eller en gruppe som venter på plass.',
        nn: 'Utan ei samanlikning veit ingen om endringa kjem av tilbodet. Fortel kva de samanliknar med: situasjonen til deltakarane før dei byrja, tal for målgruppa i offentleg statistikk, resultat frå liknande tiltak eller ei gruppe som ventar på plass.',
        en: "Without a comparison no one knows whether the change is due to the offer. Say what you compare with: participants' situation before they started, figures for the target group in public statistics, results from similar programmes, or a group waiting for a place.",
      },
      assessorHelp: {
        nb: 'Se etter en sammenligning som passer tilbudets størrelse. Et lite tilbud trenger ikke en kontrollert studie; en gjennomførbar plan teller for de øvre nivåene.',
        nn: 'Sjå etter ei samanlikning som passar storleiken på tilbodet. Eit lite tilbod treng ikkje ein kontrollert studie; ein gjennomførbar plan tel for dei øvre nivåa.',
        en: "Look for a comparison that suits the offer's size. A small offer does not need a controlled study; a workable plan counts for the upper levels.",
      },
      scale: levelScale([
        {
          label: { nb: 'Ingen sammenligning', nn: 'Inga samanlikning', en: 'No comparison' },
          description: {
            nb: 'Resultatene er ikke satt opp mot noe.',
            nn: 'Resultata er ikkje sette opp mot noko.',
            en: 'The results are not set against anything.',
          },
        },
        {
          label: { nb: 'Uten tall', nn: 'Utan tal', en: 'Without figures' },
          description: {
            nb: 'Dere mener resultatene er bedre enn ellers, men har ikke tall å sammenligne med ennå.',
            nn: 'De meiner resultata er betre enn elles, men har ikkje tal å samanlikne med enno.',
            en: 'You believe the results are better than elsewhere, but have no figures to compare with yet.',
          },
        },
        {
          label: { nb: 'Før og etter', nn: 'Før og etter', en: 'Before and after' },
          description: {
            nb: 'Dere sammenligner deltakernes situasjon før og etter, eller har planlagt hvordan dere skal gjøre det.',
            nn: 'De samanliknar situasjonen til deltakarane før og etter, eller har planlagt korleis de skal gjere det.',
            en: "You compare participants' situation before and after, or have planned how you will.",
          },
        },
        {
          label: { nb: 'Mot andre', nn: 'Mot andre', en: 'Against others' },
          description: {
            nb: 'Dere sammenligner med tall for en lignende gruppe, f.eks. offentlig statistikk for målgruppen eller resultater fra lignende tiltak.',
            nn: 'De samanliknar med tal for ei liknande gruppe, t.d. offentleg statistikk for målgruppa eller resultat frå liknande tiltak.',
            en: 'You compare with figures for a similar group, e.g. public statistics for the target group or results from similar programmes.',
          },
        },
        {
          label: { nb: 'Sammenligningsgruppe', nn: 'Samanlikningsgruppe', en: 'Comparison group' },
          description: {
            nb: 'Dere har en gjennomførbar plan for å sammenligne med en gruppe som ikke deltar, f.eks. en venteliste eller en matchet gruppe, eller har allerede gjort det.',
            nn: 'De har ein gjennomførbar plan for å samanlikne med ei gruppe som ikkje deltek, t.d. ei venteliste eller ei matcha gruppe, eller har alt gjort det.',
            en: 'You have a workable plan for comparing with a group that does not take part, e.g. a waiting list or a matched group, or have already done so.',
          },
        },
      ]),
    },
    {
      id: 'apen-for-evaluering',
      title: {
        nb: 'Tilbudet er åpent for uavhengig evaluering',
        nn: 'Tilbodet er ope for uavhengig evaluering',
        en: 'The offer is open to independent evaluation',
      },
      help: {
        nb: 'Fortell hvordan noen utenfra kan vurdere om tilbudet virker: hvilke data dere kan dele med samtykke, hvilke spørsmål en evaluering bør svare på, og om dere har kontakt med et forskningsmiljø eller en høgskole. Er tilbudet eller metoden evaluert, lenk til rapporten.',
        nn: 'Fortel korleis nokon utanfrå kan vurdere om tilbodet verkar: kva data de kan dele med samtykke, kva spørsmål ei evaluering bør svare på, og om de har kontakt med eit forskingsmiljø eller ein høgskule. Er tilbodet eller metoden evaluert, lenk til rapporten.',
        en: 'Say how someone from outside could judge whether the offer works: which data you can share with consent, which questions an evaluation should answer, and whether you are in touch with a research group or a university college. If the offer or its method has been evaluated, link to the report.',
      },
      assessorHelp: {
        nb: 'Se etter åpenhet og en realistisk plan, ikke en ferdig evaluering. Få nye tilbud er evaluert; det som teller, er om tilbyderen legger til rette for det og vil dele resultatet.',
        nn: 'Sjå etter openheit og ein realistisk plan, ikkje ei ferdig evaluering. Få nye tilbod er evaluerte; det som tel, er om tilbydaren legg til rette for det og vil dele resultatet.',
        en: 'Look for openness and a realistic plan, not a finished evaluation. Few new offers have been evaluated; what counts is whether the provider makes it possible and will share the result.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke vurdert', nn: 'Ikkje vurdert', en: 'Not considered' },
          description: {
            nb: 'Evaluering er ikke nevnt.',
            nn: 'Evaluering er ikkje nemnd.',
            en: 'Evaluation is not mentioned.',
          },
        },
        {
          label: { nb: 'Åpen i prinsippet', nn: 'Open i prinsippet', en: 'Open in principle' },
          description: {
            nb: 'Dere er åpne for evaluering, men har ikke sagt hvordan den kan gjøres.',
            nn: 'De er opne for evaluering, men har ikkje sagt korleis ho kan gjerast.',
            en: 'You are open to evaluation, but have not said how it could be done.',
          },
        },
        {
          label: { nb: 'Lagt til rette', nn: 'Lagt til rette', en: 'Made possible' },
          description: {
            nb: 'Dere samler data slik at andre kan evaluere tilbudet, med samtykke og personvern i orden, og sier hvilke spørsmål en evaluering bør svare på.',
            nn: 'De samlar data slik at andre kan evaluere tilbodet, med samtykke og personvern i orden, og seier kva spørsmål ei evaluering bør svare på.',
            en: 'You gather data so that others can evaluate the offer, with consent and privacy in order, and say which questions an evaluation should answer.',
          },
        },
        {
          label: { nb: 'Plan for evaluering', nn: 'Plan for evaluering', en: 'Evaluation plan' },
          description: {
            nb: 'Dere har en plan for uavhengig evaluering: hvem som kan gjøre den, f.eks. et forskningsmiljø eller en høgskole, hva den skal svare på, og hvordan den kan finansieres.',
            nn: 'De har ein plan for uavhengig evaluering: kven som kan gjere ho, t.d. eit forskingsmiljø eller ein høgskule, kva ho skal svare på, og korleis ho kan finansierast.',
            en: 'You have a plan for an independent evaluation: who could carry it out, e.g. a research group or a university college, what it should answer, and how it could be funded.',
          },
        },
        {
          label: { nb: 'Evaluert eller avtalt', nn: 'Evaluert eller avtalt', en: 'Evaluated or agreed' },
          description: {
            nb: 'Tilbudet eller metoden er evaluert av en uavhengig part, eller en evaluering er avtalt med et forskningsmiljø, og dere gjør resultatet offentlig.',
            nn: 'Tilbodet eller metoden er evaluert av ein uavhengig part, eller ei evaluering er avtalt med eit forskingsmiljø, og de gjer resultatet offentleg.',
            en: 'The offer or its method has been evaluated by an independent party, or an evaluation is agreed with a research group, and you make the result public.',
          },
        },
      ]),
    },
  ],
};
