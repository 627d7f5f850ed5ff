import { levelScale } from '../scales.js';
import type { Dimension } from '../types.js';
import { NEW_SOLUTIONS_GOAL } from './example-goals.js';

/**
 * Area 5: innovation. What is new is judged against what the kommune offers as far as an
 * applicant can know it from public information, so that the top levels never wait for
 * the kommune to confirm anything.
 */
export const innovation: Dimension = {
  id: 'innovasjon',
  title: { nb: 'Innovasjon', nn: 'Innovasjon', en: 'Innovation' },
  short: { nb: 'Innovasjon', nn: 'Innovasjon', en: 'Innovation' },
  description: {
    nb: 'Om tilbudet prøver noe nytt for kommunen, svarer på et behov som ikke er dekket, lærer underveis og kan tas i bruk andre steder.',
    nn: 'Om tilbodet prøver noko nytt for kommunen, svarar på eit behov som ikkje er dekt, lærer undervegs og kan takast i bruk andre stader.',
    en: 'Whether the offer tries something new for the municipality, meets a need that is not met, learns as it goes and can be used elsewhere.',
  },
  weight: 1,
  target: 50,
  contact: {
    unit: { nb: 'Innovasjon og utvikling', nn: 'Innovasjon og utvikling', en: 'Innovation and development' },
  },
  sdg: [9, 17],
  criteria: [
    {
      id: 'nytt-for-kommunen',
      title: {
        nb: 'Tilbudet er nytt sammenlignet med det kommunen tilbyr i dag',
        nn: 'Tilbodet er nytt samanlikna med det kommunen tilbyr i dag',
        en: 'The offer is new compared with what the municipality provides today',
      },
      goals: [NEW_SOLUTIONS_GOAL],
      help: {
        nb: 'Fortell hva som er nytt: målgruppen, arbeidsmåten, samarbeidsformen eller finansieringen. Sammenlign med det dere finner om kommunens tjenester på nettsidene og i planene; dere trenger ikke å ha spurt kommunen. Noe kan være nytt her selv om det er prøvd andre steder, og erfaringene derfra er en styrke.',
        nn: 'Fortel kva som er nytt: målgruppa, arbeidsmåten, samarbeidsforma eller finansieringa. Samanlikn med det de finn om tenestene til kommunen på nettsidene og i planane; de treng ikkje ha spurt kommunen. Noko kan vere nytt her sjølv om det er prøvd andre stader, og røynslene derifrå er ein styrke.',
        en: "Say what is new: the target group, the way of working, the form of cooperation or the funding. Compare with what you find about the municipality's services on its website and in its plans; you need not have asked the municipality. Something can be new here even if it has been tried elsewhere, and the experience from there is a strength.",
      },
      assessorHelp: {
        nb: 'Se etter hva som er nytt for kommunen, ikke nødvendigvis for verden. Tilbyderen kan bare vite det som står i offentlige kilder; rett gjerne opp det kommunen vet mer om, uten å trekke ned for det.',
        nn: 'Sjå etter kva som er nytt for kommunen, ikkje naudsynleg for verda. Tilbydaren kan berre vite det som står i offentlege kjelder; rett gjerne opp det kommunen veit meir om, utan å trekkje ned for det.',
        en: 'Look for what is new to the municipality, not necessarily to the world. The provider can only know what public sources say; do correct what the municipality knows better, without marking down for it.',
      },
      scale: levelScale([
        {
          label: { nb: 'Som i dag', nn: 'Som i dag', en: 'As today' },
          description: {
            nb: 'Tilbudet ligner tett på noe kommunen allerede tilbyr.',
            nn: 'Tilbodet liknar tett på noko kommunen alt tilbyr.',
            en: 'The offer closely resembles something the municipality already provides.',
          },
        },
        {
          label: { nb: 'En ny vri', nn: 'Ein ny vri', en: 'A new twist' },
          description: {
            nb: 'Tilbudet ligner det som finnes, men endrer én ting, f.eks. tidspunkt, sted eller hvem som møter deltakerne.',
            nn: 'Tilbodet liknar det som finst, men endrar éin ting, t.d. tidspunkt, stad eller kven som møter deltakarane.',
            en: 'The offer resembles what exists, but changes one thing, e.g. the time, the place or who meets the participants.',
          },
        },
        {
          label: { nb: 'Nytt på ett område', nn: 'Nytt på eitt område', en: 'New in one respect' },
          description: {
            nb: 'Tilbudet er tydelig nytt her på ett område, målgruppen, arbeidsmåten, samarbeidsformen eller finansieringen, og dere sier hva.',
            nn: 'Tilbodet er tydeleg nytt her på eitt område, målgruppa, arbeidsmåten, samarbeidsforma eller finansieringa, og de seier kva.',
            en: 'The offer is clearly new here in one respect, the target group, the way of working, the form of cooperation or the funding, and you say which.',
          },
        },
        {
          label: { nb: 'Nytt på flere områder', nn: 'Nytt på fleire område', en: 'New in several respects' },
          description: {
            nb: 'Tilbudet er nytt her på flere områder, og dere har sjekket kommunens offentlige planer og tjenestebeskrivelser for å se at ingen gjør det slik i dag.',
            nn: 'Tilbodet er nytt her på fleire område, og de har sjekka dei offentlege planane og tenesteskildringane til kommunen for å sjå at ingen gjer det slik i dag.',
            en: "The offer is new here in several respects, and you have checked the municipality's public plans and service descriptions to see that nobody does it this way today.",
          },
        },
        {
          label: { nb: 'Ny løsning på et kjent problem', nn: 'Ny løysing på eit kjent problem', en: 'A new answer to a known problem' },
          description: {
            nb: 'Tilbudet løser et problem som kommunens planer beskriver, på en måte som ikke er prøvd her, og dere sier hva som er nytt, hva som er hentet fra andre steder, og hva det kan bety for kommunens tjenester.',
            nn: 'Tilbodet løyser eit problem som planane til kommunen skildrar, på ein måte som ikkje er prøvd her, og de seier kva som er nytt, kva som er henta frå andre stader, og kva det kan tyde for tenestene til kommunen.',
            en: "The offer solves a problem described in the municipality's plans, in a way not tried here, and you say what is new, what is taken from elsewhere, and what it could mean for the municipality's services.",
          },
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
        nb: 'Fortell hvem som har behovet, omtrent hvor mange de er, og hvor kunnskapen kommer fra: offentlig statistikk, kommunens folkehelseoversikt, Ungdata, henvendelser dere har fått, eller det folk i målgruppen selv sier.',
        nn: 'Fortel kven som har behovet, omtrent kor mange dei er, og kvar kunnskapen kjem frå: offentleg statistikk, folkehelseoversikta til kommunen, Ungdata, førespurnader de har fått, eller det folk i målgruppa sjølve seier.',
        en: "Say who has the need, roughly how many they are, and where the knowledge comes from: public statistics, the municipality's public health overview, Ungdata, enquiries you have had, or what people in the target group say themselves.",
      },
      assessorHelp: {
        nb: 'Se etter kilder som kan sjekkes, og om behovet er beskrevet av målgruppen selv. Sammenlign med kommunens egen folkehelseoversikt.',
        nn: 'Sjå etter kjelder som kan sjekkast, og om behovet er skildra av målgruppa sjølv. Samanlikn med folkehelseoversikta til kommunen.',
        en: "Look for sources that can be checked, and whether the need is described by the target group itself. Compare with the municipality's own public health overview.",
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke beskrevet', nn: 'Ikkje skildra', en: 'Not described' },
          description: {
            nb: 'Behovet tilbudet svarer på, er ikke beskrevet.',
            nn: 'Behovet tilbodet svarar på, er ikkje skildra.',
            en: 'The need the offer meets is not described.',
          },
        },
        {
          label: { nb: 'Med egne ord', nn: 'Med eigne ord', en: 'In your own words' },
          description: {
            nb: 'Dere beskriver behovet med egne ord, uten kilder.',
            nn: 'De skildrar behovet med eigne ord, utan kjelder.',
            en: 'You describe the need in your own words, without sources.',
          },
        },
        {
          label: { nb: 'Med kilder', nn: 'Med kjelder', en: 'With sources' },
          description: {
            nb: 'Behovet er beskrevet med kilder, f.eks. offentlig statistikk, kommunens folkehelseoversikt eller Ungdata.',
            nn: 'Behovet er skildra med kjelder, t.d. offentleg statistikk, folkehelseoversikta til kommunen eller Ungdata.',
            en: "The need is described with sources, e.g. public statistics, the municipality's public health overview or Ungdata.",
          },
        },
        {
          label: { nb: 'Omfanget kjent', nn: 'Omfanget kjent', en: 'Scale known' },
          description: {
            nb: 'Dere sier hvem som har behovet, omtrent hvor mange de er i kommunen, og hvorfor det ikke dekkes i dag, med kilder og egne erfaringer.',
            nn: 'De seier kven som har behovet, omtrent kor mange dei er i kommunen, og kvifor det ikkje blir dekt i dag, med kjelder og eigne røynsler.',
            en: 'You say who has the need, roughly how many they are in the municipality, and why it is not met today, with sources and your own experience.',
          },
        },
        {
          label: { nb: 'Målgruppen har sagt det', nn: 'Målgruppa har sagt det', en: 'In the group’s own words' },
          description: {
            nb: 'Folk i målgruppen har selv beskrevet behovet, f.eks. i intervjuer eller gjennom en brukerorganisasjon, og dere viser hvordan tilbudet svarer på akkurat det.',
            nn: 'Folk i målgruppa har sjølve skildra behovet, t.d. i intervju eller gjennom ein brukarorganisasjon, og de viser korleis tilbodet svarar på nettopp det.',
            en: 'People in the target group have described the need themselves, e.g. in interviews or through a user organisation, and you show how the offer answers exactly that.',
          },
        },
      ]),
    },
    {
      id: 'pilot-med-laering',
      title: {
        nb: 'Tilbudet prøves ut med læring bygget inn',
        nn: 'Tilbodet blir prøvd ut med læring bygd inn',
        en: 'The offer is piloted with learning built in',
      },
      goals: [NEW_SOLUTIONS_GOAL],
      help: {
        nb: 'Fortell hvordan dere prøver ut tilbudet i liten skala: hvor lenge, hvilke spørsmål dere vil ha svar på, når dere gjør opp status, og hva som avgjør om dere fortsetter, endrer eller avslutter.',
        nn: 'Fortel korleis de prøver ut tilbodet i liten skala: kor lenge, kva spørsmål de vil ha svar på, når de gjer opp status, og kva som avgjer om de held fram, endrar eller avsluttar.',
        en: 'Say how you try the offer out on a small scale: for how long, which questions you want answered, when you take stock, and what decides whether you continue, change or stop.',
      },
      assessorHelp: {
        nb: 'Se etter en avgrenset utprøving med spørsmål som skal besvares og kriterier som er satt på forhånd. En pilot kan drives av tilbyderen alene; den krever ikke at kommunen er med.',
        nn: 'Sjå etter ei avgrensa utprøving med spørsmål som skal svarast på og kriterium som er sette på førehand. Ein pilot kan drivast av tilbydaren åleine; han krev ikkje at kommunen er med.',
        en: 'Look for a limited trial with questions to answer and criteria set in advance. A pilot can be run by the provider alone; it does not need the municipality to take part.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke planlagt', nn: 'Ikkje planlagd', en: 'Not planned' },
          description: {
            nb: 'Utprøving er ikke nevnt.',
            nn: 'Utprøving er ikkje nemnd.',
            en: 'Piloting is not mentioned.',
          },
        },
        {
          label: { nb: 'Vil prøve ut', nn: 'Vil prøve ut', en: 'Wants to try' },
          description: {
            nb: 'Dere vil prøve ut tilbudet, men har ikke sagt hva dere skal lære.',
            nn: 'De vil prøve ut tilbodet, men har ikkje sagt kva de skal lære.',
            en: 'You want to try the offer out, but have not said what you will learn.',
          },
        },
        {
          label: { nb: 'Pilotplan', nn: 'Pilotplan', en: 'Pilot plan' },
          description: {
            nb: 'Det finnes en plan for en avgrenset utprøving: varighet, spørsmål som skal besvares, og når dere gjør opp status.',
            nn: 'Det finst ein plan for ei avgrensa utprøving: varigheit, spørsmål som skal svarast på, og når de gjer opp status.',
            en: 'There is a plan for a limited trial: its length, the questions to answer, and when you take stock.',
          },
        },
        {
          label: { nb: 'Lærer underveis', nn: 'Lærer undervegs', en: 'Learning as it goes' },
          description: {
            nb: 'Piloten er i gang eller gjennomført, og dere viser hva dere har lært og endret underveis.',
            nn: 'Piloten er i gang eller gjennomført, og de viser kva de har lært og endra undervegs.',
            en: 'The pilot is running or has run, and you show what you have learned and changed along the way.',
          },
        },
        {
          label: { nb: 'Klar for beslutning', nn: 'Klar for avgjerd', en: 'Ready to decide' },
          description: {
            nb: 'Dere satte kriterier på forhånd for å fortsette, endre eller avslutte, og legger fram det dere har lært, også det som ikke virket, slik at andre kan bruke det.',
            nn: 'De sette kriterium på førehand for å halde fram, endre eller avslutte, og legg fram det de har lært, også det som ikkje verka, slik at andre kan bruke det.',
            en: 'You set criteria in advance for continuing, changing or stopping, and present what you have learned, including what did not work, so that others can use it.',
          },
        },
      ]),
    },
    {
      id: 'overforbarhet',
      title: {
        nb: 'Tilbudet kan tas i bruk andre steder eller for flere',
        nn: 'Tilbodet kan takast i bruk andre stader eller for fleire',
        en: 'The offer can be used elsewhere or for more people',
      },
      help: {
        nb: 'Fortell hva som skal til for å ta tilbudet deres i bruk et annet sted eller for flere: beskrevne metoder, opplæringsmateriell, hva som avhenger av enkeltpersoner, og hva det koster per deltaker i større skala.',
        nn: 'Fortel kva som skal til for å ta tilbodet dykkar i bruk ein annan stad eller for fleire: skildra metodar, opplæringsmateriell, kva som heng på einskildpersonar, og kva det kostar per deltakar i større skala.',
        en: 'Say what it would take to use your offer elsewhere or for more people: written methods, training material, what depends on particular individuals, and the cost per participant at a larger scale.',
      },
      assessorHelp: {
        nb: 'Se etter om metoden kan følges av andre enn de som startet tilbudet, og om kostnadene i større skala er regnet på.',
        nn: 'Sjå etter om metoden kan følgjast av andre enn dei som starta tilbodet, og om kostnadene i større skala er rekna på.',
        en: 'Look for whether the method can be followed by people other than its founders, and whether the costs at a larger scale have been worked out.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke vurdert', nn: 'Ikkje vurdert', en: 'Not considered' },
          description: {
            nb: 'Det er ikke beskrevet om tilbudet kan brukes andre steder eller for flere.',
            nn: 'Det er ikkje skildra om tilbodet kan brukast andre stader eller for fleire.',
            en: 'Whether the offer could be used elsewhere or for more people is not described.',
          },
        },
        {
          label: { nb: 'Bygger på enkeltpersoner', nn: 'Byggjer på einskildpersonar', en: 'Rests on a few people' },
          description: {
            nb: 'Tilbudet bygger på noen få personer, og metoden er ikke skrevet ned ennå.',
            nn: 'Tilbodet byggjer på nokre få personar, og metoden er ikkje skriven ned enno.',
            en: 'The offer rests on a few people, and the method is not yet written down.',
          },
        },
        {
          label: { nb: 'Metoden er skrevet ned', nn: 'Metoden er skriven ned', en: 'Method written down' },
          description: {
            nb: 'Metoden er beskrevet slik at andre kan følge den, f.eks. i en håndbok.',
            nn: 'Metoden er skildra slik at andre kan følgje han, t.d. i ei handbok.',
            en: 'The method is described so that others can follow it, e.g. in a handbook.',
          },
        },
        {
          label: { nb: 'Klar for flere', nn: 'Klar for fleire', en: 'Ready to grow' },
          description: {
            nb: 'Dere har opplæringsmateriell, vet hva det koster per deltaker i større skala, og hva som må være på plass lokalt.',
            nn: 'De har opplæringsmateriell, veit kva det kostar per deltakar i større skala, og kva som må vere på plass lokalt.',
            en: 'You have training material, know the cost per participant at a larger scale, and what must be in place locally.',
          },
        },
        {
          label: { nb: 'I bruk flere steder', nn: 'I bruk fleire stader', en: 'In use in several places' },
          description: {
            nb: 'Tilbudet er tatt i bruk flere steder eller av andre enn dere, og dere viser resultatene derfra.',
            nn: 'Tilbodet er teke i bruk fleire stader eller av andre enn dykk, og de viser resultata derifrå.',
            en: 'The offer is in use in several places or by others than you, and you show the results from there.',
          },
        },
      ]),
    },
  ],
};
