import type { GuidanceRule } from '../types.js';

/**
 * Advice shown with the result: what to do next on a weak area, and a word on a strong one.
 * Every piece of advice says what to do or show, never what to claim, and none states a
 * procurement rule: those change, and live as dated data elsewhere.
 */
export const defaultGuidance: GuidanceRule[] = [
  {
    when: { dimension: 'langsiktige-mal', below: 50 },
    text: {
      nb: 'Les kommuneplanens samfunnsdel og finn det målet tilbudet passer best til. Siter målet, forklar med egne ord hvordan tilbudet bidrar til akkurat det, og lenk til planen. Resultatet viser hvem i kommunen som eier målet.',
      nn: 'Les kommuneplanens samfunnsdel og finn det målet tilbodet passar best til. Siter målet, forklar med eigne ord korleis tilbodet bidreg til nettopp det, og lenk til planen. Resultatet viser kven i kommunen som eig målet.',
      en: 'Read the social element of the municipal master plan and find the goal the offer fits best. Quote the goal, explain in your own words how the offer contributes to exactly that, and link to the plan. The result shows who in the municipality owns the goal.',
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
      nb: 'Tilbud som er utformet sammen med brukerne, treffer bedre. Snakk med folk i målgruppen før dere går videre, f.eks. gjennom en brukerorganisasjon, inviter noen av dem inn i en arbeidsgruppe, og fortell dem etterpå hva dere endret. Vurder likepersoner med lønn og opplæring.',
      nn: 'Tilbod som er utforma saman med brukarane, treffer betre. Snakk med folk i målgruppa før de går vidare, t.d. gjennom ein brukarorganisasjon, inviter nokre av dei inn i ei arbeidsgruppe, og fortel dei etterpå kva de endra. Vurder likepersonar med løn og opplæring.',
      en: 'Offers designed together with users hit the mark better. Talk to people in the target group before you go further, e.g. through a user organisation, invite some of them into a working group, and tell them afterwards what you changed. Consider paid, trained peer workers.',
    },
  },
  {
    when: { dimension: 'brukermedvirkning', atLeast: 75 },
    text: {
      nb: 'Sterk brukermedvirkning. Ta med eksempler på hva brukerne har endret når dere møter kommunen; det kan kommunen selv lære av.',
      nn: 'Sterk brukarmedverknad. Ta med døme på kva brukarane har endra når de møter kommunen; det kan kommunen sjølv lære av.',
      en: 'Strong user participation. Bring examples of what users have changed when you meet the municipality; the municipality can learn from them too.',
    },
  },
  {
    when: { dimension: 'brukertilpasning', below: 50 },
    text: {
      nb: 'Beskriv hvem tilbudet er for, og hvorfor de ikke får hjelp i dag. Lag en enkel oppfølgingsplan for hver deltaker, og skriv ned hva dere gjør for at alle kan delta: adkomst, språk, tolk og pris.',
      nn: 'Skildre kven tilbodet er for, og kvifor dei ikkje får hjelp i dag. Lag ein enkel oppfølgingsplan for kvar deltakar, og skriv ned kva de gjer for at alle kan delta: tilkomst, språk, tolk og pris.',
      en: 'Describe whom the offer is for, and why they do not get help today. Make a simple follow-up plan for each participant, and write down what you do so that everyone can take part: access, language, interpreting and price.',
    },
  },
  {
    when: { dimension: 'sosial-merverdi', below: 50 },
    text: {
      nb: 'Beskriv hva som blir annerledes for deltakerne, ikke bare hva dere gjør. Velg to eller tre resultater dere sikter mot, f.eks. andelen i arbeid eller utdanning etter seks måneder, og tenk gjennom hva som kan gå galt.',
      nn: 'Skildre kva som blir annleis for deltakarane, ikkje berre kva de gjer. Vel to eller tre resultat de siktar mot, t.d. delen i arbeid eller utdanning etter seks månader, og tenk gjennom kva som kan gå gale.',
      en: 'Describe what changes for participants, not only what you do. Choose two or three outcomes you aim at, e.g. the share in work or education after six months, and think through what could go wrong.',
    },
  },
  {
    when: { dimension: 'innovasjon', below: 50 },
    text: {
      nb: 'Sammenlign tilbudet med det kommunen tilbyr i dag, slik det står på nettsidene og i planene, og si presist hva som er nytt. Lag en plan for en liten utprøving med spørsmål dere vil ha svar på.',
      nn: 'Samanlikn tilbodet med det kommunen tilbyr i dag, slik det står på nettsidene og i planane, og sei presist kva som er nytt. Lag ein plan for ei lita utprøving med spørsmål de vil ha svar på.',
      en: "Compare the offer with what the municipality provides today, as its website and plans describe it, and say precisely what is new. Plan a small trial with questions you want answered.",
    },
  },
  {
    when: { dimension: 'effekt-og-laering', below: 50 },
    text: {
      nb: 'Start med en endringsteori: skriv ned hvordan aktivitetene skal føre til resultater for deltakerne, og hva dere vil måle ved start og slutt. Velg gjerne et spørreskjema som andre også bruker. Kommunen venter ikke forskning fra første dag, men en plan for å lære.',
      nn: 'Start med ein endringsteori: skriv ned korleis aktivitetane skal føre til resultat for deltakarane, og kva de vil måle ved start og slutt. Vel gjerne eit spørjeskjema som andre òg bruker. Kommunen ventar ikkje forsking frå første dag, men ein plan for å lære.',
      en: 'Start with a theory of change: write down how the activities will lead to outcomes for participants, and what you will measure at the start and the end. Preferably choose a questionnaire others also use. The municipality does not expect research from day one, but a plan for learning.',
    },
  },
  {
    when: { dimension: 'effekt-og-laering', atLeast: 75 },
    text: {
      nb: 'Tilbudet er godt rustet til å lære. Lenk til måleplanen, endringsteorien og tallene dere har i svarene, så kan kommunen bruke dem direkte i saksbehandlingen.',
      nn: 'Tilbodet er godt rusta til å lære. Lenk til måleplanen, endringsteorien og tala de har i svara, så kan kommunen bruke dei direkte i sakshandsaminga.',
      en: 'The offer is well set up to learn. Link to the measurement plan, the theory of change and the figures you have in your answers, so the municipality can use them directly in its case handling.',
    },
  },
  {
    when: { dimension: 'gjennomforbarhet', below: 50 },
    text: {
      nb: 'Finn ut hvilken enhet i kommunen tilbudet gjelder, og hvordan en kommune kan kjøpe eller støtte et tilbud som deres. Les DFØs veiledning på anskaffelser.no og kommunens egne innkjøpsregler, anslå verdien over hele avtaleperioden, og lag et budsjett med alle kostnader.',
      nn: 'Finn ut kva eining i kommunen tilbodet gjeld, og korleis ein kommune kan kjøpe eller støtte eit tilbod som dykkar. Les rettleiinga til DFØ på anskaffelser.no og dei eigne innkjøpsreglane til kommunen, anslå verdien over heile avtaleperioden, og lag eit budsjett med alle kostnader.',
      en: "Find out which unit in the municipality the offer concerns, and how a municipality could buy or support an offer like yours. Read DFØ's guidance at anskaffelser.no and the municipality's own purchasing rules, estimate the value over the whole contract period, and make a budget with all costs.",
    },
  },
];
