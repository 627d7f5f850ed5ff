import { levelScale } from '../scales.js';
import type { Dimension } from '../types.js';
import { BELONGING_GOAL, WORK_GOAL } from './example-goals.js';

/** Area 4: social added value beyond the service itself. */
export const socialValue: Dimension = {
  id: 'sosial-merverdi',
  title: { nb: 'Sosial merverdi', nn: 'Sosial meirverdi', en: 'Social added value' },
  short: { nb: 'Merverdi', nn: 'Meirverdi', en: 'Social value' },
  description: {
    nb: 'Hva tilbudet gir ut over selve tjenesten: arbeid og inkludering, resultater for deltakerne, ringvirkninger lokalt, og et ærlig blikk på det som kan gå galt.',
    nn: 'Kva tilbodet gir ut over sjølve tenesta: arbeid og inkludering, resultat for deltakarane, ringverknader lokalt, og eit ærleg blikk på det som kan gå gale.',
    en: 'What the offer gives beyond the service itself: work and inclusion, outcomes for participants, local ripple effects, and an honest look at what could go wrong.',
  },
  weight: 1,
  target: 60,
  contact: {
    unit: {
      nb: 'NAV-kontoret, arbeid og inkludering',
      nn: 'NAV-kontoret, arbeid og inkludering',
      en: 'The NAV office, work and inclusion',
    },
  },
  sdg: [1, 8, 10],
  criteria: [
    {
      id: 'arbeidsinkludering',
      title: {
        nb: 'Tilbudet hjelper folk nærmere arbeid eller utdanning',
        nn: 'Tilbodet hjelper folk nærare arbeid eller utdanning',
        en: 'The offer helps people closer to work or education',
      },
      sdg: [8],
      goals: [WORK_GOAL],
      help: {
        nb: 'Fortell hvordan deltakerne kommer nærmere arbeid eller utdanning: arbeidstrening, praksis, lønnet arbeid, samarbeid med NAV og arbeidsgivere, og hvor mange som går videre. Er tilbudet ikke rettet mot arbeid eller utdanning, kan dere svare «ikke relevant» og si hvorfor.',
        nn: 'Fortel korleis deltakarane kjem nærare arbeid eller utdanning: arbeidstrening, praksis, løna arbeid, samarbeid med NAV og arbeidsgjevarar, og kor mange som går vidare. Er tilbodet ikkje retta mot arbeid eller utdanning, kan de svare «ikkje relevant» og seie kvifor.',
        en: "Say how participants move closer to work or education: work training, placements, paid work, cooperation with NAV and employers, and how many move on. If the offer is not aimed at work or education, you can answer 'not applicable' and say why.",
      },
      assessorHelp: {
        nb: 'Se etter en tydelig vei mot arbeid eller utdanning, og hvor mange som faktisk går videre. Har tilbudet deltakere henvist fra NAV, se etter hvordan oppfølgingen deles mellom tilbyderen og NAV-veilederen.',
        nn: 'Sjå etter ein tydeleg veg mot arbeid eller utdanning, og kor mange som faktisk går vidare. Har tilbodet deltakarar tilviste frå NAV, sjå etter korleis oppfølginga blir delt mellom tilbydaren og NAV-rettleiaren.',
        en: 'Look for a clear path towards work or education, and how many actually move on. If the offer has participants referred by NAV, look for how follow-up is shared between the provider and the NAV adviser.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ingen vei mot arbeid', nn: 'Ingen veg mot arbeid', en: 'No path to work' },
          description: {
            nb: 'Tilbudet gir ingen vei videre mot arbeid eller utdanning.',
            nn: 'Tilbodet gir ingen veg vidare mot arbeid eller utdanning.',
            en: 'The offer gives no path on towards work or education.',
          },
        },
        {
          label: { nb: 'Aktivitet og mestring', nn: 'Aktivitet og meistring', en: 'Activity and mastery' },
          description: {
            nb: 'Deltakerne får faste aktiviteter og oppgaver som gir struktur i hverdagen og mestring.',
            nn: 'Deltakarane får faste aktivitetar og oppgåver som gir struktur i kvardagen og meistring.',
            en: 'Participants get regular activities and tasks that give structure to the day and a sense of mastery.',
          },
        },
        {
          label: { nb: 'Arbeidstrening', nn: 'Arbeidstrening', en: 'Work training' },
          description: {
            nb: 'Deltakerne får arbeidstrening eller praksis med veiledning og et mål for hva de skal lære.',
            nn: 'Deltakarane får arbeidstrening eller praksis med rettleiing og eit mål for kva dei skal lære.',
            en: 'Participants get work training or a placement with guidance and a goal for what they will learn.',
          },
        },
        {
          label: { nb: 'Lønnet arbeid eller skole', nn: 'Løna arbeid eller skule', en: 'Paid work or school' },
          description: {
            nb: 'Deltakerne kan få lønnet arbeid hos dere eller gå videre til utdanning, og dere samarbeider med arbeidsgivere eller skoler om neste steg.',
            nn: 'Deltakarane kan få løna arbeid hos dykk eller gå vidare til utdanning, og de samarbeider med arbeidsgjevarar eller skular om neste steg.',
            en: 'Participants can get paid work with you or move on to education, and you work with employers or schools on the next step.',
          },
        },
        {
          label: { nb: 'Fotfeste i arbeidslivet', nn: 'Fotfeste i arbeidslivet', en: 'A foothold in work' },
          description: {
            nb: 'Deltakerne går videre til ordinært arbeid eller fullført utdanning, og dere følger dem og arbeidsgiveren opp det første året.',
            nn: 'Deltakarane går vidare til ordinært arbeid eller fullført utdanning, og de følgjer dei og arbeidsgjevaren opp det første året.',
            en: 'Participants move on to ordinary work or finished education, and you follow them and the employer up through the first year.',
          },
        },
      ]),
    },
    {
      id: 'malbare-resultater',
      title: {
        nb: 'Tilbudet sikter mot resultater for deltakerne, ikke bare aktivitet',
        nn: 'Tilbodet siktar mot resultat for deltakarane, ikkje berre aktivitet',
        en: 'The offer aims at outcomes for participants, not only activity',
      },
      help: {
        nb: 'Skill mellom aktivitet (antall kurs, møter og deltakere) og resultater (hva som er endret for deltakerne: helse, mestring, jobb, nettverk). Fortell hvilke resultater dere sikter mot, og hva dere har sett så langt.',
        nn: 'Skil mellom aktivitet (talet på kurs, møte og deltakarar) og resultat (kva som er endra for deltakarane: helse, meistring, jobb, nettverk). Fortel kva resultat de siktar mot, og kva de har sett så langt.',
        en: 'Tell activity (the number of courses, meetings and participants) apart from outcomes (what has changed for participants: health, mastery, work, networks). Say which outcomes you aim at, and what you have seen so far.',
      },
      assessorHelp: {
        nb: 'Se etter resultatmål som er valgt på forhånd og handler om deltakerne, ikke om tilbyderens aktivitet. Hvordan de måles, vurderes under «Effekt og læring».',
        nn: 'Sjå etter resultatmål som er valde på førehand og handlar om deltakarane, ikkje om aktiviteten til tilbydaren. Korleis dei blir målte, blir vurdert under «Effekt og læring».',
        en: "Look for outcome measures chosen in advance that concern participants, not the provider's activity. How they are measured is assessed under 'Effect and learning'.",
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke beskrevet', nn: 'Ikkje skildra', en: 'Not described' },
          description: {
            nb: 'Det er ikke sagt hva som skal bli annerledes for deltakerne.',
            nn: 'Det er ikkje sagt kva som skal bli annleis for deltakarane.',
            en: 'Nothing is said about what should change for participants.',
          },
        },
        {
          label: { nb: 'Aktivitet', nn: 'Aktivitet', en: 'Activity' },
          description: {
            nb: 'Dere beskriver aktiviteten, f.eks. antall deltakere, kurs eller møter.',
            nn: 'De skildrar aktiviteten, t.d. talet på deltakarar, kurs eller møte.',
            en: 'You describe the activity, e.g. the number of participants, courses or meetings.',
          },
        },
        {
          label: { nb: 'Resultatmål valgt', nn: 'Resultatmål valde', en: 'Outcomes chosen' },
          description: {
            nb: 'Dere har valgt to eller tre resultater dere sikter mot, f.eks. mestring, nettverk eller andelen i arbeid.',
            nn: 'De har valt to eller tre resultat de siktar mot, t.d. meistring, nettverk eller delen i arbeid.',
            en: 'You have chosen two or three outcomes you aim at, e.g. mastery, networks or the share in work.',
          },
        },
        {
          label: { nb: 'Resultater oppnådd', nn: 'Resultat oppnådde', en: 'Outcomes achieved' },
          description: {
            nb: 'Deltakerne har oppnådd resultatene dere siktet mot, og dere sier hvor mange, også om dem som sluttet tidlig.',
            nn: 'Deltakarane har oppnådd resultata de sikta mot, og de seier kor mange, også om dei som slutta tidleg.',
            en: 'Participants have achieved the outcomes you aimed at, and you say how many, including those who left early.',
          },
        },
        {
          label: { nb: 'Resultatene styrer', nn: 'Resultata styrer', en: 'Outcomes steer the work' },
          description: {
            nb: 'Resultatene brukes til å endre tilbudet, og dere legger dem fram åpent, også de svake.',
            nn: 'Resultata blir brukte til å endre tilbodet, og de legg dei fram ope, også dei svake.',
            en: 'The outcomes are used to change the offer, and you present them openly, the weak ones too.',
          },
        },
      ]),
    },
    {
      id: 'lokale-ringvirkninger',
      title: {
        nb: 'Tilbudet gir ringvirkninger i lokalsamfunnet',
        nn: 'Tilbodet gir ringverknader i lokalsamfunnet',
        en: 'The offer has ripple effects in the local community',
      },
      sdg: [8, 11],
      goals: [BELONGING_GOAL],
      help: {
        nb: 'Fortell om virkninger av tilbudet deres ut over deltakerne: pårørende som blir avlastet, lokale innkjøp og arbeidsplasser, frivillige og lag som blir med, nye møteplasser, eller mindre behov for andre tjenester.',
        nn: 'Fortel om verknader av tilbodet dykkar ut over deltakarane: pårørande som blir avlasta, lokale innkjøp og arbeidsplassar, frivillige og lag som blir med, nye møteplassar, eller mindre behov for andre tenester.',
        en: 'Tell of effects of your offer beyond the participants: families who get relief, local purchases and jobs, volunteers and clubs who join in, new meeting places, or less need for other services.',
      },
      assessorHelp: {
        nb: 'Se etter konkrete ringvirkninger med en forklaring på hvem som merker dem, ikke generelle løfter om «et bedre lokalsamfunn».',
        nn: 'Sjå etter konkrete ringverknader med ei forklaring på kven som merkar dei, ikkje generelle lovnader om «eit betre lokalsamfunn».',
        en: "Look for concrete ripple effects with an explanation of who notices them, not general promises of 'a better community'.",
      },
      scale: levelScale([
        {
          label: { nb: 'For deltakerne', nn: 'For deltakarane', en: 'For participants' },
          description: {
            nb: 'Tilbudet gir ikke virkninger ut over deltakerne.',
            nn: 'Tilbodet gir ikkje verknader ut over deltakarane.',
            en: 'The offer has no effects beyond its participants.',
          },
        },
        {
          label: { nb: 'Mulige ringvirkninger', nn: 'Moglege ringverknader', en: 'Possible ripple effects' },
          description: {
            nb: 'Dere nevner mulige ringvirkninger, f.eks. for pårørende eller nærmiljøet, men ikke hvilke.',
            nn: 'De nemner moglege ringverknader, t.d. for pårørande eller nærmiljøet, men ikkje kva for nokre.',
            en: 'You mention possible ripple effects, e.g. for families or the neighbourhood, but not which.',
          },
        },
        {
          label: { nb: 'Konkrete ringvirkninger', nn: 'Konkrete ringverknader', en: 'Concrete ripple effects' },
          description: {
            nb: 'Dere beskriver konkrete ringvirkninger og hvem som merker dem, f.eks. pårørende som avlastes eller en ny møteplass.',
            nn: 'De skildrar konkrete ringverknader og kven som merkar dei, t.d. pårørande som blir avlasta eller ein ny møteplass.',
            en: 'You describe concrete ripple effects and who notices them, e.g. families who get relief or a new meeting place.',
          },
        },
        {
          label: { nb: 'Skapes med vilje', nn: 'Blir skapte med vilje', en: 'Created on purpose' },
          description: {
            nb: 'Tilbudet er lagt opp for å gi ringvirkninger, f.eks. ved å kjøpe lokalt, samarbeide med lag og næringsliv eller åpne lokalene for andre, og dere følger med på dem.',
            nn: 'Tilbodet er lagt opp for å gi ringverknader, t.d. ved å kjøpe lokalt, samarbeide med lag og næringsliv eller opne lokala for andre, og de følgjer med på dei.',
            en: 'The offer is set up to create ripple effects, e.g. by buying locally, working with clubs and businesses or opening its premises to others, and you keep track of them.',
          },
        },
        {
          label: { nb: 'Båret av lokalsamfunnet', nn: 'Bore av lokalsamfunnet', en: 'Carried by the community' },
          description: {
            nb: 'Lokalsamfunnet bruker og bærer tilbudet: frivillige, lag, næringsliv eller naboer bidrar fast, og dere viser hva det har gitt.',
            nn: 'Lokalsamfunnet bruker og ber tilbodet: frivillige, lag, næringsliv eller naboar bidreg fast, og de viser kva det har gitt.',
            en: 'The community uses and carries the offer: volunteers, clubs, businesses or neighbours contribute regularly, and you show what it has brought.',
          },
        },
      ]),
    },
    {
      id: 'utilsiktede-virkninger',
      title: {
        nb: 'Negative eller utilsiktede virkninger er vurdert',
        nn: 'Negative eller utilsikta verknader er vurderte',
        en: 'Negative or unintended effects have been considered',
      },
      required: true,
      help: {
        nb: 'Fortell ærlig hva som kan gå galt: deltakere som faller fra, at tilbudet fortrenger andre tilbud eller ansatte, at deltakerne blir avhengige av ett tilbud, personvern, og hva dere gjør for å forebygge det.',
        nn: 'Fortel ærleg kva som kan gå gale: deltakarar som fell frå, at tilbodet fortrengjer andre tilbod eller tilsette, at deltakarane blir avhengige av eitt tilbod, personvern, og kva de gjer for å førebyggje det.',
        en: 'Say honestly what could go wrong: participants dropping out, the offer displacing other services or employees, participants becoming dependent on one offer, privacy, and what you do to prevent it.',
      },
      assessorHelp: {
        nb: 'Se etter en ærlig risikovurdering med tiltak. Et tilbud som sier at ingenting kan gå galt, har ikke vurdert det. Dette gjelder alle tilbud og kan ikke være irrelevant.',
        nn: 'Sjå etter ei ærleg risikovurdering med tiltak. Eit tilbod som seier at ingenting kan gå gale, har ikkje vurdert det. Dette gjeld alle tilbod og kan ikkje vere irrelevant.',
        en: 'Look for an honest risk assessment with measures. An offer that says nothing can go wrong has not considered it. This applies to every offer and cannot be irrelevant.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke vurdert', nn: 'Ikkje vurdert', en: 'Not considered' },
          description: {
            nb: 'Mulige negative virkninger er ikke nevnt.',
            nn: 'Moglege negative verknader er ikkje nemnde.',
            en: 'Possible negative effects are not mentioned.',
          },
        },
        {
          label: { nb: 'Nevnt', nn: 'Nemnt', en: 'Mentioned' },
          description: {
            nb: 'Dere nevner at noe kan gå galt, men ikke hva.',
            nn: 'De nemner at noko kan gå gale, men ikkje kva.',
            en: 'You mention that something could go wrong, but not what.',
          },
        },
        {
          label: { nb: 'Risikoer og tiltak', nn: 'Risikoar og tiltak', en: 'Risks and measures' },
          description: {
            nb: 'Dere har listet opp hva som kan gå galt, f.eks. frafall, fortrengning, avhengighet og personvern, og hva dere gjør med det.',
            nn: 'De har lista opp kva som kan gå gale, t.d. fråfall, fortrenging, avhengnad og personvern, og kva de gjer med det.',
            en: 'You have listed what could go wrong, e.g. dropout, displacement, dependence and privacy, and what you do about it.',
          },
        },
        {
          label: { nb: 'Følger med', nn: 'Følgjer med', en: 'Keeps watch' },
          description: {
            nb: 'Dere følger med på slike virkninger, f.eks. frafall og årsakene til det, og har endret tilbudet når dere fant noe.',
            nn: 'De følgjer med på slike verknader, t.d. fråfall og årsakene til det, og har endra tilbodet når de fann noko.',
            en: 'You keep watch for such effects, e.g. dropout and its causes, and have changed the offer when you found something.',
          },
        },
        {
          label: { nb: 'Åpent om det som går galt', nn: 'Ope om det som går gale', en: 'Open about what goes wrong' },
          description: {
            nb: 'Deltakere, pårørende og samarbeidspartnere har en enkel måte å si fra på, dere følger opp det som kommer inn, og forteller åpent hva dere har funnet og endret.',
            nn: 'Deltakarar, pårørande og samarbeidspartnarar har ein enkel måte å seie frå på, de følgjer opp det som kjem inn, og fortel ope kva de har funne og endra.',
            en: 'Participants, families and partners have a simple way to speak up, you follow up what comes in, and you tell openly what you have found and changed.',
          },
        },
      ]),
    },
  ],
};
