import { deepFreeze } from './deep-freeze.js';
import { evidenceScale, participationScale, withLevelDescriptions } from './scales.js';
import type { Dimension, Framework, GuidanceRule } from './types.js';

/*
 * The built-in framework: what a kommune gets before it has configured anything. Seven axes
 * with four criteria each. Every criterion is phrased as a statement an assessor can agree
 * with to a degree; its help says what to look for in the offer. Where the generic evidence
 * scale would read awkwardly ("effect shown" for "names a goal in the plan"), the criterion
 * keeps the generic labels but gets level descriptions of its own, each naming something that
 * can be shown. Contacts name a typical unit, never a person: a kommune fills in its own.
 */

const longTermGoals: Dimension = {
  id: 'langsiktige-mal',
  title: {
    nb: 'Kommunens langsiktige mål',
    nn: 'Kommunen sine langsiktige mål',
    en: "The municipality's long-term goals",
  },
  short: { nb: 'Langsiktige mål', nn: 'Langsiktige mål', en: 'Long-term goals' },
  description: {
    nb: 'Hvordan tilbudet bidrar til målene kommunen har vedtatt politisk, særlig i kommuneplanens samfunnsdel.',
    nn: 'Korleis tilbodet bidreg til måla kommunen har vedteke politisk, særleg i kommuneplanens samfunnsdel.',
    en: 'How the offer contributes to the goals the municipality has adopted politically, above all in the social element of the municipal master plan.',
  },
  weight: 1,
  target: 75,
  contact: {
    unit: {
      nb: 'Kommunedirektørens stab, planavdelingen',
      nn: 'Kommunedirektøren sin stab, planavdelinga',
      en: "Chief municipal executive's staff, planning department",
    },
  },
  sdg: [11, 17],
  criteria: [
    {
      id: 'mal-i-kommuneplanen',
      title: {
        nb: 'Tilbudet bidrar til et navngitt mål i kommuneplanens samfunnsdel',
        nn: 'Tilbodet bidreg til eit namngjeve mål i kommuneplanens samfunnsdel',
        en: 'The offer contributes to a named goal in the social element of the municipal master plan',
      },
      help: {
        nb: 'Se etter et konkret mål eller satsingsområde sitert fra planen (eller fra en temaplan vedtatt av kommunestyret), og en forklaring på hvordan tilbudet bidrar til akkurat det målet. En generell henvisning til «folkehelse» eller «inkludering» er ikke nok.',
        nn: 'Sjå etter eit konkret mål eller satsingsområde sitert frå planen (eller frå ein temaplan vedteken av kommunestyret), og ei forklaring på korleis tilbodet bidreg til nettopp det målet. Ei generell tilvising til «folkehelse» eller «inkludering» er ikkje nok.',
        en: "Look for a specific goal or priority quoted from the plan (or from a thematic plan adopted by the municipal council), and an explanation of how the offer contributes to that very goal. A general reference to 'public health' or 'inclusion' is not enough.",
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Ingen mål i kommunens planer er nevnt.',
          nn: 'Ingen mål i planane til kommunen er nemnde.',
          en: "No goal in the municipality's plans is mentioned.",
        },
        {
          nb: 'Tilbudet viser til kommunens mål i generelle vendinger, uten å navngi et bestemt mål.',
          nn: 'Tilbodet viser til måla til kommunen i generelle vendingar, utan å namngje eit bestemt mål.',
          en: "The offer refers to the municipality's goals in general terms, without naming a specific goal.",
        },
        {
          nb: 'Et bestemt mål er sitert, og det er beskrevet hvordan tilbudet skal bidra til det.',
          nn: 'Eit bestemt mål er sitert, og det er skildra korleis tilbodet skal bidra til det.',
          en: 'A specific goal is quoted, and it is described how the offer will contribute to it.',
        },
        {
          nb: 'Dere har egne data som viser et bidrag til målet, f.eks. tall for deltakere fra målgruppen planen peker på.',
          nn: 'De har eigne data som viser eit bidrag til målet, t.d. tal for deltakarar frå målgruppa planen peikar på.',
          en: 'You have your own data showing a contribution to the goal, e.g. figures for participants from the target group the plan points to.',
        },
        {
          nb: 'Bidraget er målt med kommunens egne indikatorer for målet, eller det er avtalt i en kontrakt eller et samarbeid med kommunen.',
          nn: 'Bidraget er målt med indikatorane kommunen sjølv nyttar for målet, eller det er avtalt i ein kontrakt eller eit samarbeid med kommunen.',
          en: "The contribution is measured with the municipality's own indicators for the goal, or agreed in a contract or partnership with the municipality.",
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
        nb: 'Se etter en oversikt over kommunale tjenester og frivillige tilbud som finnes for samme målgruppe, og hva som skiller dette tilbudet fra dem. Et tilbud som bare gjør det samme som en eksisterende tjeneste, gir lite merverdi.',
        nn: 'Sjå etter ei oversikt over kommunale tenester og frivillige tilbod som finst for same målgruppa, og kva som skil dette tilbodet frå dei. Eit tilbod som berre gjer det same som ei eksisterande teneste, gir lite meirverdi.',
        en: 'Look for an overview of the municipal services and voluntary offers that exist for the same target group, and what sets this offer apart from them. An offer that only does what an existing service does adds little value.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Tilbudet sier ikke noe om hva som finnes fra før.',
          nn: 'Tilbodet seier ikkje noko om kva som finst frå før.',
          en: 'The offer says nothing about what already exists.',
        },
        {
          nb: 'Det står at tilbudet er et supplement, men eksisterende tjenester er ikke nevnt.',
          nn: 'Det står at tilbodet er eit supplement, men eksisterande tenester er ikkje nemnde.',
          en: 'It says the offer is a supplement, but existing services are not mentioned.',
        },
        {
          nb: 'Eksisterende tjenester og tilbud for målgruppen er kartlagt, og forskjellen er beskrevet.',
          nn: 'Eksisterande tenester og tilbod for målgruppa er kartlagde, og skilnaden er skildra.',
          en: 'Existing services and offers for the target group are mapped, and the difference is described.',
        },
        {
          nb: 'Dere har data som viser forskjellen, f.eks. at deltakerne ikke brukte andre tilbud, eller tilbakemeldinger fra tjenester som har henvist deltakere.',
          nn: 'De har data som viser skilnaden, t.d. at deltakarane ikkje nytta andre tilbod, eller tilbakemeldingar frå tenester som har tilvist deltakarar.',
          en: 'You have data showing the difference, e.g. that participants did not use other services, or feedback from services that have referred participants.',
        },
        {
          nb: 'Kommunale tjenester har bekreftet skriftlig at tilbudet dekker noe de selv ikke gir, eller henviser jevnlig til det.',
          nn: 'Kommunale tenester har stadfesta skriftleg at tilbodet dekkjer noko dei sjølve ikkje gir, eller tilviser jamleg til det.',
          en: 'Municipal services have confirmed in writing that the offer covers something they do not provide, or regularly refer people to it.',
        },
      ]),
    },
    {
      id: 'varig-effekt',
      title: {
        nb: 'Tilbudet gir varige virkninger for deltakerne eller lokalsamfunnet',
        nn: 'Tilbodet gir varige verknader for deltakarane eller lokalsamfunnet',
        en: 'The offer has lasting effects for participants or the local community',
      },
      help: {
        nb: 'Se etter hva som skal være endret et år eller mer etter at deltakerne har sluttet, f.eks. fast jobb, fullført skole eller et varig nettverk, og hvordan dere vil følge dem opp over tid.',
        nn: 'Sjå etter kva som skal vere endra eitt år eller meir etter at deltakarane har slutta, t.d. fast jobb, fullført skule eller eit varig nettverk, og korleis de vil følgje dei opp over tid.',
        en: 'Look for what should have changed a year or more after participants have left, e.g. a permanent job, completed school or a lasting network, and how you will follow them up over time.',
      },
    },
    {
      id: 'baerekraftsmal',
      title: {
        nb: 'Tilbudet er knyttet til bestemte bærekraftsmål og delmål',
        nn: 'Tilbodet er knytt til bestemte berekraftsmål og delmål',
        en: 'The offer is linked to specific sustainable development goals and targets',
      },
      help: {
        nb: 'Se etter hvilke av FNs 17 bærekraftsmål, helst hvilke delmål, tilbudet bidrar til, og en forklaring på hvordan. Mange kommuner bruker bærekraftsmålene som rammeverk i samfunnsdelen; en lang liste med mål uten forklaring teller lite.',
        nn: 'Sjå etter kva for nokre av dei 17 berekraftsmåla til FN, helst kva for delmål, tilbodet bidreg til, og ei forklaring på korleis. Mange kommunar nyttar berekraftsmåla som rammeverk i samfunnsdelen; ei lang liste med mål utan forklaring tel lite.',
        en: "Look for which of the UN's 17 sustainable development goals, preferably which targets, the offer contributes to, and an explanation of how. Many municipalities use the goals as the framework of their master plan; a long list of goals without explanation counts for little.",
      },
      sdg: [17],
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Bærekraftsmålene er ikke nevnt.',
          nn: 'Berekraftsmåla er ikkje nemnde.',
          en: 'The sustainable development goals are not mentioned.',
        },
        {
          nb: 'Mål er ramset opp eller vist med ikoner, uten forklaring.',
          nn: 'Mål er ramsa opp eller viste med ikon, utan forklaring.',
          en: 'Goals are listed or shown as icons, without explanation.',
        },
        {
          nb: 'Ett eller noen få mål, helst med delmål, er valgt, og det er beskrevet hvordan tilbudet bidrar.',
          nn: 'Eitt eller nokre få mål, helst med delmål, er valde, og det er skildra korleis tilbodet bidreg.',
          en: 'One or a few goals, preferably with targets, are chosen, and it is described how the offer contributes.',
        },
        {
          nb: 'Dere rapporterer egne tall på indikatorer som hører til de valgte delmålene.',
          nn: 'De rapporterer eigne tal på indikatorar som høyrer til dei valde delmåla.',
          en: 'You report your own figures on indicators that belong to the chosen targets.',
        },
        {
          nb: 'Bidraget er bekreftet i kommunens eller en uavhengig parts rapportering på bærekraftsmålene.',
          nn: 'Bidraget er stadfesta i rapporteringa til kommunen eller ein uavhengig part på berekraftsmåla.',
          en: "The contribution is confirmed in the municipality's or an independent party's reporting on the goals.",
        },
      ]),
    },
  ],
};

