// The questionnaire all three variants render: the default framework's shape (seven axes,
// an evidence scale of five levels, "not applicable" allowed) scaled to N criteria.
// Generated rather than read from src/ so that the benchmark stays comparable while the
// default framework's wording changes.

const AXES = [
  ['langsiktige-mal', 'Langsiktige mål'],
  ['brukermedvirkning', 'Brukermedvirkning'],
  ['brukertilpasning', 'Brukertilpasning og mangfold'],
  ['sosial-merverdi', 'Sosial merverdi'],
  ['innovasjon', 'Innovasjon'],
  ['dokumentert-effekt', 'Dokumentert effekt'],
  ['gjennomforbarhet', 'Gjennomførbarhet og samarbeid'],
];

/** Criterion titles of about the length real ones have; cycled and numbered. */
const CRITERION_TITLES = [
  'Tilbudet bidrar til et navngitt mål i kommuneplanens samfunnsdel',
  'Tilbudet utfyller det kommunen allerede tilbyr',
  'Brukerne er med på å utforme tilbudet',
  'Tilbudet når personer som faller mellom eksisterende tjenester',
  'Tilbudet gir arbeidsinkludering',
  'Tilbudet er nytt for kommunen',
  'Det finnes en beskrevet endringsteori',
  'Tilbudet har en navngitt eier i kommunen',
];

/** The default evidence scale: five levels, 0..4. */
export const LEVELS = [
  { value: 0, label: 'Ikke beskrevet' },
  { value: 1, label: 'Påstått' },
  { value: 2, label: 'Beskrevet med plan' },
  { value: 3, label: 'Dokumentert med egne data' },
  { value: 4, label: 'Dokumentert effekt' },
];

/** The label every variant gives the extra "not applicable" radio. */
export const NOT_APPLICABLE = 'Ikke relevant';

/**
 * A framework (format version 1) with `count` criteria spread as evenly as possible over
 * the seven axes, in axis order; criterion k (0-based, in document order) has id `k-<k+1>`.
 */
export function makeFramework(count) {
  const dimensions = AXES.map(([id, title]) => ({ id, title, criteria: [] }));
  for (let k = 0; k < count; k += 1) {
    // Fill axis by axis so that document order equals criterion order.
    const axis = Math.min(AXES.length - 1, Math.floor((k * AXES.length) / count));
    const title = `${CRITERION_TITLES[k % CRITERION_TITLES.length]} (${k + 1})`;
    dimensions[axis].criteria.push({ id: `k-${k + 1}`, title });
  }
  return {
    format: 'merverdi-framework',
    version: 1,
    id: `ytelsestest-${count}`,
    title: `Ytelsestest med ${count} kriterier`,
    scale: { levels: LEVELS },
    allowNotApplicable: true,
    dimensions,
  };
}
