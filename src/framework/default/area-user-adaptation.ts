import { levelScale } from '../scales.js';
import type { Dimension } from '../types.js';
import { BELONGING_GOAL } from './example-goals.js';

/**
 * Area 3: user adaptation and diversity. The statutory *individuell plan* is one the kommune
 * coordinates; an offer contributes to it, and has its own follow-up plan for each
 * participant. The contact is a service development unit, not the tildelingskontor, which
 * decides individual services rather than partnerships.
 */
export const userAdaptation: Dimension = {
  id: 'brukertilpasning',
  title: {
    nb: 'Brukertilpasning og mangfold',
    nn: 'Brukartilpassing og mangfald',
    en: 'User adaptation and diversity',
  },
  short: { nb: 'Tilpasning', nn: 'Tilpassing', en: 'Adaptation' },
  description: {
    nb: 'Hvor godt tilbudet passer den enkelte, når dem som faller mellom tjenestene, gir brukerne flere valg og er tilgjengelig for alle.',
    nn: 'Kor godt tilbodet passar den einskilde, når dei som fell mellom tenestene, gir brukarane fleire val og er tilgjengeleg for alle.',
    en: 'How well the offer fits each person, reaches those who fall between services, gives users more choice and is accessible to everyone.',
  },
  weight: 1,
  target: 60,
  contact: {
    unit: {
      nb: 'Helse og omsorg, fag- og tjenesteutvikling',
      nn: 'Helse og omsorg, fag- og tenesteutvikling',
      en: 'Health and care, professional and service development',
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
        nb: 'Fortell hvordan dere finner ut hva hver deltaker trenger og vil, og hva som kan justeres: tempo, innhold, tid, sted og språk. Har deltakerne en egen oppfølgingsplan hos dere, si hva den inneholder. Har en deltaker individuell plan, er det kommunen som koordinerer den; si hvordan dere kan bidra til den når deltakeren ønsker det.',
        nn: 'Fortel korleis de finn ut kva kvar deltakar treng og vil, og kva som kan justerast: tempo, innhald, tid, stad og språk. Har deltakarane ein eigen oppfølgingsplan hos dykk, sei kva han inneheld. Har ein deltakar individuell plan, er det kommunen som koordinerer han; sei korleis de kan bidra til han når deltakaren ønskjer det.',
        en: "Say how you find out what each participant needs and wants, and what can be adjusted: pace, content, time, place and language. If participants have a follow-up plan of their own with you, say what it contains. If a participant has an individual plan (individuell plan), the municipality coordinates it; say how you can contribute to it when the participant wishes.",
      },
      assessorHelp: {
        nb: 'Se etter en fast måte å kartlegge behov på, hva som faktisk kan tilpasses, og om deltakeren selv er med og setter målene. En individuell plan etter pasient- og brukerrettighetsloven § 2-5 koordineres av kommunen; tilbyderen kan bidra til den, men ikke eie den.',
        nn: 'Sjå etter ein fast måte å kartleggje behov på, kva som faktisk kan tilpassast, og om deltakaren sjølv er med og set måla. Ein individuell plan etter pasient- og brukarrettslova § 2-5 blir koordinert av kommunen; tilbydaren kan bidra til han, men ikkje eige han.',
        en: 'Look for a set way of mapping needs, what can actually be adapted, and whether participants help set their own goals. An individual plan under section 2-5 of the Patients’ and Users’ Rights Act is coordinated by the municipality; the provider can contribute to it, but not own it.',
      },
      scale: levelScale([
        {
          label: { nb: 'Likt for alle', nn: 'Likt for alle', en: 'The same for all' },
          description: {
            nb: 'Alle deltakerne får det samme opplegget.',
            nn: 'Alle deltakarane får det same opplegget.',
            en: 'Every participant gets the same programme.',
          },
        },
        {
          label: { nb: 'Tilpasses ved behov', nn: 'Blir tilpassa ved behov', en: 'Adjusted on request' },
          description: {
            nb: 'Dere justerer opplegget når en deltaker ber om det, men uten en fast måte å gjøre det på.',
            nn: 'De justerer opplegget når ein deltakar ber om det, men utan ein fast måte å gjere det på.',
            en: 'You adjust the programme when a participant asks, but without a set way of doing it.',
          },
        },
        {
          label: { nb: 'Kartlegger behov', nn: 'Kartlegg behov', en: 'Maps needs' },
          description: {
            nb: 'Dere kartlegger hver deltakers behov og mål når de begynner, og beskriver hva som kan tilpasses.',
            nn: 'De kartlegg behova og måla til kvar deltakar når dei byrjar, og skildrar kva som kan tilpassast.',
            en: "You map each participant's needs and goals when they start, and describe what can be adapted.",
          },
        },
        {
          label: { nb: 'Egen oppfølgingsplan', nn: 'Eigen oppfølgingsplan', en: 'Own follow-up plan' },
          description: {
            nb: 'Hver deltaker har en skriftlig oppfølgingsplan som lages sammen med deltakeren og gås gjennom jevnlig.',
            nn: 'Kvar deltakar har ein skriftleg oppfølgingsplan som blir laga saman med deltakaren og gått gjennom jamleg.',
            en: 'Each participant has a written follow-up plan, made together with them and reviewed regularly.',
          },
        },
        {
          label: { nb: 'Deltakeren styrer', nn: 'Deltakaren styrer', en: 'The participant leads' },
          description: {
            nb: 'Deltakeren setter selv målene i oppfølgingsplanen, og dere beskriver hvordan dere bidrar til en individuell plan som kommunen koordinerer, når deltakeren har en og ønsker det.',
            nn: 'Deltakaren set sjølv måla i oppfølgingsplanen, og de skildrar korleis de bidreg til ein individuell plan som kommunen koordinerer, når deltakaren har ein og ønskjer det.',
            en: 'Participants set the goals in their follow-up plan themselves, and you describe how you contribute to an individual plan coordinated by the municipality, when a participant has one and wishes it.',
          },
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
      sdg: [10],
      goals: [BELONGING_GOAL],
      help: {
        nb: 'Beskriv presist hvem tilbudet er for, hvorfor de ikke får hjelp i dag, og hvordan dere kommer i kontakt med dem, f.eks. gjennom oppsøkende arbeid, lav terskel eller samarbeid med NAV og helsetjenesten.',
        nn: 'Skildre presist kven tilbodet er for, kvifor dei ikkje får hjelp i dag, og korleis de kjem i kontakt med dei, t.d. gjennom oppsøkjande arbeid, låg terskel eller samarbeid med NAV og helsetenesta.',
        en: 'Describe precisely whom the offer is for, why they do not get help today, and how you get in touch with them, e.g. through outreach, a low threshold or cooperation with NAV and the health service.',
      },
      assessorHelp: {
        nb: 'Se etter en avgrenset målgruppe, en troverdig forklaring på hvorfor de faller utenfor, og om deltakerne faktisk kommer fra den gruppen. Er behovet noe kommunen selv har plikt til å dekke, hører tilbudet sammen med den tjenesten, ikke i stedet for den.',
        nn: 'Sjå etter ei avgrensa målgruppe, ei truverdig forklaring på kvifor dei fell utanfor, og om deltakarane faktisk kjem frå den gruppa. Er behovet noko kommunen sjølv har plikt til å dekkje, høyrer tilbodet saman med den tenesta, ikkje i staden for henne.',
        en: 'Look for a well-defined target group, a credible explanation of why they fall outside, and whether participants actually come from that group. Where the need is one the municipality is itself obliged to meet, the offer belongs alongside that service, not in its place.',
      },
      scale: levelScale([
        {
          label: { nb: 'For alle', nn: 'For alle', en: 'For everyone' },
          description: {
            nb: 'Tilbudet er for alle, uten å si hvem det særlig skal nå.',
            nn: 'Tilbodet er for alle, utan å seie kven det særleg skal nå.',
            en: 'The offer is for everyone, without saying whom in particular it should reach.',
          },
        },
        {
          label: { nb: 'Målgruppe nevnt', nn: 'Målgruppe nemnd', en: 'Target group named' },
          description: {
            nb: 'Dere nevner en målgruppe, men ikke hvorfor den ikke får hjelp i dag.',
            nn: 'De nemner ei målgruppe, men ikkje kvifor ho ikkje får hjelp i dag.',
            en: 'You name a target group, but not why it does not get help today.',
          },
        },
        {
          label: { nb: 'Hullet beskrevet', nn: 'Holet skildra', en: 'The gap described' },
          description: {
            nb: 'Dere beskriver hvem tilbudet er for, og hvorfor de faller mellom tjenestene som finnes.',
            nn: 'De skildrar kven tilbodet er for, og kvifor dei fell mellom tenestene som finst.',
            en: 'You describe whom the offer is for, and why they fall between the services that exist.',
          },
        },
        {
          label: { nb: 'Når målgruppen', nn: 'Når målgruppa', en: 'Reaches the group' },
          description: {
            nb: 'Dere har en måte å nå dem på, f.eks. oppsøkende arbeid eller at ingen henvisning trengs, og de fleste deltakerne er fra målgruppen.',
            nn: 'De har ein måte å nå dei på, t.d. oppsøkjande arbeid eller at inga tilvising trengst, og dei fleste deltakarane er frå målgruppa.',
            en: 'You have a way of reaching them, e.g. outreach or no referral needed, and most participants come from the target group.',
          },
        },
        {
          label: { nb: 'Når dem andre ikke når', nn: 'Når dei andre ikkje når', en: 'Reaches the unreached' },
          description: {
            nb: 'De fleste deltakerne fikk ikke hjelp andre steder da de begynte, og dere følger med på hvem dere ikke når, og endrer arbeidet etter det.',
            nn: 'Dei fleste deltakarane fekk ikkje hjelp andre stader då dei byrja, og de følgjer med på kven de ikkje når, og endrar arbeidet etter det.',
            en: 'Most participants got no help elsewhere when they started, and you keep track of whom you do not reach, and change your work accordingly.',
          },
        },
      ]),
    },
    {
      id: 'mangfold-i-tilbudet',
      title: {
        nb: 'Tilbudet gir større mangfold i tjenestene',
        nn: 'Tilbodet gir større mangfald i tenestene',
        en: 'The offer adds diversity to the range of services',
      },
      sdg: [5, 10],
      help: {
        nb: 'Fortell hva tilbudet deres gir som ikke finnes i dag: en annen arbeidsmåte, et annet språk eller kulturelt ståsted, en annen arena eller andre åpningstider, slik at brukerne får et reelt valg.',
        nn: 'Fortel kva tilbodet dykkar gir som ikkje finst i dag: ein annan arbeidsmåte, eit anna språk eller kulturelt ståstad, ein annan arena eller andre opningstider, slik at brukarane får eit reelt val.',
        en: 'Say what your offer brings that does not exist today: another way of working, another language or cultural background, another setting or other opening hours, so that users get a real choice.',
      },
      assessorHelp: {
        nb: 'Se etter om brukerne får et reelt valg, ikke bare en kopi av det som finnes, og om de som driver tilbudet, speiler målgruppen.',
        nn: 'Sjå etter om brukarane får eit reelt val, ikkje berre ein kopi av det som finst, og om dei som driv tilbodet, speglar målgruppa.',
        en: 'Look for whether users get a real choice, not just a copy of what exists, and whether those running the offer reflect the target group.',
      },
      scale: levelScale([
        {
          label: { nb: 'Som det som finnes', nn: 'Som det som finst', en: 'Like what exists' },
          description: {
            nb: 'Tilbudet arbeider på samme måte, for de samme og på de samme stedene som tjenestene som finnes.',
            nn: 'Tilbodet arbeider på same måte, for dei same og på dei same stadene som tenestene som finst.',
            en: 'The offer works in the same way, for the same people and in the same places as existing services.',
          },
        },
        {
          label: { nb: 'Annerledes på ett punkt', nn: 'Annleis på eitt punkt', en: 'Different in one way' },
          description: {
            nb: 'Tilbudet skiller seg fra det som finnes på ett punkt, f.eks. åpningstider eller sted.',
            nn: 'Tilbodet skil seg frå det som finst på eitt punkt, t.d. opningstider eller stad.',
            en: 'The offer differs from what exists in one way, e.g. opening hours or place.',
          },
        },
        {
          label: { nb: 'Et reelt alternativ', nn: 'Eit reelt alternativ', en: 'A real alternative' },
          description: {
            nb: 'Tilbudet gir brukerne et annet valg: en annen arbeidsmåte, et annet språk eller ståsted, eller en annen arena, og dere sier hvem det passer for.',
            nn: 'Tilbodet gir brukarane eit anna val: ein annan arbeidsmåte, eit anna språk eller ståstad, eller ein annan arena, og de seier kven det passar for.',
            en: 'The offer gives users another choice: another way of working, another language or background, or another setting, and you say whom it suits.',
          },
        },
        {
          label: { nb: 'Speiler brukerne', nn: 'Speglar brukarane', en: 'Reflects its users' },
          description: {
            nb: 'De som driver tilbudet, speiler mangfoldet i målgruppen, f.eks. i språk, bakgrunn og erfaring, og tilbudet er lagt til rette for ulike grupper.',
            nn: 'Dei som driv tilbodet, speglar mangfaldet i målgruppa, t.d. i språk, bakgrunn og røynsle, og tilbodet er lagt til rette for ulike grupper.',
            en: 'Those running the offer reflect the diversity of the target group, e.g. in language, background and experience, and the offer is arranged for different groups.',
          },
        },
        {
          label: { nb: 'Brukerne velger', nn: 'Brukarane vel', en: 'Users choose' },
          description: {
            nb: 'Brukerne kan velge mellom ulike måter å delta på, og dere følger med på hvem som bruker tilbudet og hvem som ikke gjør det, og endrer det etter det.',
            nn: 'Brukarane kan velje mellom ulike måtar å delta på, og de følgjer med på kven som bruker tilbodet og kven som ikkje gjer det, og endrar det etter det.',
            en: 'Users can choose between different ways of taking part, and you keep track of who uses the offer and who does not, and change it accordingly.',
          },
        },
      ]),
    },
    {
      id: 'universell-utforming',
      title: {
        nb: 'Tilbudet er universelt utformet og tilgjengelig for alle',
        nn: 'Tilbodet er universelt utforma og tilgjengeleg for alle',
        en: 'The offer is universally designed and accessible to everyone',
      },
      required: true,
      sdg: [10, 11],
      help: {
        nb: 'Fortell hvordan alle kan delta i tilbudet deres: lokaler og transport, informasjon på klart språk og flere språk, nettsider som oppfyller WCAG 2.1 AA, tolk og tilrettelegging ved ulike funksjonsnedsettelser, og hva det koster å delta.',
        nn: 'Fortel korleis alle kan delta i tilbodet dykkar: lokale og transport, informasjon på klårt språk og fleire språk, nettsider som oppfyller WCAG 2.1 AA, tolk og tilrettelegging ved ulike funksjonsnedsetjingar, og kva det kostar å delta.',
        en: 'Say how everyone can take part in your offer: premises and transport, information in plain language and several languages, websites that meet WCAG 2.1 AA, interpreting and adjustments for different disabilities, and what taking part costs.',
      },
      assessorHelp: {
        nb: 'Se etter konkrete tiltak, ikke bare «åpent for alle»: adkomst, informasjon, digitale løsninger, tolk og kostnad. Universell utforming kan ikke være irrelevant for et tilbud til innbyggerne.',
        nn: 'Sjå etter konkrete tiltak, ikkje berre «ope for alle»: tilkomst, informasjon, digitale løysingar, tolk og kostnad. Universell utforming kan ikkje vere irrelevant for eit tilbod til innbyggjarane.',
        en: "Look for concrete measures, not just 'open to all': access, information, digital services, interpreting and cost. Universal design cannot be irrelevant to an offer for residents.",
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke vurdert', nn: 'Ikkje vurdert', en: 'Not considered' },
          description: {
            nb: 'Tilgjengelighet er ikke beskrevet.',
            nn: 'Tilgjenge er ikkje skildra.',
            en: 'Accessibility is not described.',
          },
        },
        {
          label: { nb: 'Åpent, uten tiltak', nn: 'Ope, utan tiltak', en: 'Open, no measures' },
          description: {
            nb: 'Tilbudet er åpent for alle, men uten konkrete tiltak for tilgjengelighet.',
            nn: 'Tilbodet er ope for alle, men utan konkrete tiltak for tilgjenge.',
            en: 'The offer is open to everyone, but without concrete accessibility measures.',
          },
        },
        {
          label: { nb: 'Tiltak beskrevet', nn: 'Tiltak skildra', en: 'Measures described' },
          description: {
            nb: 'Konkrete tiltak er beskrevet, f.eks. trinnfri adkomst, informasjon på klart språk og flere språk, og tolk ved behov.',
            nn: 'Konkrete tiltak er skildra, t.d. trinnfri tilkomst, informasjon på klårt språk og fleire språk, og tolk ved behov.',
            en: 'Concrete measures are described, e.g. step-free access, information in plain language and several languages, and interpreting when needed.',
          },
        },
        {
          label: { nb: 'Tiltak på plass', nn: 'Tiltak på plass', en: 'Measures in place' },
          description: {
            nb: 'Tiltakene er på plass i lokalene, informasjonen og på nettsidene (med tilgjengelighetserklæring), og det koster lite eller ingenting å delta.',
            nn: 'Tiltaka er på plass i lokala, informasjonen og på nettsidene (med tilgjengeerklæring), og det kostar lite eller ingenting å delta.',
            en: 'The measures are in place in the premises, the information and the website (with an accessibility statement), and taking part costs little or nothing.',
          },
        },
        {
          label: { nb: 'Prøvd av brukerne', nn: 'Prøvd av brukarane', en: 'Tried by users' },
          description: {
            nb: 'Brukere med ulike funksjonsnedsettelser har prøvd tilbudet og nettsidene, og dere har rettet det de fant.',
            nn: 'Brukarar med ulike funksjonsnedsetjingar har prøvd tilbodet og nettsidene, og de har retta det dei fann.',
            en: 'Users with different disabilities have tried the offer and the website, and you have fixed what they found.',
          },
        },
      ]),
    },
  ],
};