const userParticipation: Dimension = {
  id: 'brukermedvirkning',
  title: { nb: 'Brukermedvirkning', nn: 'Brukarmedverknad', en: 'User participation' },
  short: { nb: 'Medvirkning', nn: 'Medverknad', en: 'Participation' },
  description: {
    nb: 'Hvor mye brukerne selv former, driver og vurderer tilbudet – fra å bli informert til å styre det selv.',
    nn: 'Kor mykje brukarane sjølve formar, driv og vurderer tilbodet – frå å bli informerte til å styre det sjølve.',
    en: 'How much users themselves shape, run and assess the offer – from being informed to leading it.',
  },
  weight: 1,
  target: 75,
  contact: {
    unit: {
      nb: 'Tjenesteutvikling (brukermedvirkning)',
      nn: 'Tenesteutvikling (brukarmedverknad)',
      en: 'Service development (user participation)',
    },
  },
  sdg: [10, 16],
  criteria: [
    {
      id: 'medvirkning-utforming',
      title: {
        nb: 'Brukerne er med på å utforme tilbudet',
        nn: 'Brukarane er med på å utforme tilbodet',
        en: 'Users take part in designing the offer',
      },
      help: {
        nb: 'Se etter hvem som var med da tilbudet ble utformet, hvordan brukerne ble rekruttert, og eksempler på noe som ble endret etter innspill fra dem. «Brukere» er de tilbudet er for, og gjerne pårørende.',
        nn: 'Sjå etter kven som var med då tilbodet vart utforma, korleis brukarane vart rekrutterte, og døme på noko som vart endra etter innspel frå dei. «Brukarar» er dei tilbodet er for, og gjerne pårørande.',
        en: "Look for who took part when the offer was designed, how the users were recruited, and examples of something that was changed after their input. 'Users' are the people the offer is for, and often their families.",
      },
      scale: withLevelDescriptions(participationScale, [
        {
          nb: 'Tilbudet er utformet uten brukere.',
          nn: 'Tilbodet er utforma utan brukarar.',
          en: 'The offer was designed without users.',
        },
        {
          nb: 'Brukere har fått presentert tilbudet da det var ferdig utformet.',
          nn: 'Brukarar har fått presentert tilbodet då det var ferdig utforma.',
          en: 'Users were shown the offer once its design was finished.',
        },
        {
          nb: 'Brukere er spurt om behov og ønsker, f.eks. i intervjuer eller en spørreundersøkelse, før tilbudet ble utformet.',
          nn: 'Brukarar er spurde om behov og ønske, t.d. i intervju eller ei spørjeundersøking, før tilbodet vart utforma.',
          en: 'Users were asked about their needs and wishes, e.g. in interviews or a survey, before the offer was designed.',
        },
        {
          nb: 'Brukere har vært med i arbeidsgrupper eller verksteder gjennom utformingen, og dere kan vise hva som ble endret etter innspillene deres.',
          nn: 'Brukarar har vore med i arbeidsgrupper eller verkstader gjennom utforminga, og de kan vise kva som vart endra etter innspela deira.',
          en: 'Users took part in working groups or workshops throughout the design, and you can show what changed because of their input.',
        },
        {
          nb: 'Brukere har utformet tilbudet sammen med dere på like fot, eller tatt initiativet og ledet arbeidet selv.',
          nn: 'Brukarar har utforma tilbodet saman med dykk på like fot, eller teke initiativet og leidd arbeidet sjølve.',
          en: 'Users designed the offer with you as equals, or took the initiative and led the work themselves.',
        },
      ]),
    },
    {
      id: 'medvirkning-gjennomforing',
      title: {
        nb: 'Brukere har roller i gjennomføringen, f.eks. som likepersoner',
        nn: 'Brukarar har roller i gjennomføringa, t.d. som likepersonar',
        en: 'Users have roles in delivering the offer, e.g. as peer workers',
      },
      help: {
        nb: 'Se etter roller for nåværende eller tidligere brukere i den daglige driften: likepersoner, erfaringskonsulenter, medarbeidere eller mentorer, og om rollene er lønnet og har opplæring og oppfølging.',
        nn: 'Sjå etter roller for noverande eller tidlegare brukarar i den daglege drifta: likepersonar, erfaringskonsulentar, medarbeidarar eller mentorar, og om rollene er løna og har opplæring og oppfølging.',
        en: 'Look for roles for current or former users in day-to-day running: peer workers, experts by experience, staff or mentors, and whether the roles are paid, with training and follow-up.',
      },
      scale: withLevelDescriptions(participationScale, [
        {
          nb: 'Brukerne tar bare imot tjenesten.',
          nn: 'Brukarane tek berre imot tenesta.',
          en: 'Users only receive the service.',
        },
        {
          nb: 'Brukerne får vite hvordan tilbudet drives og hvem som gjør hva.',
          nn: 'Brukarane får vite korleis tilbodet blir drive og kven som gjer kva.',
          en: 'Users are told how the offer is run and who does what.',
        },
        {
          nb: 'Brukerne blir spurt jevnlig om hvordan driften fungerer, f.eks. i deltakermøter.',
          nn: 'Brukarane blir spurde jamleg om korleis drifta fungerer, t.d. i deltakarmøte.',
          en: 'Users are asked regularly how the running of the offer works, e.g. in participant meetings.',
        },
        {
          nb: 'Tidligere eller nåværende brukere har faste roller i gjennomføringen, f.eks. som likepersoner, med opplæring og oppfølging.',
          nn: 'Tidlegare eller noverande brukarar har faste roller i gjennomføringa, t.d. som likepersonar, med opplæring og oppfølging.',
          en: 'Former or current users have regular roles in delivery, e.g. as peer workers, with training and follow-up.',
        },
        {
          nb: 'Brukere er ansatt i lønnede stillinger og leder deler av driften, eller tilbudet drives av brukerne selv.',
          nn: 'Brukarar er tilsette i løna stillingar og leier delar av drifta, eller tilbodet blir drive av brukarane sjølve.',
          en: 'Users are employed in paid positions and lead parts of the work, or the offer is run by its users.',
        },
      ]),
    },
    {
      id: 'medvirkning-evaluering',
      title: {
        nb: 'Brukerne er med på å vurdere og forbedre tilbudet',
        nn: 'Brukarane er med på å vurdere og forbetre tilbodet',
        en: 'Users take part in evaluating and improving the offer',
      },
      help: {
        nb: 'Se etter hvordan brukernes erfaringer samles inn og brukes når tilbudet vurderes: om brukerne bare svarer på spørsmål, eller også er med på å velge hva som skal måles, og på å tolke resultatene.',
        nn: 'Sjå etter korleis erfaringane til brukarane blir samla inn og brukte når tilbodet blir vurdert: om brukarane berre svarar på spørsmål, eller òg er med på å velje kva som skal målast, og på å tolke resultata.',
        en: "Look for how users' experiences are collected and used when the offer is evaluated: whether users only answer questions, or also help choose what is measured and interpret the results.",
      },
      scale: withLevelDescriptions(participationScale, [
        {
          nb: 'Brukerne er ikke med i noen vurdering av tilbudet.',
          nn: 'Brukarane er ikkje med i nokon vurdering av tilbodet.',
          en: 'Users have no part in any evaluation of the offer.',
        },
        {
          nb: 'Brukerne får se resultatene av evalueringer, men gir ikke innspill.',
          nn: 'Brukarane får sjå resultata av evalueringar, men gir ikkje innspel.',
          en: 'Users see the results of evaluations but give no input.',
        },
        {
          nb: 'Brukerne svarer på brukerundersøkelser eller evalueringsintervjuer.',
          nn: 'Brukarane svarar på brukarundersøkingar eller evalueringsintervju.',
          en: 'Users answer user surveys or evaluation interviews.',
        },
        {
          nb: 'Brukere er med på å velge hva som skal måles, og på å tolke resultatene, f.eks. i et brukerpanel.',
          nn: 'Brukarar er med på å velje kva som skal målast, og på å tolke resultata, t.d. i eit brukarpanel.',
          en: 'Users help choose what is measured and interpret the results, e.g. in a user panel.',
        },
        {
          nb: 'Brukere leder evalueringen eller gjennomfører den selv, f.eks. som medforskere eller i brukerstyrte undersøkelser.',
          nn: 'Brukarar leier evalueringa eller gjennomfører ho sjølve, t.d. som medforskarar eller i brukarstyrte undersøkingar.',
          en: 'Users lead the evaluation or carry it out themselves, e.g. as co-researchers or in user-led surveys.',
        },
      ]),
    },
    {
      id: 'tilbakemelding-til-brukerne',
      title: {
        nb: 'Brukerne får vite hvordan innspillene deres ble brukt',
        nn: 'Brukarane får vite korleis innspela deira vart brukte',
        en: 'Users are told how their input was used',
      },
      help: {
        nb: 'Se etter en fast måte å melde tilbake på: hva brukerne sa, hva som ble endret, og hvorfor noe ikke ble endret. Uten slik tilbakemelding slutter folk å gi innspill.',
        nn: 'Sjå etter ein fast måte å melde tilbake på: kva brukarane sa, kva som vart endra, og kvifor noko ikkje vart endra. Utan slik tilbakemelding sluttar folk å gi innspel.',
        en: 'Look for a set way of reporting back: what users said, what was changed, and why something was not. Without such feedback people stop giving input.',
      },
      scale: withLevelDescriptions(participationScale, [
        {
          nb: 'Brukerne hører ikke noe mer etter at de har gitt innspill.',
          nn: 'Brukarane høyrer ikkje noko meir etter at dei har gitt innspel.',
          en: 'Users hear nothing more after giving input.',
        },
        {
          nb: 'Det blir sagt generelt at innspillene er tatt med, uten å si hvordan.',
          nn: 'Det blir sagt generelt at innspela er tekne med, utan å seie korleis.',
          en: 'It is said in general terms that input was taken into account, without saying how.',
        },
        {
          nb: 'Brukerne får en oppsummering av innspillene og hva dere planlegger å gjøre med dem.',
          nn: 'Brukarane får ei oppsummering av innspela og kva de planlegg å gjere med dei.',
          en: 'Users receive a summary of the input and what you plan to do with it.',
        },
        {
          nb: 'Brukerne får jevnlig skriftlig eller muntlig tilbakemelding om hva som ble endret, og hvorfor noe ikke ble endret.',
          nn: 'Brukarane får jamleg skriftleg eller munnleg tilbakemelding om kva som vart endra, og kvifor noko ikkje vart endra.',
          en: 'Users regularly get written or spoken feedback on what was changed, and why something was not.',
        },
        {
          nb: 'Brukerne avgjør sammen med dere hva som skal endres, og følger selv opp at det blir gjort.',
          nn: 'Brukarane avgjer saman med dykk kva som skal endrast, og følgjer sjølve opp at det blir gjort.',
          en: 'Users decide with you what will change, and follow up themselves that it is done.',
        },
      ]),
    },
  ],
};

