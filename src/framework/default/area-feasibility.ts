import { levelScale } from '../scales.js';
import type { Dimension } from '../types.js';
import { NEW_SOLUTIONS_GOAL } from './example-goals.js';

/**
 * Area 7: feasibility and partnership. Two criteria used to need the kommune to have acted
 * ("a named owner in the kommune", "a lawful route the kommune has started"); they now grade
 * what the applicant knows and has checked, and have new ids because their meaning changed.
 * The procurement criterion states no threshold or rule as fact: those are dated data that
 * change, so its levels speak of what the applicant has looked up and checked.
 */
export const feasibility: Dimension = {
  id: 'gjennomforbarhet',
  title: {
    nb: 'Gjennomførbarhet og samarbeid',
    nn: 'Gjennomførbarheit og samarbeid',
    en: 'Feasibility and partnership',
  },
  short: { nb: 'Gjennomføring', nn: 'Gjennomføring', en: 'Feasibility' },
  description: {
    nb: 'Om tilbudet kan settes ut i livet: hvem i kommunen det gjelder, hvordan kommunen kan kjøpe eller støtte det, en økonomi som holder, og samarbeid på tvers av sektorer.',
    nn: 'Om tilbodet kan setjast ut i livet: kven i kommunen det gjeld, korleis kommunen kan kjøpe eller støtte det, ein økonomi som held, og samarbeid på tvers av sektorar.',
    en: 'Whether the offer can be put into practice: whom in the municipality it concerns, how the municipality could buy or support it, finances that hold, and cooperation across sectors.',
  },
  weight: 1,
  target: 60,
  contact: {
    unit: { nb: 'Innkjøp og anskaffelser', nn: 'Innkjøp og anskaffingar', en: 'Procurement' },
  },
  sdg: [12, 17],
  criteria: [
    {
      id: 'kjenner-mal-og-enheter',
      title: {
        nb: 'Det er klart hvilke av kommunens mål og enheter tilbudet gjelder',
        nn: 'Det er klårt kva for mål og einingar i kommunen tilbodet gjeld',
        en: "It is clear which of the municipality's goals and units the offer concerns",
      },
      required: true,
      help: {
        nb: 'Fortell hvilken enhet eller tjeneste i kommunen tilbudet deres gjelder, og hvilke mål i planen den enheten eier. Kommunens nettsider, organisasjonskart og planer sier det meste; resultatet av denne vurderingen viser også hvem som eier målene tilbudet bidrar mest til.',
        nn: 'Fortel kva eining eller teneste i kommunen tilbodet dykkar gjeld, og kva mål i planen den eininga eig. Nettsidene, organisasjonskartet og planane til kommunen seier det meste; resultatet av denne vurderinga viser òg kven som eig måla tilbodet bidreg mest til.',
        en: "Say which unit or service in the municipality the offer concerns, and which goals in the plan that unit owns. The municipality's website, organisation chart and plans tell you most of it; the result of this assessment also shows who owns the goals the offer contributes to most.",
      },
      assessorHelp: {
        nb: 'Se etter om tilbyderen har funnet riktig enhet og mål ut fra offentlig informasjon. Peker tilbudet mot flere enheter, avklar hvem i kommunen som følger det opp.',
        nn: 'Sjå etter om tilbydaren har funne rett eining og mål ut frå offentleg informasjon. Peikar tilbodet mot fleire einingar, avklar kven i kommunen som følgjer det opp.',
        en: 'Look for whether the provider has found the right unit and goals from public information. If the offer points to several units, settle who in the municipality follows it up.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke kjent ennå', nn: 'Ikkje kjent enno', en: 'Not known yet' },
          description: {
            nb: 'Dere vet ikke ennå hvilken del av kommunen tilbudet gjelder.',
            nn: 'De veit ikkje enno kva del av kommunen tilbodet gjeld.',
            en: 'You do not yet know which part of the municipality the offer concerns.',
          },
        },
        {
          label: { nb: 'Kommunen generelt', nn: 'Kommunen generelt', en: 'The municipality at large' },
          description: {
            nb: 'Tilbudet er rettet til kommunen generelt, uten å peke på en enhet eller et mål.',
            nn: 'Tilbodet er retta til kommunen generelt, utan å peike på ei eining eller eit mål.',
            en: 'The offer is addressed to the municipality at large, without pointing to a unit or a goal.',
          },
        },
        {
          label: { nb: 'Peker på en enhet', nn: 'Peikar på ei eining', en: 'Points to a unit' },
          description: {
            nb: 'Dere peker på hvilken enhet eller tjeneste tilbudet gjelder, ut fra kommunens nettsider eller organisasjonskart.',
            nn: 'De peikar på kva eining eller teneste tilbodet gjeld, ut frå nettsidene eller organisasjonskartet til kommunen.',
            en: "You point to the unit or service the offer concerns, based on the municipality's website or organisation chart.",
          },
        },
        {
          label: { nb: 'Mål og enhet koblet', nn: 'Mål og eining kopla', en: 'Goals and units linked' },
          description: {
            nb: 'Dere kobler tilbudet til bestemte mål i kommunens planer og til enhetene som eier dem, og sier hva tilbudet kan gi hver av dem.',
            nn: 'De koplar tilbodet til bestemte mål i planane til kommunen og til einingane som eig dei, og seier kva tilbodet kan gi kvar av dei.',
            en: "You link the offer to particular goals in the municipality's plans and to the units that own them, and say what the offer can give each of them.",
          },
        },
        {
          label: { nb: 'Klar for riktig person', nn: 'Klar for rett person', en: 'Ready for the right person' },
          description: {
            nb: 'Dere vet hvem som eier målene tilbudet bidrar mest til, og har en kort henvendelse klar som sier hva dere tilbyr, hvilket mål det gjelder, og hva dere ber om.',
            nn: 'De veit kven som eig måla tilbodet bidreg mest til, og har ein kort førespurnad klar som seier kva de tilbyr, kva mål det gjeld, og kva de ber om.',
            en: 'You know who owns the goals the offer contributes to most, and have a short enquiry ready that says what you offer, which goal it concerns, and what you ask for.',
          },
        },
      ]),
    },
    {
      id: 'kjenner-kjopsveier',
      title: {
        nb: 'Det er klart hvordan en kommune kan kjøpe eller støtte tilbudet, og hva hver vei krever',
        nn: 'Det er klårt korleis ein kommune kan kjøpe eller støtte tilbodet, og kva kvar veg krev',
        en: 'It is clear how a municipality could buy or support the offer, and what each way requires',
      },
      sdg: [12],
      help: {
        nb: 'En kommune kan kjøpe et tilbud, gi tilskudd eller prøve det ut i en avgrenset pilot, og hver vei har egne regler. Hvilke som gjelder, avhenger blant annet av verdien over hele avtaleperioden og hva slags tjeneste det er. Fortell hva dere har funnet ut, og hvor: DFØs veiledning på anskaffelser.no og kommunens egne innkjøpsregler er gode steder å begynne. Sjekk alltid kommunens regler; de kan være strengere enn loven.',
        nn: 'Ein kommune kan kjøpe eit tilbod, gi tilskot eller prøve det ut i ein avgrensa pilot, og kvar veg har eigne reglar. Kva for reglar som gjeld, avheng mellom anna av verdien over heile avtaleperioden og kva slags teneste det er. Fortel kva de har funne ut, og kvar: rettleiinga til DFØ på anskaffelser.no og dei eigne innkjøpsreglane til kommunen er gode stader å byrje. Sjekk alltid reglane til kommunen; dei kan vere strengare enn lova.',
        en: "A municipality can buy an offer, give a grant or try it out in a limited pilot, and each way has its own rules. Which apply depends among other things on the value over the whole contract period and on the kind of service. Say what you have found out, and where: DFØ's guidance at anskaffelser.no and the municipality's own purchasing rules are good places to start. Always check the municipality's rules; they can be stricter than the law.",
      },
      assessorHelp: {
        nb: 'Se etter om tilbyderen kjenner veiene og hva de krever, ikke om de har valgt riktig: det er kommunens valg. Vurder om tilbudet kan brukes i markedsdialog uten å gi tilbyderen et forsprang.',
        nn: 'Sjå etter om tilbydaren kjenner vegane og kva dei krev, ikkje om dei har valt rett: det er kommunen sitt val. Vurder om tilbodet kan brukast i marknadsdialog utan å gi tilbydaren eit forsprang.',
        en: "Look for whether the provider knows the ways and what they require, not whether they have chosen right: that is the municipality's choice. Consider whether the offer can be used in market dialogue without giving its provider a head start.",
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke undersøkt', nn: 'Ikkje undersøkt', en: 'Not looked into' },
          description: {
            nb: 'Dere har ikke sett på hvordan en kommune kan kjøpe eller støtte tilbudet.',
            nn: 'De har ikkje sett på korleis ein kommune kan kjøpe eller støtte tilbodet.',
            en: 'You have not looked at how a municipality could buy or support the offer.',
          },
        },
        {
          label: { nb: 'Vet at det finnes regler', nn: 'Veit at det finst reglar', en: 'Aware of rules' },
          description: {
            nb: 'Dere vet at kommunen må følge regler når den kjøper eller gir tilskudd, men ikke hvilke som kan gjelde for tilbudet.',
            nn: 'De veit at kommunen må følgje reglar når han kjøper eller gir tilskot, men ikkje kva for reglar som kan gjelde for tilbodet.',
            en: 'You know the municipality must follow rules when it buys or gives grants, but not which may apply to the offer.',
          },
        },
        {
          label: { nb: 'Kjenner mulige veier', nn: 'Kjenner moglege vegar', en: 'Knows the possible ways' },
          description: {
            nb: 'Dere kan nevne mulige veier, f.eks. kjøp, tilskudd eller en avgrenset pilot, og vet at verdien og typen tjeneste avgjør hvilke regler som gjelder.',
            nn: 'De kan nemne moglege vegar, t.d. kjøp, tilskot eller ein avgrensa pilot, og veit at verdien og typen teneste avgjer kva for reglar som gjeld.',
            en: 'You can name possible ways, e.g. a purchase, a grant or a limited pilot, and know that the value and the kind of service decide which rules apply.',
          },
        },
        {
          label: { nb: 'Har sjekket hver vei', nn: 'Har sjekka kvar veg', en: 'Has checked each way' },
          description: {
            nb: 'For hver mulig vei har dere sjekket hva den krever, i offentlige veiledere og i kommunens egne innkjøpsregler, og dere har anslått verdien over hele avtaleperioden.',
            nn: 'For kvar mogleg veg har de sjekka kva han krev, i offentlege rettleiarar og i dei eigne innkjøpsreglane til kommunen, og de har anslått verdien over heile avtaleperioden.',
            en: "For each possible way you have checked what it requires, in public guidance and in the municipality's own purchasing rules, and you have estimated the value over the whole contract period.",
          },
        },
        {
          label: { nb: 'Klar for kommunens valg', nn: 'Klar for valet til kommunen', en: "Ready for the municipality's choice" },
          description: {
            nb: 'Dere har en kort oversikt kommunen kan bruke: mulige veier, hva hver krever, anslått verdi og hva dere kan dokumentere. Dere vet at kommunen velger vei og kan måtte la andre konkurrere, og at tilbudet da kan brukes i markedsdialog.',
            nn: 'De har ei kort oversikt kommunen kan bruke: moglege vegar, kva kvar krev, anslått verdi og kva de kan dokumentere. De veit at kommunen vel veg og kan måtte la andre konkurrere, og at tilbodet då kan brukast i marknadsdialog.',
            en: 'You have a short overview the municipality can use: possible ways, what each requires, the estimated value and what you can document. You know that the municipality chooses the way and may have to let others compete, and that your offer can then be used in market dialogue.',
          },
        },
      ]),
    },
    {
      id: 'okonomisk-modell',
      title: {
        nb: 'Tilbudet har en økonomi som holder',
        nn: 'Tilbodet har ein økonomi som held',
        en: 'The offer has finances that hold',
      },
      help: {
        nb: 'Fortell hva tilbudet deres koster, hvem som betaler hva, og hva som skjer når eventuelle prosjektmidler tar slutt. Ta med alle kostnader, også egeninnsats, frivillig arbeid og lokaler, så kommunen ser hva tilbudet virkelig koster.',
        nn: 'Fortel kva tilbodet dykkar kostar, kven som betaler kva, og kva som skjer når eventuelle prosjektmidlar tek slutt. Ta med alle kostnader, også eigeninnsats, frivillig arbeid og lokale, så kommunen ser kva tilbodet verkeleg kostar.',
        en: 'Say what the offer costs, who pays for what, and what happens when any project funding runs out. Include all costs, also your own effort, voluntary work and premises, so that the municipality sees what the offer really costs.',
      },
      assessorHelp: {
        nb: 'Se etter et budsjett med alle kostnader, kostnad per deltaker, hva kommunen eventuelt skal betale for, og hva som skjer om én inntekt faller bort.',
        nn: 'Sjå etter eit budsjett med alle kostnader, kostnad per deltakar, kva kommunen eventuelt skal betale for, og kva som skjer om éi inntekt fell bort.',
        en: 'Look for a budget with all costs, the cost per participant, what the municipality would pay for, if anything, and what happens if one source of income falls away.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ikke beskrevet', nn: 'Ikkje skildra', en: 'Not described' },
          description: {
            nb: 'Økonomien er ikke beskrevet.',
            nn: 'Økonomien er ikkje skildra.',
            en: 'The finances are not described.',
          },
        },
        {
          label: { nb: 'En pris', nn: 'Ein pris', en: 'A price' },
          description: {
            nb: 'Det er oppgitt en pris eller et beløp, men ikke et budsjett.',
            nn: 'Det er oppgitt ein pris eller eit beløp, men ikkje eit budsjett.',
            en: 'A price or sum is given, but not a budget.',
          },
        },
        {
          label: { nb: 'Budsjett', nn: 'Budsjett', en: 'A budget' },
          description: {
            nb: 'Det finnes et budsjett med inntekter og kostnader, og en plan for driften etter en eventuell prosjektperiode.',
            nn: 'Det finst eit budsjett med inntekter og kostnader, og ein plan for drifta etter ein eventuell prosjektperiode.',
            en: 'There is a budget with income and costs, and a plan for running the offer after any project period.',
          },
        },
        {
          label: { nb: 'Alle kostnader med', nn: 'Alle kostnader med', en: 'All costs counted' },
          description: {
            nb: 'Budsjettet viser alle kostnader, også egeninnsats, frivillig arbeid og lokaler, kostnaden per deltaker, og hva kommunen eventuelt skal betale for.',
            nn: 'Budsjettet viser alle kostnader, også eigeninnsats, frivillig arbeid og lokale, kostnaden per deltakar, og kva kommunen eventuelt skal betale for.',
            en: 'The budget shows all costs, also your own effort, voluntary work and premises, the cost per participant, and what the municipality would pay for, if anything.',
          },
        },
        {
          label: { nb: 'Tåler endringer', nn: 'Toler endringar', en: 'Withstands change' },
          description: {
            nb: 'Tilbudet har flere inntektskilder og tåler at én faller bort, og dere viser hva det koster sammenlignet med alternativet for deltakerne, med kilder for tallene.',
            nn: 'Tilbodet har fleire inntektskjelder og toler at éi fell bort, og de viser kva det kostar samanlikna med alternativet for deltakarane, med kjelder for tala.',
            en: 'The offer has several sources of income and withstands losing one, and you show what it costs compared with the alternative for its participants, with sources for the figures.',
          },
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
      sdg: [17],
      goals: [NEW_SOLUTIONS_GOAL],
      help: {
        nb: 'Fortell hvem dere samarbeider med, hva hver part bidrar med, og hvordan samarbeidet er ordnet. Tilbud rettet mot arbeid har ofte NAV med; tilbud for helse og livskvalitet gjerne fastleger, frisklivssentralen eller frivillige lag.',
        nn: 'Fortel kven de samarbeider med, kva kvar part bidreg med, og korleis samarbeidet er ordna. Tilbod retta mot arbeid har ofte NAV med; tilbod for helse og livskvalitet gjerne fastlegar, frisklivssentralen eller frivillige lag.',
        en: 'Say whom you work with, what each party contributes, and how the cooperation is arranged. Offers aimed at work often include NAV; offers for health and quality of life, for example GPs, the healthy life centre or voluntary groups.',
      },
      assessorHelp: {
        nb: 'Se etter samarbeid som er i gang og har en klar arbeidsdeling, ikke bare en liste med navn.',
        nn: 'Sjå etter samarbeid som er i gang og har ei klår arbeidsdeling, ikkje berre ei liste med namn.',
        en: 'Look for cooperation that is under way with a clear division of work, not just a list of names.',
      },
      scale: levelScale([
        {
          label: { nb: 'Ingen partnere', nn: 'Ingen partnarar', en: 'No partners' },
          description: {
            nb: 'Ingen samarbeidspartnere er nevnt.',
            nn: 'Ingen samarbeidspartnarar er nemnde.',
            en: 'No partners are mentioned.',
          },
        },
        {
          label: { nb: 'Mulige partnere', nn: 'Moglege partnarar', en: 'Possible partners' },
          description: {
            nb: 'Mulige partnere er nevnt, men ikke kontaktet.',
            nn: 'Moglege partnarar er nemnde, men ikkje kontakta.',
            en: 'Possible partners are named, but not contacted.',
          },
        },
        {
          label: { nb: 'Partnere kontaktet', nn: 'Partnarar kontakta', en: 'Partners contacted' },
          description: {
            nb: 'Partnere er kontaktet, og det er beskrevet hva hver av dem skal bidra med.',
            nn: 'Partnarar er kontakta, og det er skildra kva kvar av dei skal bidra med.',
            en: 'Partners have been contacted, and what each will contribute is described.',
          },
        },
        {
          label: { nb: 'Samarbeid i gang', nn: 'Samarbeid i gang', en: 'Cooperation under way' },
          description: {
            nb: 'Samarbeidet er i gang, f.eks. med faste møter eller henvisninger fra NAV eller fastleger, og dere viser hva det har gitt.',
            nn: 'Samarbeidet er i gang, t.d. med faste møte eller tilvisingar frå NAV eller fastlegar, og de viser kva det har gitt.',
            en: 'The cooperation is under way, e.g. with regular meetings or referrals from NAV or GPs, and you show what it has brought.',
          },
        },
        {
          label: { nb: 'Fast samarbeid i flere sektorer', nn: 'Fast samarbeid i fleire sektorar', en: 'Settled cross-sector work' },
          description: {
            nb: 'Dere samarbeider fast med partnere i minst to sektorer, f.eks. frivillighet, næringsliv og helse, og det er skrevet ned hvem som gjør hva.',
            nn: 'De samarbeider fast med partnarar i minst to sektorar, t.d. frivilligheit, næringsliv og helse, og det er skrive ned kven som gjer kva.',
            en: 'You work regularly with partners in at least two sectors, e.g. voluntary, business and health, and who does what is written down.',
          },
        },
      ]),
    },
  ],
};
