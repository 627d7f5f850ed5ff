import type { Lang } from '../text/lang.js';

/**
 * The fixed wording of a tender draft, in bokmål, nynorsk and English. Kept apart from the
 * builder so that a procurement adviser can review every sentence in one place. What the
 * rules say (award, climate and environment) is not here: it comes from `rules.ts`.
 */
export interface AwardWording {
  heading: string;
  intro: (framework: string) => string;
  criterionHeading: (number: number, title: string, percent: number) => string;
  join: (titles: string[]) => string;
  functionalHeading: string;
  functionalIntro: string;
  goalsLabel: string;
  noGoals: string;
  outcomesLabel: string;
  functionalClose: string;
  criteriaHeading: string;
  price: string;
  priceDescription: string;
  priceDocumentation: string;
  priceEvaluation: string;
  fixedPrice: string;
  climate: string;
  climateDescription: string;
  climateDocumentation: string;
  qualityDocumentation: string;
  qualityEvaluation: string;
  assessed: string;
  documentation: string;
  evaluation: string;
  levels: string;
  climateHeading: string;
  climateUndecided: string;
  climateInAward: string;
  climateInSpecification: string;
  relevanceHeading: string;
  relevance: string;
  outsideHeading: string;
  qualificationLabel: string;
  contractLabel: string;
  functionalLabel: string;
  roleReason: Record<'qualification' | 'contract' | 'outside', string>;
  scoring: string;
  equalWeights: string;
  references: string;
}

/** Percent as written in each language: a non-breaking space before % in Norwegian. */
const percentNo = (value: number): string => `${value}\u00a0%`;

/** Area titles may hold "og" themselves ("Brukertilpasning og mangfold"), so a slash joins them. */
const joinTitles = (titles: string[]): string => titles.join(' / ');