const userAdaptation: Dimension = {
  id: 'brukertilpasning',
  title: {
    nb: 'Brukertilpasning og mangfold',
    nn: 'Brukartilpassing og mangfald',
    en: 'User adaptation and diversity',
  },
  short: { nb: 'Tilpasning', nn: 'Tilpassing', en: 'Adaptation' },
  description: {
    nb: 'Hvor godt tilbudet tilpasses den enkelte, når dem som faller utenfor, og er tilgjengelig for alle.',
    nn: 'Kor godt tilbodet blir tilpassa den einskilde, når dei som fell utanfor, og er tilgjengeleg for alle.',
    en: 'How well the offer adapts to the individual, reaches those who fall outside, and is accessible to everyone.',
  },
  weight: 1,
  target: 60,
  contact: {
    unit: {
      nb: 'Tildelingskontoret for helse- og omsorgstjenester',
      nn: 'Tildelingskontoret for helse- og omsorgstenester',
      en: 'Allocation office for health and care services',
    },
  },
  sdg: [3, 10],
  criteria: [
    {
      id: 'individuell-tilpasning',
      title: {
        nb: 'Tilbudet tilpasses den enkeltes behov, mål og forutsetninger',
        nn: 'Tilbodet blir tilpassa behova, måla og føresetnadene til den einskilde',
        en: "The offer is adapted to each person's needs, goals and circumstances",
      },
      help: {
        nb: 'Se etter hvordan tilbudet kartlegger den enkeltes behov og mål, f.eks. med en individuell plan eller avtale, og hva som kan justeres: tempo, innhold, tid, sted og språk.',
        nn: 'Sjå etter korleis tilbodet kartlegg behova og måla til den einskilde, t.d. med ein individuell plan eller avtale, og kva som kan justerast: tempo, innhald, tid, stad og språk.',
        en: "Look for how the offer maps each person's needs and goals, e.g. with an individual plan or agreement, and what can be adjusted: pace, content, time, place and language.",
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Alle deltakerne får det samme, og tilbudet sier ikke noe om tilpasning.',
          nn: 'Alle deltakarane får det same, og tilbodet seier ikkje noko om tilpassing.',
          en: 'Every participant gets the same, and the offer says nothing about adaptation.',
        },
        {
          nb: 'Det står at tilbudet er tilpasset, uten å si hvordan.',
          nn: 'Det står at tilbodet er tilpassa, utan å seie korleis.',
          en: 'It says the offer is adapted, without saying how.',
        },
        {
          nb: 'Det er beskrevet hvordan behov kartlegges, og hva som kan tilpasses, f.eks. med en individuell plan for hver deltaker.',
          nn: 'Det er skildra korleis behov blir kartlagde, og kva som kan tilpassast, t.d. med ein individuell plan for kvar deltakar.',
          en: 'It is described how needs are mapped and what can be adapted, e.g. with an individual plan for each participant.',
        },
        {
          nb: 'Dere kan vise individuelle planer som følges opp, og data på at deltakerne opplever tilbudet som tilpasset.',
          nn: 'De kan vise individuelle planar som blir følgde opp, og data på at deltakarane opplever tilbodet som tilpassa.',
          en: 'You can show individual plans that are followed up, and data showing that participants experience the offer as adapted to them.',
        },
        {
          nb: 'En uavhengig vurdering eller et avtalt kvalitetskrav fra oppdragsgiveren bekrefter at tilbudet tilpasses den enkelte.',
          nn: 'Ei uavhengig vurdering eller eit avtalt kvalitetskrav frå oppdragsgjevaren stadfestar at tilbodet blir tilpassa den einskilde.',
          en: 'An independent review or a quality requirement agreed with the commissioner confirms that the offer adapts to each person.',
        },
      ]),
    },
    {
      id: 'faller-mellom-tilbud',
      title: {
        nb: 'Tilbudet når personer som faller mellom eksisterende tjenester',
        nn: 'Tilbodet når personar som fell mellom eksisterande tenester',
        en: 'The offer reaches people who fall between existing services',
      },
      help: {
        nb: 'Se etter en presis beskrivelse av hvem tilbudet er for, hvorfor de ikke får hjelp i dag, og hvordan dere faktisk kommer i kontakt med dem, f.eks. gjennom oppsøkende arbeid eller samarbeid med NAV og helsetjenesten.',
        nn: 'Sjå etter ei presis skildring av kven tilbodet er for, kvifor dei ikkje får hjelp i dag, og korleis de faktisk kjem i kontakt med dei, t.d. gjennom oppsøkjande arbeid eller samarbeid med NAV og helsetenesta.',
        en: 'Look for a precise description of whom the offer is for, why they do not get help today, and how you actually get in touch with them, e.g. through outreach work or cooperation with NAV and the health service.',
      },
      sdg: [10],
    },
    {
      id: 'mangfold-i-tilbudet',
      title: {
        nb: 'Tilbudet gir større mangfold i tjenestetilbudet',
        nn: 'Tilbodet gir større mangfald i tenestetilbodet',
        en: 'The offer adds diversity to the range of services',
      },
      help: {
        nb: 'Se etter hva tilbudet gir som kommunen ikke har i dag: en annen arbeidsmåte, et annet språk eller kulturelt ståsted, en annen arena eller andre åpningstider, slik at brukerne får et reelt valg.',
        nn: 'Sjå etter kva tilbodet gir som kommunen ikkje har i dag: ein annan arbeidsmåte, eit anna språk eller kulturelt ståstad, ein annan arena eller andre opningstider, slik at brukarane får eit reelt val.',
        en: 'Look for what the offer brings that the municipality lacks today: a different way of working, another language or cultural background, a different setting or other opening hours, so that users get a real choice.',
      },
      sdg: [5, 10],
    },
    {
      id: 'universell-utforming',
      title: {
        nb: 'Tilbudet er universelt utformet og tilgjengelig for alle',
        nn: 'Tilbodet er universelt utforma og tilgjengeleg for alle',
        en: 'The offer is universally designed and accessible to everyone',
      },
      help: {
        nb: 'Se etter fysisk tilgjengelighet (lokaler, transport), tilgjengelig informasjon og digitale løsninger (WCAG 2.1 AA), klart språk, tolk og tilrettelegging for ulike funksjonsnedsettelser, og hva det koster brukeren å delta.',
        nn: 'Sjå etter fysisk tilgjenge (lokale, transport), tilgjengeleg informasjon og digitale løysingar (WCAG 2.1 AA), klårt språk, tolk og tilrettelegging for ulike funksjonsnedsetjingar, og kva det kostar brukaren å delta.',
        en: 'Look for physical access (premises, transport), accessible information and digital services (WCAG 2.1 AA), plain language, interpreting and adjustments for different disabilities, and what taking part costs the user.',
      },
      sdg: [10, 11],
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Tilgjengelighet er ikke nevnt.',
          nn: 'Tilgjenge er ikkje nemnt.',
          en: 'Accessibility is not mentioned.',
        },
        {
          nb: 'Det står at tilbudet er åpent for alle, uten konkrete tiltak.',
          nn: 'Det står at tilbodet er ope for alle, utan konkrete tiltak.',
          en: 'It says the offer is open to everyone, without concrete measures.',
        },
        {
          nb: 'Konkrete tiltak er beskrevet, f.eks. trinnfri adkomst, informasjon på klart språk eller flere språk, og tolk ved behov.',
          nn: 'Konkrete tiltak er skildra, t.d. trinnfri tilkomst, informasjon på klårt språk eller fleire språk, og tolk ved behov.',
          en: 'Concrete measures are described, e.g. step-free access, information in plain language or several languages, and interpreting when needed.',
        },
        {
          nb: 'Tiltakene er på plass og sjekket, f.eks. med en tilgjengelighetserklæring for nettsidene eller tilbakemeldinger fra brukere med funksjonsnedsettelser.',
          nn: 'Tiltaka er på plass og sjekka, t.d. med ei tilgjengeerklæring for nettsidene eller tilbakemeldingar frå brukarar med funksjonsnedsetjingar.',
          en: 'The measures are in place and checked, e.g. with an accessibility statement for the website or feedback from users with disabilities.',
        },
        {
          nb: 'Tilgjengeligheten er vurdert av en uavhengig part, f.eks. en brukerorganisasjon eller en tilsynsmyndighet, uten vesentlige avvik.',
          nn: 'Tilgjenget er vurdert av ein uavhengig part, t.d. ein brukarorganisasjon eller eit tilsyn, utan vesentlege avvik.',
          en: 'Accessibility has been reviewed by an independent party, e.g. a user organisation or a supervisory authority, without significant findings.',
        },
      ]),
    },
  ],
};

