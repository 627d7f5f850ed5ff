import { levelScale, participationScale, withLevelDescriptions } from '../scales.js';
import type { Dimension } from '../types.js';
import { PARTICIPATION_GOAL } from './example-goals.js';

/**
 * Area 2: user participation, graded on the participation ladder (after IAP2's spectrum and
 * the co-production ladder). Designing the offer uses the ladder's own steps; running,
 * evaluating and reporting back use the same steps in words that fit those activities.
 */
export const userParticipation: Dimension = {
  id: 'brukermedvirkning',
  title: { nb: 'Brukermedvirkning', nn: 'Brukarmedverknad', en: 'User participation' },
  short: { nb: 'Medvirkning', nn: 'Medverknad', en: 'Participation' },
  description: {
    nb: 'Hvor mye brukerne selv former, driver og vurderer tilbudet, fra å få informasjon til å styre det selv.',
    nn: 'Kor mykje brukarane sjølve formar, driv og vurderer tilbodet, frå å få informasjon til å styre det sjølve.',
    en: 'How much users themselves shape, run and assess the offer, from being informed to leading it.',
  },
  weight: 1,
  target: 75,
  contact: {
    unit: {
      nb: 'Tjenesteutvikling og brukermedvirkning',
      nn: 'Tenesteutvikling og brukarmedverknad',
      en: 'Service development and user participation',
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
      required: true,
      goals: [PARTICIPATION_GOAL],
      help: {
        nb: 'Fortell hvem som var med da tilbudet ble utformet, hvordan dere fant dem, og gi et eksempel på noe dere endret etter innspill fra dem. Brukere er de tilbudet er for, og ofte de pårørende. En brukerorganisasjon kan hjelpe dere å finne folk.',
        nn: 'Fortel kven som var med då tilbodet vart utforma, korleis de fann dei, og gi eit døme på noko de endra etter innspel frå dei. Brukarar er dei tilbodet er for, og ofte dei pårørande. Ein brukarorganisasjon kan hjelpe dykk å finne folk.',
        en: 'Say who took part when the offer was designed, how you found them, and give an example of something you changed after their input. Users are the people the offer is for, and often their families. A user organisation can help you find people.',
      },
      assessorHelp: {
        nb: 'Se etter hvem som var med, hvor tidlig, og et konkret eksempel på noe som ble endret. Gjelder tilbudet eldre, personer med funksjonsnedsettelse eller unge, kan kommunen legge saken fram for eldrerådet, rådet for personer med funksjonsnedsettelse eller ungdomsrådet (kommuneloven § 5-12).',
        nn: 'Sjå etter kven som var med, kor tidleg, og eit konkret døme på noko som vart endra. Gjeld tilbodet eldre, personar med funksjonsnedsetjing eller unge, kan kommunen leggje saka fram for eldrerådet, rådet for personar med funksjonsnedsetjing eller ungdomsrådet (kommunelova § 5-12).',
        en: 'Look for who took part, how early, and a concrete example of something that was changed. If the offer concerns older people, people with disabilities or young people, the municipality can put the matter before the council for older people, the council for people with disabilities or the youth council (Local Government Act section 5-12).',
      },
      scale: withLevelDescriptions(participationScale, [
        {
          nb: 'Tilbudet er utformet uten brukere.',
          nn: 'Tilbodet er utforma utan brukarar.',
          en: 'The offer was designed without users.',
        },
        {
          nb: 'Brukere har fått tilbudet presentert da det var ferdig utformet.',
          nn: 'Brukarar har fått tilbodet presentert då det var ferdig utforma.',
          en: 'Users were shown the offer once its design was finished.',
        },
        {
          nb: 'Brukere er spurt om behov og ønsker, f.eks. i intervjuer eller en spørreundersøkelse, før tilbudet ble utformet.',
          nn: 'Brukarar er spurde om behov og ønske, t.d. i intervju eller ei spørjeundersøking, før tilbodet vart utforma.',
          en: 'Users were asked about their needs and wishes, e.g. in interviews or a survey, before the offer was designed.',
        },
        {
          nb: 'Brukere har vært med i arbeidsgrupper eller verksteder gjennom hele utformingen, og dere kan vise hva som ble endret etter innspillene deres.',
          nn: 'Brukarar har vore med i arbeidsgrupper eller verkstader gjennom heile utforminga, og de kan vise kva som vart endra etter innspela deira.',
          en: 'Users took part in working groups or workshops throughout the design, and you can show what was changed because of their input.',
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
        nb: 'Brukere har roller i driften, f.eks. som likepersoner',
        nn: 'Brukarar har roller i drifta, t.d. som likepersonar',
        en: 'Users have roles in running the offer, e.g. as peer workers',
      },
      goals: [PARTICIPATION_GOAL],
      help: {
        nb: 'Fortell hvilke roller nåværende eller tidligere brukere har i den daglige driften hos dere, som likepersoner, erfaringskonsulenter, medarbeidere eller mentorer, og om rollene er lønnet og har opplæring og oppfølging.',
        nn: 'Fortel kva roller noverande eller tidlegare brukarar har i den daglege drifta hos dykk, som likepersonar, erfaringskonsulentar, medarbeidarar eller mentorar, og om rollene er løna og har opplæring og oppfølging.',
        en: 'Say what roles current or former users have in your day-to-day running, as peer workers, experts by experience, staff or mentors, and whether the roles are paid, with training and follow-up.',
      },
      assessorHelp: {
        nb: 'Se etter faste roller med innhold, opplæring og oppfølging, og om de er lønnet. Frivillig innsats er verdifull, men vurder om brukere gjør arbeid som burde vært lønnet.',
        nn: 'Sjå etter faste roller med innhald, opplæring og oppfølging, og om dei er løna. Frivillig innsats er verdifull, men vurder om brukarar gjer arbeid som burde vore løna.',
        en: 'Look for set roles with real content, training and follow-up, and whether they are paid. Voluntary effort is valuable, but consider whether users do work that ought to be paid.',
      },
      scale: levelScale([
        {
          label: { nb: 'Mottar tjenesten', nn: 'Tek imot tenesta', en: 'Receive the service' },
          description: {
            nb: 'Brukerne tar imot tjenesten og har ingen rolle i driften.',
            nn: 'Brukarane tek imot tenesta og har inga rolle i drifta.',
            en: 'Users receive the service and have no role in running it.',
          },
        },
        {
          label: { nb: 'Informeres om driften', nn: 'Blir informerte om drifta', en: 'Informed about running' },
          description: {
            nb: 'Brukerne får vite hvordan tilbudet drives og hvem som gjør hva.',
            nn: 'Brukarane får vite korleis tilbodet blir drive og kven som gjer kva.',
            en: 'Users are told how the offer is run and who does what.',
          },
        },
        {
          label: { nb: 'Spørres om driften', nn: 'Blir spurde om drifta', en: 'Consulted on running' },
          description: {
            nb: 'Brukerne blir spurt jevnlig om hvordan driften fungerer, f.eks. i deltakermøter.',
            nn: 'Brukarane blir spurde jamleg om korleis drifta fungerer, t.d. i deltakarmøte.',
            en: 'Users are asked regularly how the running works, e.g. in participant meetings.',
          },
        },
        {
          label: { nb: 'Har faste roller', nn: 'Har faste roller', en: 'Hold set roles' },
          description: {
            nb: 'Nåværende eller tidligere brukere har faste roller i driften, f.eks. som likepersoner, med opplæring og oppfølging.',
            nn: 'Noverande eller tidlegare brukarar har faste roller i drifta, t.d. som likepersonar, med opplæring og oppfølging.',
            en: 'Current or former users hold set roles in running the offer, e.g. as peer workers, with training and follow-up.',
          },
        },
        {
          label: { nb: 'Leder driften', nn: 'Leier drifta', en: 'Lead the running' },
          description: {
            nb: 'Brukere har lønnede stillinger og leder deler av driften, eller tilbudet drives av brukerne selv.',
            nn: 'Brukarar har løna stillingar og leier delar av drifta, eller tilbodet blir drive av brukarane sjølve.',
            en: 'Users hold paid positions and lead parts of the work, or the offer is run by its users.',
          },
        },
      ]),
    },
    {
      id: 'medvirkning-evaluering',
      title: {
        nb: 'Brukerne er med på å vurdere og forbedre tilbudet',
        nn: 'Brukarane er med på å vurdere og betre tilbodet',
        en: 'Users take part in evaluating and improving the offer',
      },
      goals: [PARTICIPATION_GOAL],
      help: {
        nb: 'Fortell hvordan dere samler brukernes erfaringer, og hva brukerne er med på: å svare på spørsmål, å velge hva som skal måles, eller å tolke resultatene.',
        nn: 'Fortel korleis de samlar røynslene til brukarane, og kva brukarane er med på: å svare på spørsmål, å velje kva som skal målast, eller å tolke resultata.',
        en: "Say how you gather users' experiences, and what users take part in: answering questions, choosing what is measured, or interpreting the results.",
      },
      assessorHelp: {
        nb: 'Se etter om brukerne bare svarer, eller også er med og bestemmer hva som skal vurderes og hva resultatene betyr.',
        nn: 'Sjå etter om brukarane berre svarar, eller òg er med og bestemmer kva som skal vurderast og kva resultata tyder.',
        en: 'Look for whether users only answer, or also help decide what is assessed and what the results mean.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke med', nn: 'Ikkje med', en: 'Not involved' },
          description: {
            nb: 'Brukerne er ikke med i noen vurdering av tilbudet.',
            nn: 'Brukarane er ikkje med i nokon vurdering av tilbodet.',
            en: 'Users take no part in any evaluation of the offer.',
          },
        },
        {
          label: { nb: 'Får se resultatene', nn: 'Får sjå resultata', en: 'See the results' },
          description: {
            nb: 'Brukerne får se resultatene av vurderinger, men blir ikke spurt.',
            nn: 'Brukarane får sjå resultata av vurderingar, men blir ikkje spurde.',
            en: 'Users see the results of evaluations, but are not asked.',
          },
        },
        {
          label: { nb: 'Blir spurt', nn: 'Blir spurde', en: 'Are asked' },
          description: {
            nb: 'Brukerne svarer på brukerundersøkelser eller intervjuer om tilbudet.',
            nn: 'Brukarane svarar på brukarundersøkingar eller intervju om tilbodet.',
            en: 'Users answer user surveys or interviews about the offer.',
          },
        },
        {
          label: { nb: 'Velger og tolker', nn: 'Vel og tolkar', en: 'Choose and interpret' },
          description: {
            nb: 'Brukere er med på å velge hva som skal måles, og på å tolke resultatene, f.eks. i et brukerpanel.',
            nn: 'Brukarar er med på å velje kva som skal målast, og på å tolke resultata, t.d. i eit brukarpanel.',
            en: 'Users help choose what is measured and interpret the results, e.g. in a user panel.',
          },
        },
        {
          label: { nb: 'Leder vurderingen', nn: 'Leier vurderinga', en: 'Lead the evaluation' },
          description: {
            nb: 'Brukere leder vurderingen eller gjennomfører den selv, f.eks. som medforskere eller i brukerstyrte undersøkelser.',
            nn: 'Brukarar leier vurderinga eller gjennomfører ho sjølve, t.d. som medforskarar eller i brukarstyrte undersøkingar.',
            en: 'Users lead the evaluation or carry it out themselves, e.g. as co-researchers or in user-led surveys.',
          },
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
      goals: [PARTICIPATION_GOAL],
      help: {
        nb: 'Fortell hvordan dere melder tilbake til brukerne: hva de sa, hva dere endret, og hvorfor noe ikke ble endret. Uten slik tilbakemelding slutter folk å si fra.',
        nn: 'Fortel korleis de melder tilbake til brukarane: kva dei sa, kva de endra, og kvifor noko ikkje vart endra. Utan slik tilbakemelding sluttar folk å seie frå.',
        en: 'Say how you report back to users: what they said, what you changed, and why something was not changed. Without such feedback people stop speaking up.',
      },
      assessorHelp: {
        nb: 'Se etter en fast måte å melde tilbake på, og om den også forklarer hvorfor et innspill ikke ble fulgt.',
        nn: 'Sjå etter ein fast måte å melde tilbake på, og om han òg forklarer kvifor eit innspel ikkje vart følgt.',
        en: 'Look for a set way of reporting back, and whether it also explains why a suggestion was not followed.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ingen tilbakemelding', nn: 'Inga tilbakemelding', en: 'No feedback' },
          description: {
            nb: 'Brukerne hører ikke noe mer etter at de har gitt innspill.',
            nn: 'Brukarane høyrer ikkje noko meir etter at dei har gitt innspel.',
            en: 'Users hear nothing more after giving input.',
          },
        },
        {
          label: { nb: 'Generell tilbakemelding', nn: 'Generell tilbakemelding', en: 'General feedback' },
          description: {
            nb: 'Brukerne får høre at innspillene er tatt med, men ikke hvordan.',
            nn: 'Brukarane får høyre at innspela er tekne med, men ikkje korleis.',
            en: 'Users hear that their input was taken into account, but not how.',
          },
        },
        {
          label: { nb: 'Oppsummering', nn: 'Oppsummering', en: 'A summary' },
          description: {
            nb: 'Brukerne får en oppsummering av innspillene og hva dere planlegger å gjøre med dem.',
            nn: 'Brukarane får ei oppsummering av innspela og kva de planlegg å gjere med dei.',
            en: 'Users receive a summary of the input and what you plan to do with it.',
          },
        },
        {
          label: { nb: 'Fast tilbakemelding', nn: 'Fast tilbakemelding', en: 'Regular feedback' },
          description: {
            nb: 'Brukerne får jevnlig vite hva som ble endret, og hvorfor noe ikke ble endret.',
            nn: 'Brukarane får jamleg vite kva som vart endra, og kvifor noko ikkje vart endra.',
            en: 'Users are regularly told what was changed, and why something was not.',
          },
        },
        {
          label: { nb: 'Avgjør sammen', nn: 'Avgjer saman', en: 'Decide together' },
          description: {
            nb: 'Brukerne avgjør sammen med dere hva som skal endres, og følger selv opp at det blir gjort.',
            nn: 'Brukarane avgjer saman med dykk kva som skal endrast, og følgjer sjølve opp at det blir gjort.',
            en: 'Users decide with you what will change, and follow up themselves that it is done.',
          },
        },
      ]),
    },
  ],
};
