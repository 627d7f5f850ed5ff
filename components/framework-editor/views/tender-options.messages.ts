import { defineMessages } from '../../i18n/define-messages.js';

/** The labels of the tender draft's choices in the editor. */
export const tenderOptionsMessages = defineMessages({
  nb: {
    areas: 'Områder som skal telle i tildelingen',
    areasHint: 'Områdene grupperes i høyst tre kvalitetskriterier.',
    pricing: 'Pris',
    pricingPrice: 'Pris er et tildelingskriterium',
    pricingFixed: 'Fast pris, konkurranse bare på kvalitet',
    priceWeight: 'Vekt for pris (prosent, 10–70)',
    climate: 'Klima og miljø',
    climateUndecided: 'Ikke avgjort ennå',
    climateAward: 'Eget tildelingskriterium',
    climateSpecification: 'I kravspesifikasjonen (med begrunnelse)',
  },
  nn: {
    areas: 'Område som skal telje i tildelinga',
    areasHint: 'Områda blir grupperte i høgst tre kvalitetskriterium.',
    pricing: 'Pris',
    pricingPrice: 'Pris er eit tildelingskriterium',
    pricingFixed: 'Fast pris, konkurranse berre på kvalitet',
    priceWeight: 'Vekt for pris (prosent, 10–70)',
    climate: 'Klima og miljø',
    climateUndecided: 'Ikkje avgjort enno',
    climateAward: 'Eige tildelingskriterium',
    climateSpecification: 'I kravspesifikasjonen (med grunngjeving)',
  },
  en: {
    areas: 'Areas that count in the award',
    areasHint: 'The areas are grouped into at most three quality criteria.',
    pricing: 'Price',
    pricingPrice: 'Price is an award criterion',
    pricingFixed: 'Fixed price, competition on quality only',
    priceWeight: 'Weight of price (percent, 10–70)',
    climate: 'Climate and environment',
    climateUndecided: 'Not decided yet',
    climateAward: 'An award criterion of its own',
    climateSpecification: 'In the requirement specification (with a justification)',
  },
});