const socialValue: Dimension = {
  id: 'sosial-merverdi',
  title: { nb: 'Sosial merverdi', nn: 'Sosial meirverdi', en: 'Social added value' },
  short: { nb: 'Merverdi', nn: 'Meirverdi', en: 'Social value' },
  description: {
    nb: 'Hva tilbudet gir samfunnet ut over selve tjenesten: arbeid og inkludering, målbare resultater og ringvirkninger lokalt.',
    nn: 'Kva tilbodet gir samfunnet ut over sjølve tenesta: arbeid og inkludering, målbare resultat og ringverknader lokalt.',
    en: 'What the offer gives society beyond the service itself: work and inclusion, measurable outcomes and local ripple effects.',
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
        nb: 'Tilbudet hjelper folk inn i arbeid, utdanning eller aktivitet',
        nn: 'Tilbodet hjelper folk inn i arbeid, utdanning eller aktivitet',
        en: 'The offer helps people into work, education or activity',
      },
      help: {
        nb: 'Se etter hvordan deltakerne kommer nærmere arbeidslivet: arbeidstrening, lønnet arbeid, praksisplasser, samarbeid med NAV og arbeidsgivere, og hvor mange som går videre til jobb eller utdanning. Er tilbudet ikke rettet mot arbeid, kan kriteriet merkes som ikke relevant.',
        nn: 'Sjå etter korleis deltakarane kjem nærare arbeidslivet: arbeidstrening, løna arbeid, praksisplassar, samarbeid med NAV og arbeidsgjevarar, og kor mange som går vidare til jobb eller utdanning. Er tilbodet ikkje retta mot arbeid, kan kriteriet merkjast som ikkje relevant.',
        en: 'Look for how participants move closer to working life: work training, paid work, work placements, cooperation with NAV and employers, and how many go on to a job or education. If the offer is not aimed at work, the criterion can be marked not applicable.',
      },
      sdg: [8],
    },
    {
      id: 'malbare-resultater',
      title: {
        nb: 'Tilbudet måler resultater for deltakerne, ikke bare aktivitet',
        nn: 'Tilbodet måler resultat for deltakarane, ikkje berre aktivitet',
        en: 'The offer measures outcomes for participants, not only activity',
      },
      help: {
        nb: 'Se etter forskjellen på aktivitet (antall kurs, møter og deltakere) og resultater (hva som er endret for deltakerne: helse, mestring, jobb, nettverk). Gode resultatmål er valgt på forhånd og kan sammenlignes over tid.',
        nn: 'Sjå etter skilnaden på aktivitet (tal på kurs, møte og deltakarar) og resultat (kva som er endra for deltakarane: helse, meistring, jobb, nettverk). Gode resultatmål er valde på førehand og kan samanliknast over tid.',
        en: 'Look for the difference between activity (number of courses, meetings and participants) and outcomes (what has changed for participants: health, coping, work, networks). Good outcome measures are chosen in advance and can be compared over time.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Tilbudet sier ikke noe om hva som skal måles.',
          nn: 'Tilbodet seier ikkje noko om kva som skal målast.',
          en: 'The offer says nothing about what will be measured.',
        },
        {
          nb: 'Bare aktivitet telles, f.eks. antall deltakere eller møter.',
          nn: 'Berre aktivitet blir talt, t.d. tal på deltakarar eller møte.',
          en: 'Only activity is counted, e.g. the number of participants or meetings.',
        },
        {
          nb: 'Resultatmål er valgt og beskrevet, med hvordan og når de skal måles.',
          nn: 'Resultatmål er valde og skildra, med korleis og når dei skal målast.',
          en: 'Outcome measures are chosen and described, with how and when they will be measured.',
        },
        {
          nb: 'Dere har målt resultatene for deltakerne og kan legge fram tallene, f.eks. andelen i jobb seks måneder etter.',
          nn: 'De har målt resultata for deltakarane og kan leggje fram tala, t.d. delen i jobb seks månader etter.',
          en: 'You have measured outcomes for participants and can present the figures, e.g. the share in work six months later.',
        },
        {
          nb: 'Resultatene er bekreftet av en uavhengig part eller inngår i en avtale med resultatbasert oppfølging.',
          nn: 'Resultata er stadfesta av ein uavhengig part eller inngår i ein avtale med resultatbasert oppfølging.',
          en: 'The outcomes are confirmed by an independent party or form part of an agreement with outcome-based follow-up.',
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
      help: {
        nb: 'Se etter virkninger ut over deltakerne: lokale arbeidsplasser og innkjøp, samarbeid med frivillige lag og næringsliv, nye møteplasser, pårørende som blir avlastet, og mindre behov for andre tjenester.',
        nn: 'Sjå etter verknader ut over deltakarane: lokale arbeidsplassar og innkjøp, samarbeid med frivillige lag og næringsliv, nye møteplassar, pårørande som blir avlasta, og mindre behov for andre tenester.',
        en: 'Look for effects beyond the participants: local jobs and purchases, cooperation with voluntary groups and businesses, new meeting places, relief for families, and less need for other services.',
      },
      sdg: [8, 11],
    },
    {
      id: 'utilsiktede-virkninger',
      title: {
        nb: 'Negative eller utilsiktede virkninger er vurdert',
        nn: 'Negative eller utilsikta verknader er vurderte',
        en: 'Negative or unintended effects have been considered',
      },
      help: {
        nb: 'Se etter en ærlig vurdering av hva som kan gå galt: deltakere som faller fra, fortrengning av andre tilbud eller arbeidstakere, at deltakerne blir avhengige av ett tilbud, personvern, og hva dere gjør for å forebygge det.',
        nn: 'Sjå etter ei ærleg vurdering av kva som kan gå gale: deltakarar som fell frå, fortrenging av andre tilbod eller arbeidstakarar, at deltakarane blir avhengige av eitt tilbod, personvern, og kva de gjer for å førebyggje det.',
        en: 'Look for an honest assessment of what could go wrong: participants dropping out, displacing other services or workers, participants becoming dependent on a single offer, privacy, and what you do to prevent it.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Mulige negative virkninger er ikke nevnt.',
          nn: 'Moglege negative verknader er ikkje nemnde.',
          en: 'Possible negative effects are not mentioned.',
        },
        {
          nb: 'Det står at tilbudet ikke har negative virkninger, uten at det er vurdert.',
          nn: 'Det står at tilbodet ikkje har negative verknader, utan at det er vurdert.',
          en: 'It says the offer has no negative effects, without any assessment.',
        },
        {
          nb: 'Risikoer er listet opp med tiltak, f.eks. i en risikovurdering eller en vurdering av personvernkonsekvenser.',
          nn: 'Risikoar er lista opp med tiltak, t.d. i ei risikovurdering eller ei vurdering av personvernkonsekvensar.',
          en: 'Risks are listed with measures, e.g. in a risk assessment or a data protection impact assessment.',
        },
        {
          nb: 'Dere følger med på slike virkninger med egne data, f.eks. frafall og årsakene til det, og har justert tilbudet etter dem.',
          nn: 'De følgjer med på slike verknader med eigne data, t.d. fråfall og årsakene til det, og har justert tilbodet etter dei.',
          en: 'You monitor such effects with your own data, e.g. dropout and its causes, and have adjusted the offer accordingly.',
        },
        {
          nb: 'En uavhengig evaluering har undersøkt negative og utilsiktede virkninger.',
          nn: 'Ei uavhengig evaluering har undersøkt negative og utilsikta verknader.',
          en: 'An independent evaluation has examined negative and unintended effects.',
        },
      ]),
    },
  ],
};

