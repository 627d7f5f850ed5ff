import type { Translated } from '../text/text.js';
import type { Intent, ServiceKind, SupplierKind } from './route-guide.js';

/**
 * The route guide's own words: reasons that compare the user's value with a limit, the
 * answers restated, headings and input problems. No legal statement lives here; those are
 * in `rules.ts`.
 */
export const ROUTE_GUIDE_WORDING = {
  title: { nb: 'Notat: veier for tilbudet', nn: 'Notat: vegar for tilbodet', en: 'Memo: routes for the offer' },
  applies: { nb: 'Regler som gjelder, og hvorfor', nn: 'Reglar som gjeld, og kvifor', en: 'Rules that apply, and why' },
  routes: { nb: 'Veier kommunen kan gå', nn: 'Vegar kommunen kan gå', en: 'Routes open to the municipality' },
  conditions: { nb: 'Vilkår:', nn: 'Vilkår:', en: 'Conditions:' },
  cannot: { nb: 'Dette kan ikke kommunen gjøre', nn: 'Dette kan ikkje kommunen gjere', en: 'What the municipality cannot do' },
  marketDialogue: {
    nb: 'Slik kan tilbudet brukes i markedsdialog uten å favorisere avsenderen',
    nn: 'Slik kan tilbodet brukast i marknadsdialog utan å favorisere avsendaren',
    en: 'Using the offer in market dialogue without favouring its sender',
  },
  nextSteps: { nb: 'Neste steg', nn: 'Neste steg', en: 'Next step' },
  references: { nb: 'Kilder', nn: 'Kjelder', en: 'References' },
  inForce: { nb: 'i kraft {date}', nn: 'i kraft {date}', en: 'in force {date}' },
  checkedOn: { nb: 'kontrollert {date}', nn: 'kontrollert {date}', en: 'checked {date}' },
  notAdvice: {
    nb: 'Dette er ikke juridisk rådgivning. Reglene er sist kontrollert {date}; få kommunens jurist eller innkjøpsrådgiver til å se på saken før dere bestemmer dere.',
    nn: 'Dette er ikkje juridisk rådgiving. Reglane er sist kontrollerte {date}; få juristen eller innkjøpsrådgivaren i kommunen til å sjå på saka før de bestemmer dykk.',
    en: "This is not legal advice. The rules were last checked on {date}; have the municipality's lawyer or procurement adviser look at the case before you decide.",
  },
  summary: {
    nb: 'Anslått verdi {value} eks. mva. for hele perioden · {service} · {supplier} · kommunen vil {intent}.',
    nn: 'Anslått verdi {value} ekskl. mva. for heile perioden · {service} · {supplier} · kommunen vil {intent}.',
    en: 'Estimated value {value} excl. VAT over the whole period · {service} · {supplier} · the municipality wants to {intent}.',
  },
  service: {
    'health-social': { nb: 'helse- eller sosialtjeneste', nn: 'helse- eller sosialteneste', en: 'health or social service' },
    other: { nb: 'annen tjeneste', nn: 'anna teneste', en: 'other service' },
  } satisfies Record<ServiceKind, Translated>,
  supplier: {
    ideell: { nb: 'ideell organisasjon', nn: 'ideell organisasjon', en: 'non-profit organisation' },
    'work-integration': {
      nb: 'arbeidsintegrerende virksomhet som oppfyller vilkårene for reserverte kontrakter',
      nn: 'arbeidsintegrerande verksemd som oppfyller vilkåra for reserverte kontraktar',
      en: 'work-integration enterprise meeting the reserved-contract conditions',
    },
    other: { nb: 'annen leverandør', nn: 'annan leverandør', en: 'other supplier' },
  } satisfies Record<SupplierKind, Translated>,
  intent: {
    buy: { nb: 'kjøpe', nn: 'kjøpe', en: 'buy' },
    grant: { nb: 'støtte med tilskudd', nn: 'støtte med tilskot', en: 'support with a grant' },
    pilot: { nb: 'prøve ut i en pilot', nn: 'prøve ut i ein pilot', en: 'test in a pilot' },
  } satisfies Record<Intent, Translated>,
  whyIntent: {
    grant: {
      nb: 'Kommunen vil gi tilskudd. Får kommunen en bindende ytelse tilbake, er det et kjøp, og reglene for kjøp ved denne verdien gjelder.',
      nn: 'Kommunen vil gi tilskot. Får kommunen ei bindande yting tilbake, er det eit kjøp, og reglane for kjøp ved denne verdien gjeld.',
      en: 'The municipality wants to give a grant. If it gets a binding service in return, it is a purchase, and the rules for purchases at this value apply.',
    },
    pilot: {
      nb: 'Kommunen vil prøve tilbudet ut. En pilot er ingen egen vei: betaler kommunen for en ytelse, er det et kjøp; støtter den uten å få en ytelse tilbake, kan det være et tilskudd.',
      nn: 'Kommunen vil prøve tilbodet ut. Ein pilot er ingen eigen veg: betaler kommunen for ei yting, er det eit kjøp; støttar han utan å få ei yting tilbake, kan det vere eit tilskot.',
      en: 'The municipality wants to test the offer. A pilot is no route of its own: if the municipality pays for a service, it is a purchase; if it supports without a service in return, it may be a grant.',
    },
  } satisfies Record<Exclude<Intent, 'buy'>, Translated>,
  whyUnderLower: {
    nb: 'Anslått verdi ({value}) er under den nedre grensen ({limit}).',
    nn: 'Anslått verdi ({value}) er under den nedre grensa ({limit}).',
    en: 'The estimated value ({value}) is under the lower limit ({limit}).',
  },
  whyAtOrAboveLower: {
    nb: 'Anslått verdi ({value}) er på eller over den nedre grensen ({limit}).',
    nn: 'Anslått verdi ({value}) er på eller over den nedre grensa ({limit}).',
    en: 'The estimated value ({value}) is at or above the lower limit ({limit}).',
  },
  whyUnderNational: {
    nb: 'Anslått verdi ({value}) er under nasjonal terskelverdi ({limit}).',
    nn: 'Anslått verdi ({value}) er under nasjonal terskelverdi ({limit}).',
    en: 'The estimated value ({value}) is under the national threshold ({limit}).',
  },
  whyAtOrAboveNational: {
    nb: 'Anslått verdi ({value}) er på eller over nasjonal terskelverdi ({limit}), så mer av forskriften gjelder.',
    nn: 'Anslått verdi ({value}) er på eller over nasjonal terskelverdi ({limit}), så meir av forskrifta gjeld.',
    en: 'The estimated value ({value}) is at or above the national threshold ({limit}), so more of the regulation applies.',
  },
  whyUnderEea: {
    nb: 'Anslått verdi ({value}) er under EØS-terskelverdien ({limit}).',
    nn: 'Anslått verdi ({value}) er under EØS-terskelverdien ({limit}).',
    en: 'The estimated value ({value}) is under the EEA threshold ({limit}).',
  },
  whyAtOrAboveEea: {
    nb: 'Anslått verdi ({value}) er på eller over EØS-terskelverdien ({limit}).',
    nn: 'Anslått verdi ({value}) er på eller over EØS-terskelverdien ({limit}).',
    en: 'The estimated value ({value}) is at or above the EEA threshold ({limit}).',
  },
  whyHealthSocial: {
    nb: 'Tjenesten er en helse- eller sosialtjeneste.',
    nn: 'Tenesta er ei helse- eller sosialteneste.',
    en: 'The service is a health or social service.',
  },
  valueMissing: {
    nb: 'Skriv inn anslått verdi i kroner.',
    nn: 'Skriv inn anslått verdi i kroner.',
    en: 'Enter the estimated value in NOK.',
  },
  valueNotNumber: {
    nb: 'Anslått verdi må være et tall i kroner, for eksempel 600000.',
    nn: 'Anslått verdi må vere eit tal i kroner, til dømes 600000.',
    en: 'The estimated value must be a number in NOK, for example 600000.',
  },
  valueNegative: {
    nb: 'Anslått verdi kan ikke være negativ.',
    nn: 'Anslått verdi kan ikkje vere negativ.',
    en: 'The estimated value cannot be negative.',
  },
  valueAbsurd: {
    nb: 'Anslått verdi er urimelig høy (100 milliarder kroner eller mer). Sjekk at du har skrevet riktig antall sifre.',
    nn: 'Anslått verdi er urimeleg høg (100 milliardar kroner eller meir). Sjekk at du har skrive rett tal på siffer.',
    en: 'The estimated value is implausibly high (NOK 100 billion or more). Check the number of digits.',
  },
  serviceMissing: {
    nb: 'Velg om tjenesten er en helse- eller sosialtjeneste.',
    nn: 'Vel om tenesta er ei helse- eller sosialteneste.',
    en: 'Choose whether the service is a health or social service.',
  },
  supplierMissing: {
    nb: 'Velg hva slags leverandør som har sendt tilbudet.',
    nn: 'Vel kva slags leverandør som har sendt tilbodet.',
    en: 'Choose what kind of supplier sent the offer.',
  },
  intentMissing: {
    nb: 'Velg hva kommunen vil gjøre med tilbudet.',
    nn: 'Vel kva kommunen vil gjere med tilbodet.',
    en: 'Choose what the municipality wants to do with the offer.',
  },
} as const;
