// When an event row's actor is a state, and when it names someone or something of
// that state: the rules GDELT's and ICEWS's readers share (see data/README.md,
// "Named actors").
import capitalsFile from '../geo/capitals.json';
import { tokenize } from '../search/foldText.ts';
import { countryOfCode } from './countryNames.ts';

const capitals: Record<string, { name: string } | undefined> = capitalsFile.capitals;

/** Folded words joined by single spaces: "Washington, D.C." → "washington d c". */
const words = (text: string) => tokenize(text).join(' ');

/**
 * Whether an actor's name, as a row spells it, stands for its country itself: one of
 * the country's ISO 3166 names (English or Turkish), its adjective as event coders
 * write it (the country's name and a few more letters: "RUSSIAN", "NORTH KOREAN"), or its
 * capital as GeoNames names it ("MOSCOW"; "WASHINGTON" for "Washington, D.C.") —
 * GDELT's codebook says a geographic match is named by the country or its capital.
 * @example namesItsCountry('RUSSIAN', 'RUS') // true
 * @example namesItsCountry('SERGEY LAVROV', 'RUS') // false
 */
export function namesItsCountry(name: string, code: string): boolean {
  const key = `${code}\u0000${name}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    // Rows repeat their actors: a day of GDELT names a few thousand, in 100k+ rows.
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answer = standsForCountry(words(name), code);
    answers.set(key, answer);
  }
  return answer;
}

const MAX_ANSWERS = 50_000;
const answers = new Map<string, boolean>();
const countryWords = new Map<string, { names: string[]; capital: string | null } | null>();

function standsForCountry(said: string, code: string): boolean {
  let known = countryWords.get(code);
  if (known === undefined) {
    const country = countryOfCode(code);
    const capital = country === null ? undefined : capitals[country.code];
    known =
      country === null
        ? null
        : {
            names: [
              country.name.en,
              ...(country.name.tr === undefined ? [] : [country.name.tr]),
              ...country.aliases.en,
              ...country.aliases.tr,
            ].map(words),
            capital: capital === undefined ? null : words(capital.name),
          };
    countryWords.set(code, known);
  }
  if (known === null) return false;
  if (said === '') return true;
  // An adjective adds letters to the name, not words: "RUSSIAN", not "RUSSIAN SENATE".
  const adjectiveOf = (name: string) =>
    said.startsWith(name) && /^[a-z]*$/.test(said.slice(name.length));
  if (known.names.some(adjectiveOf)) return true;
  const city = known.capital;
  return city !== null && (said === city || city.startsWith(`${said} `));
}

/**
 * CAMEO's actor types that are institutions of a state (its government, military,
 * judiciary, legislature, police and intelligence): a named actor of one of these
 * holds office in its country. Labels as CAMEO's manual names them.
 */
export const CAMEO_OFFICE_TYPES: Readonly<Record<string, string>> = {
  GOV: 'Government',
  MIL: 'Military',
  JUD: 'Judiciary',
  LEG: 'Legislature',
  COP: 'Police forces',
  SPY: 'State intelligence',
};

/**
 * ICEWS sectors that make an actor part of a state (the sector names of its actor
 * dictionary: "Government", "Executive", "Cabinet", "Military", "Police",
 * "Legislative / Parliamentary", "Judicial", "Intelligence", ministries).
 */
const ICEWS_OFFICE_SECTOR =
  /\b(government|executive|cabinet|ministry|military|army|navy|air force|police|legislative|parliament\w*|judicial|intelligence)\b/;

/**
 * Whether an ICEWS row's sectors ("Government, Executive, Elite") place its actor in a
 * state's institutions.
 * @example icewsSectorsHoldOffice('Elite, Government') // true
 * @example icewsSectorsHoldOffice('Business, Media') // false
 */
export function icewsSectorsHoldOffice(sectors: string): boolean {
  return ICEWS_OFFICE_SECTOR.test(words(sectors));
}