const innovation: Dimension = {
  id: 'innovasjon',
  title: { nb: 'Innovasjon', nn: 'Innovasjon', en: 'Innovation' },
  short: { nb: 'Innovasjon', nn: 'Innovasjon', en: 'Innovation' },
  description: {
    nb: 'Om tilbudet prøver noe nytt for kommunen, svarer på et udekket behov, lærer underveis og kan tas i bruk andre steder.',
    nn: 'Om tilbodet prøver noko nytt for kommunen, svarar på eit udekt behov, lærer undervegs og kan takast i bruk andre stader.',
    en: 'Whether the offer tries something new for the municipality, meets an unmet need, learns as it goes and can be used elsewhere.',
  },
  weight: 1,
  target: 50,
  contact: {
    unit: { nb: 'Innovasjonsenheten', nn: 'Innovasjonseininga', en: 'Innovation unit' },
  },
  sdg: [9, 17],
  criteria: [
    {
      id: 'nytt-for-kommunen',
      title: {
        nb: 'Tilbudet er nytt for kommunen',
        nn: 'Tilbodet er nytt for kommunen',
        en: 'The offer is new to the municipality',
      },
      help: {
        nb: 'Se etter hva som er nytt: målgruppen, arbeidsmåten, samarbeidsformen eller finansieringen. Noe kan være nytt her selv om det er prøvd andre steder; det teller, og erfaringene derfra er en styrke.',
        nn: 'Sjå etter kva som er nytt: målgruppa, arbeidsmåten, samarbeidsforma eller finansieringa. Noko kan vere nytt her sjølv om det er prøvd andre stader; det tel, og røynslene derifrå er ein styrke.',
        en: 'Look for what is new: the target group, the way of working, the form of cooperation or the funding. Something can be new here even if it has been tried elsewhere; that counts, and the experience from there is a strength.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Det står ikke hva som er nytt.',
          nn: 'Det står ikkje kva som er nytt.',
          en: 'It does not say what is new.',
        },
        {
          nb: 'Tilbudet kaller seg nyskapende, uten å si hva som er nytt.',
          nn: 'Tilbodet kallar seg nyskapande, utan å seie kva som er nytt.',
          en: 'The offer calls itself innovative without saying what is new.',
        },
        {
          nb: 'Det er beskrevet hva som er nytt sammenlignet med det kommunen gjør i dag.',
          nn: 'Det er skildra kva som er nytt samanlikna med det kommunen gjer i dag.',
          en: 'It describes what is new compared with what the municipality does today.',
        },
        {
          nb: 'Dere har kartlagt kommunens tjenester, og kartleggingen viser at ingen gjør dette i kommunen i dag.',
          nn: 'De har kartlagt tenestene til kommunen, og kartlegginga viser at ingen gjer dette i kommunen i dag.',
          en: "You have mapped the municipality's services, and the mapping shows that no one in the municipality does this today.",
        },
        {
          nb: 'Kommunen har bekreftet at tilbudet er nytt, f.eks. i en behovsvurdering eller en markedsdialog.',
          nn: 'Kommunen har stadfesta at tilbodet er nytt, t.d. i ei behovsvurdering eller ein marknadsdialog.',
          en: 'The municipality has confirmed that the offer is new, e.g. in a needs assessment or a market dialogue.',
        },
      ]),
    },
    {
      id: 'udekket-behov',
      title: {
        nb: 'Tilbudet svarer på et behov som ikke er dekket i dag',
        nn: 'Tilbodet svarar på eit behov som ikkje er dekt i dag',
        en: 'The offer meets a need that is not met today',
      },
      help: {
        nb: 'Se etter hvem som har behovet, hvor mange de er, og hvor kunnskapen kommer fra: statistikk, kommunens egne kartlegginger (f.eks. folkehelseoversikten eller Ungdata), henvendelser eller brukernes egne beskrivelser.',
        nn: 'Sjå etter kven som har behovet, kor mange dei er, og kvar kunnskapen kjem frå: statistikk, kartleggingane til kommunen sjølv (t.d. folkehelseoversikta eller Ungdata), førespurnader eller skildringane til brukarane sjølve.',
        en: "Look for who has the need, how many they are, and where the knowledge comes from: statistics, the municipality's own surveys (e.g. the public health overview or Ungdata), enquiries, or users' own accounts.",
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Behovet er ikke beskrevet.',
          nn: 'Behovet er ikkje skildra.',
          en: 'The need is not described.',
        },
        {
          nb: 'Behovet er påstått, uten kilder.',
          nn: 'Behovet er påstått, utan kjelder.',
          en: 'The need is asserted without sources.',
        },
        {
          nb: 'Behovet er beskrevet med kilder, f.eks. offentlig statistikk eller kommunens folkehelseoversikt.',
          nn: 'Behovet er skildra med kjelder, t.d. offentleg statistikk eller folkehelseoversikta til kommunen.',
          en: "The need is described with sources, e.g. public statistics or the municipality's public health overview.",
        },
        {
          nb: 'Dere har egne data om behovet, f.eks. ventelister, henvendelser eller intervjuer med målgruppen.',
          nn: 'De har eigne data om behovet, t.d. ventelister, førespurnader eller intervju med målgruppa.',
          en: 'You have your own data on the need, e.g. waiting lists, enquiries or interviews with the target group.',
        },
        {
          nb: 'Kommunen eller en uavhengig part har bekreftet behovet, f.eks. i en plan, en behovsanalyse eller en utlysning.',
          nn: 'Kommunen eller ein uavhengig part har stadfesta behovet, t.d. i ein plan, ei behovsanalyse eller ei utlysing.',
          en: 'The municipality or an independent party has confirmed the need, e.g. in a plan, a needs analysis or a call for proposals.',
        },
      ]),
    },
    {
      id: 'pilot-med-laering',
      title: {
        nb: 'Tilbudet prøves ut i en pilot med innebygd læring',
        nn: 'Tilbodet blir prøvd ut i ein pilot med innebygd læring',
        en: 'The offer is piloted with learning built in',
      },
      help: {
        nb: 'Se etter en avgrenset utprøving med tydelige spørsmål som skal besvares, faste tidspunkter for å gjøre opp status, og en plan for hva som skjer etterpå: videreføre, endre eller avslutte.',
        nn: 'Sjå etter ei avgrensa utprøving med tydelege spørsmål som skal svarast på, faste tidspunkt for å gjere opp status, og ein plan for kva som skjer etterpå: vidareføre, endre eller avslutte.',
        en: 'Look for a limited trial with clear questions to answer, set points at which to take stock, and a plan for what happens afterwards: continue, change or stop.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Utprøving er ikke nevnt.',
          nn: 'Utprøving er ikkje nemnd.',
          en: 'Piloting is not mentioned.',
        },
        {
          nb: 'Dere vil «prøve ut» tilbudet, uten en plan for hva dere skal lære.',
          nn: 'De vil «prøve ut» tilbodet, utan ein plan for kva de skal lære.',
          en: "You want to 'try out' the offer, without a plan for what to learn.",
        },
        {
          nb: 'Det finnes en pilotplan med varighet, spørsmål som skal besvares, og kriterier for å videreføre, endre eller avslutte.',
          nn: 'Det finst ein pilotplan med varigheit, spørsmål som skal svarast på, og kriterium for å vidareføre, endre eller avslutte.',
          en: 'There is a pilot plan with a duration, questions to answer, and criteria for continuing, changing or stopping.',
        },
        {
          nb: 'Piloten er gjennomført eller i gang, og dere kan vise hva dere har lært og endret underveis.',
          nn: 'Piloten er gjennomført eller i gang, og de kan vise kva de har lært og endra undervegs.',
          en: 'The pilot has run or is running, and you can show what you have learned and changed along the way.',
        },
        {
          nb: 'Piloten er evaluert sammen med kommunen eller av en uavhengig part, og lærdommene er samlet i en rapport.',
          nn: 'Piloten er evaluert saman med kommunen eller av ein uavhengig part, og lærdomane er samla i ein rapport.',
          en: 'The pilot has been evaluated with the municipality or by an independent party, and the lessons are set out in a report.',
        },
      ]),
    },
    {
      id: 'overforbarhet',
      title: {
        nb: 'Tilbudet kan overføres til andre steder eller skaleres opp',
        nn: 'Tilbodet kan overførast til andre stader eller skalerast opp',
        en: 'The offer can be transferred to other places or scaled up',
      },
      help: {
        nb: 'Se etter hva som skal til for å ta tilbudet i bruk et annet sted eller for flere: beskrevne metoder, opplæringsmateriell, hva som avhenger av enkeltpersoner, og hva det koster per deltaker i større skala.',
        nn: 'Sjå etter kva som skal til for å ta tilbodet i bruk ein annan stad eller for fleire: skildra metodar, opplæringsmateriell, kva som heng på einskildpersonar, og kva det kostar per deltakar i større skala.',
        en: 'Look for what it would take to use the offer elsewhere or for more people: documented methods, training material, what depends on particular individuals, and the cost per participant at a larger scale.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Overføring eller oppskalering er ikke nevnt.',
          nn: 'Overføring eller oppskalering er ikkje nemnd.',
          en: 'Transfer or scaling is not mentioned.',
        },
        {
          nb: 'Det står at tilbudet kan brukes andre steder, uten å si hva som skal til.',
          nn: 'Det står at tilbodet kan nyttast andre stader, utan å seie kva som skal til.',
          en: 'It says the offer could be used elsewhere, without saying what it would take.',
        },
        {
          nb: 'Metoden er skrevet ned slik at andre kan følge den, f.eks. i en håndbok, og det er beskrevet hva som skal til for å skalere.',
          nn: 'Metoden er skriven ned slik at andre kan følgje han, t.d. i ei handbok, og det er skildra kva som skal til for å skalere.',
          en: 'The method is written down so that others can follow it, e.g. in a handbook, and it is described what scaling would take.',
        },
        {
          nb: 'Tilbudet er tatt i bruk flere steder eller for flere målgrupper, og dere har data fra hvert sted.',
          nn: 'Tilbodet er teke i bruk fleire stader eller for fleire målgrupper, og de har data frå kvar stad.',
          en: 'The offer is in use in several places or for several target groups, and you have data from each.',
        },
        {
          nb: 'Andre har tatt tilbudet i bruk uten dere, eller en evaluering viser like resultater flere steder.',
          nn: 'Andre har teke tilbodet i bruk utan dykk, eller ei evaluering viser like resultat fleire stader.',
          en: 'Others have adopted the offer without you, or an evaluation shows similar results in several places.',
        },
      ]),
    },
  ],
};

