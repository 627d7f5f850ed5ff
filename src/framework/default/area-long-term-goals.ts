import { levelScale } from '../scales.js';
import type { Dimension } from '../types.js';
import { BELONGING_GOAL, NEW_SOLUTIONS_GOAL, PARTICIPATION_GOAL, WORK_GOAL } from './example-goals.js';

/** Area 1: how the offer serves the kommune's long-term, politically adopted goals. */
export const longTermGoals: Dimension = {
  id: 'langsiktige-mal',
  title: {
    nb: 'Kommunens langsiktige mål',
    nn: 'Dei langsiktige måla til kommunen',
    en: "The municipality's long-term goals",
  },
  short: { nb: 'Langsiktige mål', nn: 'Langsiktige mål', en: 'Long-term goals' },
  description: {
    nb: 'Hvordan tilbudet bidrar til målene kommunestyret har vedtatt, særlig i kommuneplanens samfunnsdel, og om bidraget varer.',
    nn: 'Korleis tilbodet bidreg til måla kommunestyret har vedteke, særleg i kommuneplanens samfunnsdel, og om bidraget varer.',
    en: 'How the offer contributes to the goals the municipal council has adopted, above all in the social element of the municipal master plan, and whether the contribution lasts.',
  },
  weight: 1,
  target: 75,
  contact: {
    unit: {
      nb: 'Kommunedirektørens stab, plan og samfunnsutvikling',
      nn: 'Staben til kommunedirektøren, plan og samfunnsutvikling',
      en: "Chief municipal executive's staff, planning and community development",
    },
  },
  sdg: [11, 17],
  criteria: [
    {
      id: 'mal-i-kommuneplanen',
      title: {
        nb: 'Tilbudet bidrar til navngitte mål i kommunens plan',
        nn: 'Tilbodet bidreg til namngjevne mål i planen til kommunen',
        en: "The offer contributes to named goals in the municipality's plan",
      },
      required: true,
      goals: [WORK_GOAL, PARTICIPATION_GOAL, BELONGING_GOAL, NEW_SOLUTIONS_GOAL],
      help: {
        nb: 'Finn målet eller målene i kommuneplanens samfunnsdel (eller i en temaplan kommunestyret har vedtatt) som tilbudet bidrar mest til. Siter målet, forklar med egne ord hvordan tilbudet bidrar til akkurat det, og lenk til planen. Planene er offentlige, så dere trenger ikke å ha snakket med kommunen først.',
        nn: 'Finn målet eller måla i kommuneplanens samfunnsdel (eller i ein temaplan kommunestyret har vedteke) som tilbodet bidreg mest til. Siter målet, forklar med eigne ord korleis tilbodet bidreg til nettopp det, og lenk til planen. Planane er offentlege, så de treng ikkje ha snakka med kommunen først.',
        en: "Find the goal or goals in the social element of the municipal master plan (or in a thematic plan adopted by the municipal council) that the offer contributes to most. Quote the goal, explain in your own words how the offer contributes to exactly that, and link to the plan. The plans are public, so you need not have spoken to the municipality first.",
      },
      assessorHelp: {
        nb: 'Se etter et mål som er sitert fra en vedtatt plan, og en forklaring som henger sammen: hvem tilbudet når, og hvorfor det flytter akkurat dette målet. En generell henvisning til «folkehelse» eller «inkludering» holder ikke. Sjekk i lenkene at tallene gjelder den målgruppen planen peker på.',
        nn: 'Sjå etter eit mål som er sitert frå ein vedteken plan, og ei forklaring som heng saman: kven tilbodet når, og kvifor det flyttar nettopp dette målet. Ei generell tilvising til «folkehelse» eller «inkludering» held ikkje. Sjekk i lenkjene at tala gjeld den målgruppa planen peikar på.',
        en: "Look for a goal quoted from an adopted plan, and an explanation that holds together: whom the offer reaches, and why it moves this very goal. A general reference to 'public health' or 'inclusion' is not enough. Check in the links that the figures concern the target group the plan points to.",
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke knyttet til et mål', nn: 'Ikkje knytt til eit mål', en: 'Not linked to a goal' },
          description: {
            nb: 'Tilbudet viser ikke til noen av kommunens mål.',
            nn: 'Tilbodet viser ikkje til nokon av måla til kommunen.',
            en: "The offer does not refer to any of the municipality's goals.",
          },
        },
        {
          label: { nb: 'Viser til mål generelt', nn: 'Viser til mål generelt', en: 'Refers to goals in general' },
          description: {
            nb: 'Tilbudet viser til kommunens mål i generelle vendinger, uten å navngi et bestemt mål.',
            nn: 'Tilbodet viser til måla til kommunen i generelle vendingar, utan å namngje eit bestemt mål.',
            en: "The offer refers to the municipality's goals in general terms, without naming a particular goal.",
          },
        },
        {
          label: { nb: 'Navngir et mål', nn: 'Namngjev eit mål', en: 'Names a goal' },
          description: {
            nb: 'Et bestemt mål er sitert fra planen, og dere forklarer hvordan tilbudet bidrar til det.',
            nn: 'Eit bestemt mål er sitert frå planen, og de forklarer korleis tilbodet bidreg til det.',
            en: 'A particular goal is quoted from the plan, and you explain how the offer contributes to it.',
          },
        },
        {
          label: { nb: 'Viser bidraget', nn: 'Viser bidraget', en: 'Shows the contribution' },
          description: {
            nb: 'Dere viser hvor mye tilbudet bidrar: hvor mange fra målgruppen planen peker på som deltar, og hva som endrer seg for dem.',
            nn: 'De viser kor mykje tilbodet bidreg: kor mange frå målgruppa planen peikar på som deltek, og kva som endrar seg for dei.',
            en: 'You show how much the offer contributes: how many people from the target group the plan points to take part, and what changes for them.',
          },
        },
        {
          label: { nb: 'Følger bidraget over tid', nn: 'Følgjer bidraget over tid', en: 'Tracks the contribution' },
          description: {
            nb: 'Dere følger bidraget med de samme indikatorene som planen bruker, eller med offentlig statistikk for det samme målet, og sier hvordan dere justerer tilbudet når tallene endrer seg.',
            nn: 'De følgjer bidraget med dei same indikatorane som planen bruker, eller med offentleg statistikk for det same målet, og seier korleis de justerer tilbodet når tala endrar seg.',
            en: 'You track the contribution with the same indicators the plan uses, or with public statistics for the same goal, and say how you adjust the offer when the figures change.',
          },
        },
      ]),
    },
    {
      id: 'supplerer-tilbudet',
      title: {
        nb: 'Tilbudet gir noe i tillegg til det kommunen allerede tilbyr',
        nn: 'Tilbodet gir noko i tillegg til det kommunen alt tilbyr',
        en: 'The offer adds to what the municipality already provides',
      },
      help: {
        nb: 'Fortell hva som finnes for den samme målgruppen i dag, både kommunale tjenester og frivillige tilbud, og hva tilbudet deres gir i tillegg. Kommunens nettsider, planer og frivilligsentralen er gode kilder.',
        nn: 'Fortel kva som finst for den same målgruppa i dag, både kommunale tenester og frivillige tilbod, og kva tilbodet dykkar gir i tillegg. Nettsidene og planane til kommunen og frivilligsentralen er gode kjelder.',
        en: 'Say what exists for the same target group today, both municipal services and voluntary offers, and what your offer adds. The municipality’s website and plans and the local volunteer centre are good sources.',
      },
      assessorHelp: {
        nb: 'Se etter om tilbyderen kjenner tjenestene som finnes for målgruppen, og om forskjellen er reell: en annen arbeidsmåte, andre tider, en annen arena eller folk som ikke nås i dag. Vurder også om tilbudet kan fortrenge noe som virker.',
        nn: 'Sjå etter om tilbydaren kjenner tenestene som finst for målgruppa, og om skilnaden er reell: ein annan arbeidsmåte, andre tider, ein annan arena eller folk som ikkje blir nådde i dag. Vurder òg om tilbodet kan fortrengje noko som verkar.',
        en: 'Look for whether the provider knows the services that exist for the target group, and whether the difference is real: another way of working, other hours, another setting or people not reached today. Also consider whether the offer might displace something that works.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke sett på ennå', nn: 'Ikkje sett på enno', en: 'Not looked at yet' },
          description: {
            nb: 'Det er ikke beskrevet hva som finnes fra før for målgruppen.',
            nn: 'Det er ikkje skildra kva som finst frå før for målgruppa.',
            en: 'What already exists for the target group is not described.',
          },
        },
        {
          label: { nb: 'Ligner det som finnes', nn: 'Liknar det som finst', en: 'Much like what exists' },
          description: {
            nb: 'Tilbudet gjør stort sett det samme som tjenester eller frivillige tilbud som finnes for målgruppen i dag.',
            nn: 'Tilbodet gjer stort sett det same som tenester eller frivillige tilbod som finst for målgruppa i dag.',
            en: 'The offer does much the same as services or voluntary offers that exist for the target group today.',
          },
        },
        {
          label: { nb: 'Noe i tillegg', nn: 'Noko i tillegg', en: 'Something extra' },
          description: {
            nb: 'Tilbudet gir noe i tillegg til det som finnes, f.eks. andre tider, et annet sted eller tettere oppfølging, og dere sier hva.',
            nn: 'Tilbodet gir noko i tillegg til det som finst, t.d. andre tider, ein annan stad eller tettare oppfølging, og de seier kva.',
            en: 'The offer adds something to what exists, e.g. other hours, another place or closer follow-up, and you say what.',
          },
        },
        {
          label: { nb: 'Klart supplement', nn: 'Klårt supplement', en: 'A clear complement' },
          description: {
            nb: 'Dere har gått gjennom hva kommunen og andre tilbyr målgruppen, og tilbudet dekker noe tydelig annet.',
            nn: 'De har gått gjennom kva kommunen og andre tilbyr målgruppa, og tilbodet dekkjer noko tydeleg anna.',
            en: 'You have gone through what the municipality and others offer the target group, and the offer covers something clearly different.',
          },
        },
        {
          label: { nb: 'Fyller et hull og henger sammen', nn: 'Fyller eit hol og heng saman', en: 'Fills a gap and connects' },
          description: {
            nb: 'Tilbudet dekker noe ingen gir i dag, og dere beskriver hvordan deltakerne kan gå videre til eller kombinere det med kommunens tjenester uten å falle mellom.',
            nn: 'Tilbodet dekkjer noko ingen gir i dag, og de skildrar korleis deltakarane kan gå vidare til eller kombinere det med tenestene til kommunen utan å falle mellom.',
            en: "The offer covers something nobody provides today, and you describe how participants can move on to, or combine it with, the municipality's services without falling between them.",
          },
        },
      ]),
    },
    {
      id: 'varig-effekt',
      title: {
        nb: 'Tilbudet gir varige endringer for deltakerne eller lokalsamfunnet',
        nn: 'Tilbodet gir varige endringar for deltakarane eller lokalsamfunnet',
        en: 'The offer brings lasting change for participants or the local community',
      },
      goals: [WORK_GOAL, BELONGING_GOAL],
      help: {
        nb: 'Fortell hva som skal være annerledes et år eller mer etter at deltakerne har sluttet, f.eks. fast jobb, fullført skole eller et nettverk som holder, og hvordan dere følger med på det.',
        nn: 'Fortel kva som skal vere annleis eitt år eller meir etter at deltakarane har slutta, t.d. fast jobb, fullført skule eller eit nettverk som held, og korleis de følgjer med på det.',
        en: 'Say what should be different a year or more after participants have left, e.g. a permanent job, finished schooling or a network that holds, and how you keep track of it.',
      },
      assessorHelp: {
        nb: 'Se etter endringer som varer etter at tilbudet er slutt for den enkelte, og en realistisk måte å følge dem opp på. Kortsiktig trivsel er verdifullt, men er ikke en varig endring i seg selv.',
        nn: 'Sjå etter endringar som varer etter at tilbodet er slutt for den einskilde, og ein realistisk måte å følgje dei opp på. Kortsiktig trivsel er verdifullt, men er ikkje ei varig endring i seg sjølv.',
        en: 'Look for changes that last after the offer has ended for the individual, and a realistic way of following them up. Short-term well-being is valuable, but is not lasting change in itself.',
      },
      scale: levelScale([
        {
          label: { nb: 'Bare mens det varer', nn: 'Berre medan det varer', en: 'Only while it lasts' },
          description: {
            nb: 'Det tilbudet gir, varer bare så lenge deltakerne er med.',
            nn: 'Det tilbodet gir, varer berre så lenge deltakarane er med.',
            en: 'What the offer gives lasts only as long as participants take part.',
          },
        },
        {
          label: { nb: 'Ønsket endring nevnt', nn: 'Ønskt endring nemnd', en: 'Hoped-for change named' },
          description: {
            nb: 'Dere nevner en varig endring dere ønsker, men ikke hvordan tilbudet skal føre dit.',
            nn: 'De nemner ei varig endring de ønskjer, men ikkje korleis tilbodet skal føre dit.',
            en: 'You name a lasting change you hope for, but not how the offer will lead there.',
          },
        },
        {
          label: { nb: 'Vei til varig endring', nn: 'Veg til varig endring', en: 'A path to lasting change' },
          description: {
            nb: 'Dere beskriver hva som skal være endret et år eller mer etter at deltakerne slutter, og hva i tilbudet som skal føre dit.',
            nn: 'De skildrar kva som skal vere endra eitt år eller meir etter at deltakarane sluttar, og kva i tilbodet som skal føre dit.',
            en: 'You describe what should have changed a year or more after participants leave, and what in the offer will lead there.',
          },
        },
        {
          label: { nb: 'Følger opp etterpå', nn: 'Følgjer opp etterpå', en: 'Follows up afterwards' },
          description: {
            nb: 'Tilbudet holder kontakt med deltakerne etter at de har sluttet, f.eks. etter seks og tolv måneder, og sier hva dere gjør når noen faller tilbake.',
            nn: 'Tilbodet held kontakt med deltakarane etter at dei har slutta, t.d. etter seks og tolv månader, og seier kva de gjer når nokon fell tilbake.',
            en: 'The offer keeps in touch with participants after they leave, e.g. after six and twelve months, and says what you do when someone slips back.',
          },
        },
        {
          label: { nb: 'Bygger noe som består', nn: 'Byggjer noko som står seg', en: 'Builds what endures' },
          description: {
            nb: 'Tilbudet bygger noe som består uten dere, som ferdigheter, jobber, nettverk eller møteplasser som deltakerne og lokalsamfunnet fører videre, og dere følger med på om det holder.',
            nn: 'Tilbodet byggjer noko som står seg utan dykk, som ferdigheiter, jobbar, nettverk eller møteplassar som deltakarane og lokalsamfunnet fører vidare, og de følgjer med på om det held.',
            en: 'The offer builds something that endures without you, such as skills, jobs, networks or meeting places that participants and the community carry on, and you keep track of whether it holds.',
          },
        },
      ]),
    },
    {
      id: 'baerekraftsmal',
      title: {
        nb: 'Tilbudet er knyttet til bestemte bærekraftsmål og delmål',
        nn: 'Tilbodet er knytt til bestemte berekraftsmål og delmål',
        en: 'The offer is linked to particular sustainable development goals and targets',
      },
      sdg: [17],
      help: {
        nb: 'Mange kommuner bygger samfunnsdelen på FNs 17 bærekraftsmål. Velg det eller de få målene, helst delmålene, som tilbudet deres bidrar mest til, og forklar hvordan. En lang liste med mål uten forklaring sier lite.',
        nn: 'Mange kommunar byggjer samfunnsdelen på dei 17 berekraftsmåla til FN. Vel det eine eller dei få måla, helst delmåla, som tilbodet dykkar bidreg mest til, og forklar korleis. Ei lang liste med mål utan forklaring seier lite.',
        en: "Many municipalities build their master plan on the UN's 17 sustainable development goals. Choose the one or few goals, preferably targets, that your offer contributes to most, and explain how. A long list of goals without explanation says little.",
      },
      assessorHelp: {
        nb: 'Se etter få, velvalgte mål med en forklaring, helst på delmålsnivå, og om de samme målene står i kommunens plan. Ikoner uten forklaring teller lite.',
        nn: 'Sjå etter få, velvalde mål med ei forklaring, helst på delmålsnivå, og om dei same måla står i planen til kommunen. Ikon utan forklaring tel lite.',
        en: "Look for a few well-chosen goals with an explanation, preferably at target level, and whether the same goals appear in the municipality's plan. Icons without explanation count for little.",
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke knyttet', nn: 'Ikkje knytt', en: 'Not linked' },
          description: {
            nb: 'Bærekraftsmålene er ikke nevnt.',
            nn: 'Berekraftsmåla er ikkje nemnde.',
            en: 'The sustainable development goals are not mentioned.',
          },
        },
        {
          label: { nb: 'Mål nevnt', nn: 'Mål nemnde', en: 'Goals named' },
          description: {
            nb: 'Dere nevner ett eller flere bærekraftsmål, uten å forklare sammenhengen.',
            nn: 'De nemner eitt eller fleire berekraftsmål, utan å forklare samanhengen.',
            en: 'You name one or more sustainable development goals, without explaining the link.',
          },
        },
        {
          label: { nb: 'Sammenhengen forklart', nn: 'Samanhengen forklart', en: 'Link explained' },
          description: {
            nb: 'Dere har valgt ett eller noen få mål og forklarer hvordan tilbudet bidrar til dem.',
            nn: 'De har valt eitt eller nokre få mål og forklarer korleis tilbodet bidreg til dei.',
            en: 'You have chosen one or a few goals and explain how the offer contributes to them.',
          },
        },
        {
          label: { nb: 'Knyttet til delmål', nn: 'Knytt til delmål', en: 'Linked to targets' },
          description: {
            nb: 'Dere viser til bestemte delmål og sier hvilke av dem tilbudet påvirker direkte.',
            nn: 'De viser til bestemte delmål og seier kva for nokre av dei tilbodet påverkar direkte.',
            en: 'You refer to particular targets and say which of them the offer affects directly.',
          },
        },
        {
          label: { nb: 'Følger delmålene', nn: 'Følgjer delmåla', en: 'Tracks the targets' },
          description: {
            nb: 'Dere følger bidraget med indikatorer som hører til de valgte delmålene, og viser hvordan de henger sammen med målene i kommunens plan.',
            nn: 'De følgjer bidraget med indikatorar som høyrer til dei valde delmåla, og viser korleis dei heng saman med måla i planen til kommunen.',
            en: "You track the contribution with indicators that belong to the chosen targets, and show how they connect with the goals in the municipality's plan.",
          },
        },
      ]),
    },
  ],
};