export const AWARD_WORDING: Record<Lang, AwardWording> = {
  nb: {
    heading: 'Utkast til konkurransegrunnlag: funksjonsbeskrivelse og tildelingskriterier',
    intro: (framework) =>
      `Utkast laget fra rammeverket «${framework}». Det er ikke juridisk rådgivning: la kommunens jurist eller innkjøpsrådgiver gå gjennom det før bruk.`,
    criterionHeading: (number, title, percent) => `${number}. ${title} (vekt ${percentNo(percent)})`,
    join: joinTitles,
    functionalHeading: 'Funksjonsbeskrivelse (utkast)',
    functionalIntro:
      'Kommunen beskriver hva tjenesten skal oppnå, ikke hvordan. Leverandørene foreslår selv løsningen.',
    goalsLabel: 'Tjenesten skal bidra til disse målene kommunen har vedtatt:',
    noGoals: '[Skriv inn målene fra kommuneplanens samfunnsdel som tjenesten skal bidra til.]',
    outcomesLabel: 'Resultater kommunen ønsker, og som tilbudene skal beskrive hvordan de oppnår:',
    functionalClose: 'Beskriv målgruppen, omfanget og perioden her før kunngjøring.',
    criteriaHeading: 'Tildelingskriterier',
    price: 'Pris',
    priceDescription: 'Samlet pris for hele kontraktsperioden, eks. mva.',
    priceDocumentation: 'Utfylt prisskjema med alle kostnader for hele kontraktsperioden.',
    priceEvaluation:
      'Laveste pris får full uttelling. De andre får poeng i forhold til den: laveste pris delt på tilbudt pris, ganget med full uttelling.',
    fixedPrice:
      'Fast pris: kommunen oppgir prisen i konkurransegrunnlaget, og tilbudene konkurrerer bare på kvalitet. Da har utkastet ikke noe priskriterium.',
    climate: 'Klima og miljø',
    climateDescription: 'Hvordan leveransen reduserer klimagassutslipp og annen miljøbelastning, for eksempel reiser og innkjøp.',
    climateDocumentation: 'En beskrivelse av tiltak for klima og miljø i denne leveransen, med hvordan de følges opp.',
    qualityDocumentation:
      'En beskrivelse av hvordan leveransen i denne kontrakten vil oppfylle punktene under: tiltak, hvem som gjør hva, og hvordan resultatene skal måles og rapporteres. Det er det som tilbys for denne kontrakten som vurderes, ikke leverandørens historie.',
    qualityEvaluation:
      'Hvert punkt vurderes på nivåene som er oppgitt, regnet om til poeng fra 0 (laveste nivå) til 100 (høyeste nivå) med like store sprang. Kriteriets poeng er det vektede snittet av punktene. Konkrete, etterprøvbare beskrivelser gir mer uttelling enn generelle løfter.',
    assessed: 'Dette vurderes:',
    documentation: 'Dokumentasjon:',
    evaluation: 'Slik vurderes det:',
    levels: 'Nivåer',
    climateHeading: 'Klima og miljø',
    climateUndecided:
      'Avgjør før kunngjøring om klima og miljø er relevant for denne tjenesten, og velg enten et eget tildelingskriterium eller krav i kravspesifikasjonen med en begrunnelse.',
    climateInAward: 'Klima og miljø er tatt med som eget tildelingskriterium med minst denne vekten.',
    climateInSpecification:
      'Klima og miljø ivaretas i kravspesifikasjonen i stedet for i tildelingen. Skriv begrunnelsen inn i konkurransegrunnlaget.',
    relevanceHeading: 'Hva som er relevant',
    relevance:
      'Kriteriene og punktene over er bestemt for hele konkurransen og gjelder likt for alle tilbydere. Ingen punkter holdes utenfor for enkelte tilbud.',
    outsideHeading: 'Holdt utenfor tildelingen',
    qualificationLabel: 'Foreslått som kvalifikasjonskrav',
    contractLabel: 'Foreslått som kontraktsvilkår',
    functionalLabel: 'Kommunens egen del, ikke leverandørens',
    roleReason: {
      qualification:
        'Handler om leverandørens tidligere resultater eller økonomi, ikke om det som leveres i kontrakten. Kan stilles som krav til erfaring eller økonomisk kapasitet.',
      contract: 'Handler om hvordan kontrakten gjennomføres. Kan skrives som en plikt i kontrakten.',
      outside: 'Handler om kommunen selv eller behovet kommunen beskriver, ikke om tilbudet. Beskrives av kommunen.',
    },
    scoring:
      'Samlet poengsum er summen av poengene for hvert tildelingskriterium ganget med vekten. Kontrakten tildeles tilbudet med høyest samlet poengsum.',
    equalWeights: 'Alle vektene i rammeverket er 0, så kvalitetskriteriene er vektet likt.',
    references: 'Regler utkastet bygger på',
  },
  nn: {
    heading: 'Utkast til konkurransegrunnlag: funksjonsskildring og tildelingskriterium',
    intro: (framework) =>
      `Utkast laga frå rammeverket «${framework}». Det er ikkje juridisk rådgiving: la juristen eller innkjøpsrådgivaren i kommunen gå gjennom det før bruk.`,
    criterionHeading: (number, title, percent) => `${number}. ${title} (vekt ${percentNo(percent)})`,
    join: joinTitles,
    functionalHeading: 'Funksjonsskildring (utkast)',
    functionalIntro: 'Kommunen skildrar kva tenesta skal oppnå, ikkje korleis. Leverandørane føreslår sjølve løysinga.',
    goalsLabel: 'Tenesta skal bidra til desse måla kommunen har vedteke:',
    noGoals: '[Skriv inn måla frå kommuneplanens samfunnsdel som tenesta skal bidra til.]',
    outcomesLabel: 'Resultat kommunen ønskjer, og som tilboda skal skildre korleis dei oppnår:',
    functionalClose: 'Skildre målgruppa, omfanget og perioden her før kunngjering.',
    criteriaHeading: 'Tildelingskriterium',
    price: 'Pris',
    priceDescription: 'Samla pris for heile kontraktsperioden, ekskl. mva.',
    priceDocumentation: 'Utfylt prisskjema med alle kostnader for heile kontraktsperioden.',
    priceEvaluation:
      'Lågaste pris får full utteljing. Dei andre får poeng i forhold til han: lågaste pris delt på tilbydd pris, gonga med full utteljing.',
    fixedPrice:
      'Fast pris: kommunen oppgir prisen i konkurransegrunnlaget, og tilboda konkurrerer berre på kvalitet. Då har utkastet ikkje noko priskriterium.',
    climate: 'Klima og miljø',
    climateDescription: 'Korleis leveransen reduserer klimagassutslepp og anna miljøbelastning, til dømes reiser og innkjøp.',
    climateDocumentation: 'Ei skildring av tiltak for klima og miljø i denne leveransen, med korleis dei blir følgde opp.',
    qualityDocumentation:
      'Ei skildring av korleis leveransen i denne kontrakten vil oppfylle punkta under: tiltak, kven som gjer kva, og korleis resultata skal målast og rapporterast. Det er det som blir tilbode for denne kontrakten som blir vurdert, ikkje historia til leverandøren.',
    qualityEvaluation:
      'Kvart punkt blir vurdert på nivåa som er oppgitte, rekna om til poeng frå 0 (lågaste nivå) til 100 (høgaste nivå) med like store sprang. Poenga for kriteriet er det vekta snittet av punkta. Konkrete, etterprøvbare skildringar gir meir utteljing enn generelle lovnader.',
    assessed: 'Dette blir vurdert:',
    documentation: 'Dokumentasjon:',
    evaluation: 'Slik blir det vurdert:',
    levels: 'Nivå',
    climateHeading: 'Klima og miljø',
    climateUndecided:
      'Avgjer før kunngjering om klima og miljø er relevant for denne tenesta, og vel anten eit eige tildelingskriterium eller krav i kravspesifikasjonen med ei grunngjeving.',
    climateInAward: 'Klima og miljø er teke med som eige tildelingskriterium med minst denne vekta.',
    climateInSpecification:
      'Klima og miljø blir teke vare på i kravspesifikasjonen i staden for i tildelinga. Skriv grunngjevinga inn i konkurransegrunnlaget.',
    relevanceHeading: 'Kva som er relevant',
    relevance:
      'Kriteria og punkta over er avgjorde for heile konkurransen og gjeld likt for alle tilbydarar. Ingen punkt blir haldne utanfor for einskilde tilbod.',
    outsideHeading: 'Halde utanfor tildelinga',
    qualificationLabel: 'Føreslått som kvalifikasjonskrav',
    contractLabel: 'Føreslått som kontraktsvilkår',
    functionalLabel: 'Kommunen sin eigen del, ikkje leverandøren sin',
    roleReason: {
      qualification:
        'Handlar om tidlegare resultat eller økonomien til leverandøren, ikkje om det som blir levert i kontrakten. Kan stillast som krav til erfaring eller økonomisk kapasitet.',
      contract: 'Handlar om korleis kontrakten blir gjennomført. Kan skrivast som ei plikt i kontrakten.',
      outside: 'Handlar om kommunen sjølv eller behovet kommunen skildrar, ikkje om tilbodet. Blir skildra av kommunen.',
    },
    scoring:
      'Samla poengsum er summen av poenga for kvart tildelingskriterium gonga med vekta. Kontrakten blir tildelt tilbodet med høgast samla poengsum.',
    equalWeights: 'Alle vektene i rammeverket er 0, så kvalitetskriteria er vekta likt.',
    references: 'Reglar utkastet byggjer på',
  },
  en: {
    heading: 'Draft tender documents: functional description and award criteria',
    intro: (framework) =>
      `Draft generated from the framework "${framework}". It is not legal advice: have the municipality's lawyer or procurement adviser review it before use.`,
    criterionHeading: (number, title, percent) => `${number}. ${title} (weight ${percent}%)`,
    join: joinTitles,
    functionalHeading: 'Functional description (draft)',
    functionalIntro: 'The municipality describes what the service must achieve, not how. The suppliers propose the solution.',
    goalsLabel: 'The service is to contribute to these goals adopted by the municipality:',
    noGoals: '[Enter the goals from the social element of the municipal master plan that the service is to serve.]',
    outcomesLabel: 'Results the municipality wants, and which the offers must describe how they achieve:',
    functionalClose: 'Describe the target group, scope and period here before the notice is published.',
    criteriaHeading: 'Award criteria',
    price: 'Price',
    priceDescription: 'Total price for the whole contract period, excl. VAT.',
    priceDocumentation: 'A completed price form with every cost for the whole contract period.',
    priceEvaluation:
      'The lowest price gets the full score. The others score in proportion to it: lowest price divided by offered price, times the full score.',
    fixedPrice:
      'Fixed price: the municipality states the price in the tender documents and the offers compete on quality only. The draft then has no price criterion.',
    climate: 'Climate and environment',
    climateDescription: 'How the delivery reduces greenhouse gas emissions and other environmental impact, such as travel and purchases.',
    climateDocumentation: 'A description of climate and environmental measures in this delivery, and how they are followed up.',
    qualityDocumentation:
      "A description of how the delivery under this contract will meet the points below: measures, who does what, and how results will be measured and reported. What is offered for this contract is assessed, not the supplier's history.",
    qualityEvaluation:
      "Each point is assessed on the levels given, converted to points from 0 (lowest level) to 100 (highest level) in equal steps. The criterion's score is the weighted mean of its points. Concrete, verifiable descriptions score higher than general promises.",
    assessed: 'Assessed under this criterion:',
    documentation: 'Documentation:',
    evaluation: 'How it is evaluated:',
    levels: 'Levels',
    climateHeading: 'Climate and environment',
    climateUndecided:
      'Decide before the notice whether climate and environment are relevant to this service, and choose either a criterion of their own or requirements in the specification with a justification.',
    climateInAward: 'Climate and environment are included as an award criterion of their own with at least this weight.',
    climateInSpecification:
      'Climate and environment are handled in the requirement specification instead of the award. Write the justification into the tender documents.',
    relevanceHeading: 'What is relevant',
    relevance:
      'The criteria and points above are fixed for the whole competition and apply alike to every supplier. No point is left out for a particular offer.',
    outsideHeading: 'Left out of the award',
    qualificationLabel: 'Suggested as a qualification requirement',
    contractLabel: 'Suggested as a contract term',
    functionalLabel: "The municipality's own part, not the supplier's",
    roleReason: {
      qualification:
        "About the supplier's past results or finances, not what is delivered under the contract. Can be set as a requirement for experience or financial capacity.",
      contract: 'About how the contract is carried out. Can be written as a duty in the contract.',
      outside: 'About the municipality itself or the need it describes, not the offer. Described by the municipality.',
    },
    scoring:
      'The total score is the sum of each award criterion’s points times its weight. The contract is awarded to the offer with the highest total score.',
    equalWeights: 'Every weight in the framework is 0, so the quality criteria are weighted equally.',
    references: 'Rules the draft rests on',
  },
};