const evidenceOfEffect: Dimension = {
  id: 'dokumentert-effekt',
  title: { nb: 'Dokumentert effekt', nn: 'Dokumentert effekt', en: 'Evidence of effect' },
  short: { nb: 'Effekt', nn: 'Effekt', en: 'Evidence' },
  description: {
    nb: 'Hvor godt det er vist at tilbudet virker: fra en skriftlig endringsteori til en uavhengig evaluering.',
    nn: 'Kor godt det er vist at tilbodet verkar: frå ein skriftleg endringsteori til ei uavhengig evaluering.',
    en: 'How well it is shown that the offer works: from a written theory of change to an independent evaluation.',
  },
  weight: 1,
  target: 50,
  contact: {
    unit: {
      nb: 'Analyseenheten, forskning og utvikling',
      nn: 'Analyseeininga, forsking og utvikling',
      en: 'Analysis unit, research and development',
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
        nb: 'Se etter en kjede fra ressurser og aktiviteter via resultater på kort sikt til varige virkninger, med antakelsene som må holde, gjerne som en figur. Endringsteorien forklarer hvorfor tilbudet skal virke.',
        nn: 'Sjå etter ei kjede frå ressursar og aktivitetar via resultat på kort sikt til varige verknader, med føresetnadene som må halde, gjerne som ein figur. Endringsteorien forklarer kvifor tilbodet skal verke.',
        en: 'Look for a chain from resources and activities through short-term outcomes to lasting effects, with the assumptions that must hold, ideally as a diagram. The theory of change explains why the offer should work.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Det står ikke hvordan tilbudet skal føre til endring.',
          nn: 'Det står ikkje korleis tilbodet skal føre til endring.',
          en: 'It does not say how the offer will bring about change.',
        },
        {
          nb: 'Målet er nevnt, men ikke veien fra aktivitet til resultat.',
          nn: 'Målet er nemnt, men ikkje vegen frå aktivitet til resultat.',
          en: 'The goal is mentioned, but not the path from activity to outcome.',
        },
        {
          nb: 'Det finnes en skriftlig endringsteori: aktiviteter, resultater på kort og lang sikt, og antakelsene imellom.',
          nn: 'Det finst ein skriftleg endringsteori: aktivitetar, resultat på kort og lang sikt, og føresetnadene imellom.',
          en: 'There is a written theory of change: activities, short- and long-term outcomes, and the assumptions in between.',
        },
        {
          nb: 'Endringsteorien bygger på forskning eller erfaringer fra lignende tiltak, og er justert etter egne data.',
          nn: 'Endringsteorien byggjer på forsking eller røynsler frå liknande tiltak, og er justert etter eigne data.',
          en: 'The theory of change draws on research or experience from similar programmes, and has been adjusted to your own data.',
        },
        {
          nb: 'Endringsteorien er gjennomgått av fagfolk utenfra, f.eks. forskere eller en kommunal fagavdeling, og brukt i en evaluering.',
          nn: 'Endringsteorien er gjennomgått av fagfolk utanfrå, t.d. forskarar eller ei kommunal fagavdeling, og nytta i ei evaluering.',
          en: 'The theory of change has been reviewed by outside experts, e.g. researchers or a municipal specialist unit, and used in an evaluation.',
        },
      ]),
    },
    {
      id: 'for-og-etter-data',
      title: {
        nb: 'Det finnes data fra før og etter for deltakerne',
        nn: 'Det finst data frå før og etter for deltakarane',
        en: 'There are before-and-after data for participants',
      },
      help: {
        nb: 'Se etter målinger av det samme ved start og slutt (og gjerne senere), med samme verktøy for alle, f.eks. et validert spørreskjema om livskvalitet eller mestring. Se også hvor mange som svarte, og hvor mange som falt fra.',
        nn: 'Sjå etter målingar av det same ved start og slutt (og gjerne seinare), med same verktøy for alle, t.d. eit validert spørjeskjema om livskvalitet eller meistring. Sjå òg kor mange som svarte, og kor mange som fall frå.',
        en: 'Look for measurements of the same thing at the start and the end (and ideally later), with the same tool for everyone, e.g. a validated questionnaire on quality of life or coping. Also look at how many responded, and how many dropped out.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Det finnes ingen målinger av deltakerne.',
          nn: 'Det finst ingen målingar av deltakarane.',
          en: 'There are no measurements of participants.',
        },
        {
          nb: 'Det er fortalt om enkeltdeltakere som har fått det bedre, uten systematiske målinger.',
          nn: 'Det er fortalt om einskilde deltakarar som har fått det betre, utan systematiske målingar.',
          en: 'Stories are told of individual participants who are better off, without systematic measurement.',
        },
        {
          nb: 'Målinger ved start og slutt er planlagt, med et valgt måleverktøy.',
          nn: 'Målingar ved start og slutt er planlagde, med eit valt måleverktøy.',
          en: 'Measurements at the start and the end are planned, with a chosen measurement tool.',
        },
        {
          nb: 'Dere har før/etter-målinger for de fleste deltakerne og kan legge fram resultatene, også for dem som falt fra.',
          nn: 'De har før/etter-målingar for dei fleste deltakarane og kan leggje fram resultata, også for dei som fall frå.',
          en: 'You have before/after measurements for most participants and can present the results, including for those who dropped out.',
        },
        {
          nb: 'Målingene er gjentatt over tid, f.eks. et år etter, og gjennomgått av en uavhengig part.',
          nn: 'Målingane er gjentekne over tid, t.d. eitt år etter, og gjennomgått av ein uavhengig part.',
          en: 'The measurements are repeated over time, e.g. a year later, and reviewed by an independent party.',
        },
      ]),
    },
    {
      id: 'sammenligning',
      title: {
        nb: 'Resultatene er sammenlignet med en kontroll- eller sammenligningsgruppe',
        nn: 'Resultata er samanlikna med ei kontroll- eller samanlikningsgruppe',
        en: 'The results are compared with a control or comparison group',
      },
      help: {
        nb: 'Se etter en sammenligning som viser hva som ville skjedd uten tilbudet: en lignende gruppe som ikke deltok, en venteliste, eller tall for målgruppen fra offentlig statistikk. Uten sammenligning vet man ikke om endringen skyldes tilbudet.',
        nn: 'Sjå etter ei samanlikning som viser kva som ville ha skjedd utan tilbodet: ei liknande gruppe som ikkje deltok, ei venteliste, eller tal for målgruppa frå offentleg statistikk. Utan samanlikning veit ein ikkje om endringa kjem av tilbodet.',
        en: 'Look for a comparison that shows what would have happened without the offer: a similar group that did not take part, a waiting list, or figures for the target group from public statistics. Without a comparison no one knows whether the change is due to the offer.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Ingen sammenligning er nevnt.',
          nn: 'Inga samanlikning er nemnd.',
          en: 'No comparison is mentioned.',
        },
        {
          nb: 'Det står at resultatene er bedre enn ellers, uten tall å sammenligne med.',
          nn: 'Det står at resultata er betre enn elles, utan tal å samanlikne med.',
          en: 'It says the results are better than elsewhere, without figures to compare with.',
        },
        {
          nb: 'En sammenligning er planlagt: hvilken gruppe eller statistikk, og hvordan.',
          nn: 'Ei samanlikning er planlagd: kva for ei gruppe eller statistikk, og korleis.',
          en: 'A comparison is planned: which group or statistics, and how.',
        },
        {
          nb: 'Resultatene er sammenlignet med en lignende gruppe eller med offentlig statistikk for målgruppen.',
          nn: 'Resultata er samanlikna med ei liknande gruppe eller med offentleg statistikk for målgruppa.',
          en: 'The results have been compared with a similar group or with public statistics for the target group.',
        },
        {
          nb: 'Effekten er vist i en kontrollert studie, f.eks. med tilfeldig fordeling eller en matchet kontrollgruppe.',
          nn: 'Effekten er vist i ein kontrollert studie, t.d. med tilfeldig fordeling eller ei matcha kontrollgruppe.',
          en: 'The effect is shown in a controlled study, e.g. with random allocation or a matched control group.',
        },
      ]),
    },
    {
      id: 'uavhengig-evaluering',
      title: {
        nb: 'Tilbudet er evaluert av en uavhengig part',
        nn: 'Tilbodet er evaluert av ein uavhengig part',
        en: 'The offer has been evaluated by an independent party',
      },
      help: {
        nb: 'Se etter en evaluering utført av noen uten egeninteresse i tilbudet, f.eks. et forskningsmiljø eller et konsulentselskap, og om rapporten er offentlig. En evaluering av samme metode et annet sted teller også, men mindre.',
        nn: 'Sjå etter ei evaluering utført av nokon utan eigeninteresse i tilbodet, t.d. eit forskingsmiljø eller eit konsulentselskap, og om rapporten er offentleg. Ei evaluering av same metoden ein annan stad tel òg, men mindre.',
        en: 'Look for an evaluation carried out by someone with no stake in the offer, e.g. a research group or a consultancy, and whether the report is public. An evaluation of the same method elsewhere also counts, but less.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Ingen evaluering er nevnt.',
          nn: 'Inga evaluering er nemnd.',
          en: 'No evaluation is mentioned.',
        },
        {
          nb: 'Dere viser til at metoden er evaluert andre steder, uten kilde.',
          nn: 'De viser til at metoden er evaluert andre stader, utan kjelde.',
          en: 'You refer to evaluations of the method elsewhere, without a source.',
        },
        {
          nb: 'En uavhengig evaluering er planlagt og har en ansvarlig, f.eks. en avtale med et forskningsmiljø.',
          nn: 'Ei uavhengig evaluering er planlagd og har ein ansvarleg, t.d. ein avtale med eit forskingsmiljø.',
          en: 'An independent evaluation is planned and has someone responsible, e.g. an agreement with a research group.',
        },
        {
          nb: 'Metoden er evaluert uavhengig et annet sted, og rapporten kan legges fram.',
          nn: 'Metoden er evaluert uavhengig ein annan stad, og rapporten kan leggjast fram.',
          en: 'The method has been evaluated independently elsewhere, and the report can be shown.',
        },
        {
          nb: 'Dette tilbudet er evaluert av en uavhengig part, og rapporten er offentlig.',
          nn: 'Dette tilbodet er evaluert av ein uavhengig part, og rapporten er offentleg.',
          en: 'This offer has been evaluated by an independent party, and the report is public.',
        },
      ]),
    },
  ],
};

const feasibility: Dimension = {
  id: 'gjennomforbarhet',
  title: {
    nb: 'Gjennomførbarhet og samarbeid',
    nn: 'Gjennomførbarheit og samarbeid',
    en: 'Feasibility and partnership',
  },
  short: { nb: 'Gjennomføring', nn: 'Gjennomføring', en: 'Feasibility' },
  description: {
    nb: 'Om tilbudet kan settes ut i livet: en eier i kommunen, en lovlig anskaffelsesvei, en bærekraftig økonomi og samarbeid på tvers av sektorer.',
    nn: 'Om tilbodet kan setjast ut i livet: ein eigar i kommunen, ein lovleg anskaffingsveg, ein berekraftig økonomi og samarbeid på tvers av sektorar.',
    en: 'Whether the offer can be put into practice: an owner in the municipality, a lawful procurement route, a viable economy and cooperation across sectors.',
  },
  weight: 1,
  target: 60,
  contact: {
    unit: { nb: 'Innkjøpsavdelingen', nn: 'Innkjøpsavdelinga', en: 'Procurement department' },
  },
  sdg: [12, 17],
  criteria: [
    {
      id: 'eier-i-kommunen',
      title: {
        nb: 'Tilbudet har en navngitt eier i kommunen',
        nn: 'Tilbodet har ein namngjeven eigar i kommunen',
        en: 'The offer has a named owner in the municipality',
      },
      help: {
        nb: 'Se etter hvilken enhet eller tjeneste i kommunen som skal eie samarbeidet, og om noen der har sagt seg villig. Uten en eier blir gode tilbud stående uten mottaker.',
        nn: 'Sjå etter kva for ei eining eller teneste i kommunen som skal eige samarbeidet, og om nokon der har sagt seg villig. Utan ein eigar blir gode tilbod ståande utan mottakar.',
        en: 'Look for which unit or service in the municipality is to own the partnership, and whether anyone there has agreed. Without an owner, good offers are left without a recipient.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Ingen enhet i kommunen er nevnt.',
          nn: 'Inga eining i kommunen er nemnd.',
          en: 'No unit in the municipality is mentioned.',
        },
        {
          nb: 'Kommunen er nevnt som mottaker, uten å peke på en enhet.',
          nn: 'Kommunen er nemnd som mottakar, utan å peike på ei eining.',
          en: 'The municipality is named as recipient, without pointing to a unit.',
        },
        {
          nb: 'En bestemt enhet er pekt ut, og det er beskrevet hva den skal ha ansvar for.',
          nn: 'Ei bestemt eining er peika ut, og det er skildra kva ho skal ha ansvar for.',
          en: 'A specific unit is identified, and it is described what it would be responsible for.',
        },
        {
          nb: 'En leder eller saksbehandler i enheten har hatt møte med dere og sagt seg villig til å følge opp.',
          nn: 'Ein leiar eller sakshandsamar i eininga har hatt møte med dykk og sagt seg villig til å følgje opp.',
          en: 'A manager or case officer in the unit has met you and agreed to follow up.',
        },
        {
          nb: 'Eierskapet er formalisert, f.eks. i en intensjonsavtale, et vedtak eller en kontrakt.',
          nn: 'Eigarskapen er formalisert, t.d. i ein intensjonsavtale, eit vedtak eller ein kontrakt.',
          en: 'Ownership is formalised, e.g. in a letter of intent, a decision or a contract.',
        },
      ]),
    },
    {
      id: 'anskaffelsesvei',
      title: {
        nb: 'Det er pekt ut en lovlig vei for kjøp eller samarbeid',
        nn: 'Det er peika ut ein lovleg veg for kjøp eller samarbeid',
        en: 'A lawful route for purchase or partnership has been identified',
      },
      help: {
        nb: 'Se etter hvordan kommunen lovlig kan kjøpe eller støtte tilbudet: direkteanskaffelse under terskelverdien, en pilot eller forsøksordning, innovasjonspartnerskap, konkurranse med tildelingskriterier som vekter sosial merverdi, kontrakt reservert for virksomheter som integrerer personer med nedsatt funksjonsevne eller vanskeligstilte, eller tilskudd. Anskaffelsesregelverket gir mer rom enn mange tror.',
        nn: 'Sjå etter korleis kommunen lovleg kan kjøpe eller støtte tilbodet: direkte anskaffing under terskelverdien, ein pilot eller ei forsøksordning, innovasjonspartnarskap, konkurranse med tildelingskriterium som vektar sosial meirverdi, kontrakt reservert for verksemder som integrerer personar med nedsett funksjonsevne eller vanskelegstilte, eller tilskot. Regelverket for offentlege anskaffingar gir meir rom enn mange trur.',
        en: 'Look for how the municipality can lawfully buy or support the offer: a direct award below the threshold, a pilot or trial scheme, an innovation partnership, a competition with award criteria that weigh social added value, a contract reserved for organisations that integrate people with disabilities or disadvantaged people, or a grant. Procurement law leaves more room than many think.',
      },
      sdg: [12],
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Det står ikke hvordan kommunen kan kjøpe eller støtte tilbudet.',
          nn: 'Det står ikkje korleis kommunen kan kjøpe eller støtte tilbodet.',
          en: 'It does not say how the municipality could buy or support the offer.',
        },
        {
          nb: 'Dere ønsker en avtale med kommunen, uten å si hva slags.',
          nn: 'De ønskjer ein avtale med kommunen, utan å seie kva slags.',
          en: 'You want an agreement with the municipality, without saying what kind.',
        },
        {
          nb: 'En bestemt vei er pekt ut, f.eks. direkteanskaffelse under terskelverdien, innovasjonspartnerskap eller reservert kontrakt, med en begrunnelse for at den passer.',
          nn: 'Ein bestemt veg er peika ut, t.d. direkte anskaffing under terskelverdien, innovasjonspartnarskap eller reservert kontrakt, med ei grunngjeving for at han passar.',
          en: 'A specific route is identified, e.g. a direct award below the threshold, an innovation partnership or a reserved contract, with reasons why it fits.',
        },
        {
          nb: 'Veien er drøftet med kommunens innkjøpsfunksjon eller en fagenhet, f.eks. i en markedsdialog, og de har ikke sett hindringer.',
          nn: 'Vegen er drøfta med innkjøpsfunksjonen til kommunen eller ei fageining, t.d. i ein marknadsdialog, og dei har ikkje sett hindringar.',
          en: "The route has been discussed with the municipality's procurement function or a specialist unit, e.g. in a market dialogue, and they saw no obstacles.",
        },
        {
          nb: 'Kommunen har startet prosessen, f.eks. kunngjort en konkurranse, gitt tilsagn om tilskudd eller inngått en pilotavtale.',
          nn: 'Kommunen har starta prosessen, t.d. kunngjort ein konkurranse, gitt tilsegn om tilskot eller inngått ein pilotavtale.',
          en: 'The municipality has started the process, e.g. announced a competition, approved a grant or signed a pilot agreement.',
        },
      ]),
    },
    {
      id: 'okonomisk-modell',
      title: {
        nb: 'Tilbudet har en bærekraftig økonomisk modell',
        nn: 'Tilbodet har ein berekraftig økonomisk modell',
        en: 'The offer has a viable economic model',
      },
      help: {
        nb: 'Se etter et budsjett, hva kommunen skal betale og for hva, andre inntekter (salg, tilskudd, stiftelser), og hva som skjer når prosjektmidlene tar slutt. Se også om det er regnet på hvilke kostnader kommunen kan spare eller unngå.',
        nn: 'Sjå etter eit budsjett, kva kommunen skal betale og for kva, andre inntekter (sal, tilskot, stiftingar), og kva som skjer når prosjektmidlane tek slutt. Sjå òg om det er rekna på kva for kostnader kommunen kan spare eller sleppe.',
        en: 'Look for a budget, what the municipality would pay and for what, other income (sales, grants, foundations), and what happens when project funding runs out. Also look at whether the costs the municipality could save or avoid have been calculated.',
      },
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Økonomien er ikke beskrevet.',
          nn: 'Økonomien er ikkje skildra.',
          en: 'The economics are not described.',
        },
        {
          nb: 'Det er oppgitt en pris eller et beløp, uten budsjett.',
          nn: 'Det er oppgitt ein pris eller eit beløp, utan budsjett.',
          en: 'A price or sum is given, without a budget.',
        },
        {
          nb: 'Det finnes et budsjett med inntekter og kostnader, og en plan for driften etter prosjektperioden.',
          nn: 'Det finst eit budsjett med inntekter og kostnader, og ein plan for drifta etter prosjektperioden.',
          en: 'There is a budget with income and costs, and a plan for running the offer after the project period.',
        },
        {
          nb: 'Dere har regnskap fra driften, f.eks. kostnad per deltaker, og flere inntektskilder er på plass.',
          nn: 'De har rekneskap frå drifta, t.d. kostnad per deltakar, og fleire inntektskjelder er på plass.',
          en: 'You have accounts from running the offer, e.g. cost per participant, and several sources of income are in place.',
        },
        {
          nb: 'Finansieringen er sikret i avtaler over flere år, eller en uavhengig samfunnsøkonomisk analyse viser at tilbudet lønner seg.',
          nn: 'Finansieringa er sikra i avtalar over fleire år, eller ei uavhengig samfunnsøkonomisk analyse viser at tilbodet løner seg.',
          en: 'Funding is secured in multi-year agreements, or an independent cost-benefit analysis shows that the offer pays off.',
        },
      ]),
    },
    {
      id: 'samarbeid-pa-tvers',
      title: {
        nb: 'Tilbudet samarbeider på tvers av sektorer, f.eks. med NAV, frivilligheten og helsetjenesten',
        nn: 'Tilbodet samarbeider på tvers av sektorar, t.d. med NAV, frivilligheita og helsetenesta',
        en: 'The offer works across sectors, e.g. with NAV, the voluntary sector and health services',
      },
      help: {
        nb: 'Se etter hvem tilbudet samarbeider med, hva hver part bidrar med, og om samarbeidet er avtalt. Tilbud rettet mot arbeid bør ha NAV med; tilbud for helse og livskvalitet gjerne fastleger, helsestasjonen eller psykisk helsetjeneste.',
        nn: 'Sjå etter kven tilbodet samarbeider med, kva kvar part bidreg med, og om samarbeidet er avtalt. Tilbod retta mot arbeid bør ha NAV med; tilbod for helse og livskvalitet gjerne fastlegar, helsestasjonen eller psykisk helseteneste.',
        en: 'Look for whom the offer works with, what each party contributes, and whether the cooperation is agreed. Offers aimed at work should include NAV; offers for health and quality of life, for example GPs, the health centre or mental health services.',
      },
      sdg: [17],
      scale: withLevelDescriptions(evidenceScale, [
        {
          nb: 'Ingen samarbeidspartnere er nevnt.',
          nn: 'Ingen samarbeidspartnarar er nemnde.',
          en: 'No partners are mentioned.',
        },
        {
          nb: 'Mulige partnere er nevnt, men ikke kontaktet.',
          nn: 'Moglege partnarar er nemnde, men ikkje kontakta.',
          en: 'Possible partners are named but have not been contacted.',
        },
        {
          nb: 'Partnere er kontaktet, og det er beskrevet hva hver av dem skal bidra med.',
          nn: 'Partnarar er kontakta, og det er skildra kva kvar av dei skal bidra med.',
          en: 'Partners have been contacted, and what each will contribute is described.',
        },
        {
          nb: 'Samarbeidet er i gang, f.eks. med faste møter eller henvisninger fra NAV, og dere kan vise hva det har gitt.',
          nn: 'Samarbeidet er i gang, t.d. med faste møte eller tilvisingar frå NAV, og de kan vise kva det har gitt.',
          en: 'The cooperation is under way, e.g. with regular meetings or referrals from NAV, and you can show what it has produced.',
        },
        {
          nb: 'Samarbeidet er forankret i skriftlige avtaler med partnere i minst to sektorer.',
          nn: 'Samarbeidet er forankra i skriftlege avtalar med partnarar i minst to sektorar.',
          en: 'The cooperation is set down in written agreements with partners in at least two sectors.',
        },
      ]),
    },
  ],
};

/** Advice shown with the result: what to do next on a weak axis, and a word on a strong one. */
const guidance: GuidanceRule[] = [
  {
    when: { dimension: 'langsiktige-mal', below: 50 },
    text: {
      nb: 'Les kommuneplanens samfunnsdel og finn det målet tilbudet passer best til. Siter målet, og forklar med egne ord hvordan tilbudet bidrar til akkurat det. Kontakt planavdelingen hvis dere er usikre på hvilke mål som gjelder.',
      nn: 'Les kommuneplanens samfunnsdel og finn det målet tilbodet passar best til. Siter målet, og forklar med eigne ord korleis tilbodet bidreg til nettopp det. Kontakt planavdelinga om de er usikre på kva mål som gjeld.',
      en: 'Read the social element of the municipal master plan and find the goal the offer fits best. Quote the goal, and explain in your own words how the offer contributes to exactly that. Contact the planning department if you are unsure which goals apply.',
    },
  },
  {
    when: { dimension: 'langsiktige-mal', atLeast: 75 },
    text: {
      nb: 'Tilbudet er tydelig knyttet til kommunens mål. Nevn målet i første setning når dere tar kontakt, så vet kommunen straks hvem som bør lese henvendelsen.',
      nn: 'Tilbodet er tydeleg knytt til måla til kommunen. Nemn målet i første setninga når de tek kontakt, så veit kommunen straks kven som bør lese førespurnaden.',
      en: "The offer is clearly linked to the municipality's goals. Name the goal in your first sentence when you get in touch, so the municipality knows at once who should read your enquiry.",
    },
  },
  {
    when: { dimension: 'brukermedvirkning', below: 50 },
    text: {
      nb: 'Tilbud som er utformet sammen med brukerne, treffer bedre og er lettere for kommunen å ta imot. Snakk med folk i målgruppen før dere går videre: be om innspill gjennom en brukerorganisasjon, et brukerråd eller NAV-kontoret, inviter noen av dem inn i en arbeidsgruppe, og fortell dem etterpå hva dere endret. Vurder likepersoner med lønn og opplæring.',
      nn: 'Tilbod som er utforma saman med brukarane, treffer betre og er lettare for kommunen å ta imot. Snakk med folk i målgruppa før de går vidare: be om innspel gjennom ein brukarorganisasjon, eit brukarråd eller NAV-kontoret, inviter nokre av dei inn i ei arbeidsgruppe, og fortel dei etterpå kva de endra. Vurder likepersonar med løn og opplæring.',
      en: 'Offers designed together with users hit the mark better and are easier for the municipality to take up. Talk to people in the target group before you go further: ask for input through a user organisation, a user council or the NAV office, invite some of them into a working group, and tell them afterwards what you changed. Consider peer workers with pay and training.',
    },
  },
  {
    when: { dimension: 'brukermedvirkning', atLeast: 75 },
    text: {
      nb: 'Sterk brukermedvirkning. Ta med eksempler på hva brukerne har endret når dere møter kommunen; det kan kommunen selv lære av.',
      nn: 'Sterk brukarmedverknad. Ta med døme på kva brukarane har endra når de møter kommunen; det kan kommunen sjølv lære av.',
      en: 'Strong user participation. Bring examples of what users have changed when you meet the municipality; it is something the municipality itself can learn from.',
    },
  },
  {
    when: { dimension: 'sosial-merverdi', below: 50 },
    text: {
      nb: 'Beskriv hva som blir annerledes for deltakerne, ikke bare hva dere gjør. Velg to eller tre resultatmål, f.eks. andelen i arbeid eller utdanning etter seks måneder, og tenk gjennom hva som kan gå galt.',
      nn: 'Skildra kva som blir annleis for deltakarane, ikkje berre kva de gjer. Vel to eller tre resultatmål, t.d. delen i arbeid eller utdanning etter seks månader, og tenk gjennom kva som kan gå gale.',
      en: 'Describe what changes for participants, not only what you do. Choose two or three outcome measures, e.g. the share in work or education after six months, and think through what could go wrong.',
    },
  },
  {
    when: { dimension: 'dokumentert-effekt', below: 50 },
    text: {
      nb: 'Start med en endringsteori: skriv ned hvordan aktivitetene skal føre til resultater for deltakerne, og hva dere vil måle ved start og slutt. Velg gjerne et spørreskjema som er brukt før, så resultatene kan sammenlignes. Kommunen venter ikke forskning fra første dag, men en plan for å lære.',
      nn: 'Start med ein endringsteori: skriv ned korleis aktivitetane skal føre til resultat for deltakarane, og kva de vil måle ved start og slutt. Vel gjerne eit spørjeskjema som er brukt før, så resultata kan samanliknast. Kommunen ventar ikkje forsking frå første dag, men ein plan for å lære.',
      en: 'Start with a theory of change: write down how the activities will lead to outcomes for participants, and what you will measure at the start and the end. Preferably choose a questionnaire that has been used before, so the results can be compared. The municipality does not expect research from day one, but a plan for learning.',
    },
  },
  {
    when: { dimension: 'dokumentert-effekt', atLeast: 75 },
    text: {
      nb: 'Godt dokumentert. Ta med rapporter og tall til møtet med kommunen; de kan brukes direkte i saksbehandlingen og som grunnlag for tildelingskriterier.',
      nn: 'Godt dokumentert. Ta med rapportar og tal til møtet med kommunen; dei kan nyttast direkte i sakshandsaminga og som grunnlag for tildelingskriterium.',
      en: 'Well documented. Bring reports and figures to the meeting with the municipality; they can be used directly in case handling and as a basis for award criteria.',
    },
  },
  {
    when: { dimension: 'gjennomforbarhet', below: 40 },
    text: {
      nb: 'Finn ut hvordan kommunen kan kjøpe eller støtte tilbudet. Små kjøp under terskelverdien kan gjøres som direkteanskaffelse; en avgrenset pilot eller et tilskudd gjør det lettere å prøve; innovasjonspartnerskap passer når løsningen skal utvikles sammen med kommunen; og kontrakter kan reserveres for virksomheter som integrerer personer med nedsatt funksjonsevne eller vanskeligstilte. Be innkjøpsavdelingen om en samtale, og pek ut hvilken enhet som skal eie samarbeidet.',
      nn: 'Finn ut korleis kommunen kan kjøpe eller støtte tilbodet. Små kjøp under terskelverdien kan gjerast som direkte anskaffing; ein avgrensa pilot eller eit tilskot gjer det lettare å prøve; innovasjonspartnarskap passar når løysinga skal utviklast saman med kommunen; og kontraktar kan reserverast for verksemder som integrerer personar med nedsett funksjonsevne eller vanskelegstilte. Be innkjøpsavdelinga om ein samtale, og peik ut kva for ei eining som skal eige samarbeidet.',
      en: 'Find out how the municipality can buy or support the offer. Small purchases below the threshold can be made as a direct award; a limited pilot or a grant makes it easier to try; an innovation partnership fits when the solution is to be developed together with the municipality; and contracts can be reserved for organisations that integrate people with disabilities or disadvantaged people. Ask the procurement department for a meeting, and identify which unit should own the partnership.',
    },
  },
];

/**
 * The built-in default framework, `merverdi-standard`: seven axes with four criteria each,
 * in nb, nn and en. It is what `<mv-assessment>` uses when no framework is given, and a
 * starting point for a kommune's own. Frozen, since every widget on a page shares it: copy
 * it (e.g. with `structuredClone`) before editing.
 */
export const defaultFramework: Framework = deepFreeze<Framework>({
  format: 'merverdi-framework',
  version: 1,
  id: 'merverdi-standard',
  revision: '2026-11',
  title: {
    nb: 'Tilbud til kommunen: langsiktige mål og brukermedvirkning',
    nn: 'Tilbod til kommunen: langsiktige mål og brukarmedverknad',
    en: 'Offers to the municipality: long-term goals and user participation',
  },
  description: {
    nb: 'En egenvurdering av tilbud om velferdstjenester, f.eks. fra sosiale entreprenører: sju akser med fire kriterier hver, som viser hvordan tilbudet bidrar til kommunens langsiktige mål, hvor mye brukerne er med, og hva som skal til for at kommunen kan ta det i bruk. Hvert nivå beskriver noe dere kan vise fram, ikke bare påstå. Kriterier som ikke passer tilbudet, kan merkes som ikke relevante.',
    nn: 'Ei eigenvurdering av tilbod om velferdstenester, t.d. frå sosiale entreprenørar: sju aksar med fire kriterium kvar, som viser korleis tilbodet bidreg til dei langsiktige måla til kommunen, kor mykje brukarane er med, og kva som skal til for at kommunen kan ta det i bruk. Kvart nivå skildrar noko de kan vise fram, ikkje berre påstå. Kriterium som ikkje passar tilbodet, kan merkjast som ikkje relevante.',
    en: "A self-assessment of offers of welfare services, e.g. from social entrepreneurs: seven axes with four criteria each, showing how the offer contributes to the municipality's long-term goals, how much users are involved, and what it would take for the municipality to adopt it. Each level describes something you can show, not only claim. Criteria that do not fit the offer can be marked not applicable.",
  },
  scale: evidenceScale,
  allowNotApplicable: true,
  dimensions: [
    longTermGoals,
    userParticipation,
    userAdaptation,
    socialValue,
    innovation,
    evidenceOfEffect,
    feasibility,
  ],
  guidance,
});
