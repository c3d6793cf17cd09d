import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import tr from 'i18n-iso-countries/langs/tr.json';

countries.registerLocale(en);
countries.registerLocale(tr);

/** A country as ISO 3166 names it, in English and Turkish: never typed by hand. */
export interface Country {
  /** ISO 3166-1 alpha-3, e.g. "RUS". */
  code: string;
  name: { en: string; tr?: string };
  /** Other English and Turkish names the library knows ("Russia"). */
  aliases: { en: string[]; tr: string[] };
}

const cache = new Map<string, Country | null>();

/**
 * The country an ISO 3166-1 alpha-3 code names, or null when it names none. CAMEO's
 * actor country codes are these codes for states; its region and group codes
 * ("WST", "AFR", "EUR") are not, and give null.
 * @example countryOfCode('PRK')?.name // { en: 'North Korea', tr: 'Kuzey Kore' }
 */
export function countryOfCode(code: string): Country | null {
  const key = code.trim().toUpperCase();
  const known = cache.get(key);
  if (known !== undefined) return known;
  let country: Country | null = null;
  if (/^[A-Z]{3}$/.test(key) && countries.isValid(key)) {
    const nameEn = countries.getName(key, 'en');
    if (nameEn !== undefined) {
      const nameTr = countries.getName(key, 'tr');
      const allEn = countries.getName(key, 'en', { select: 'all' }) ?? [];
      const allTr = countries.getName(key, 'tr', { select: 'all' }) ?? [];
      country = {
        code: key,
        name: nameTr === undefined ? { en: nameEn } : { en: nameEn, tr: nameTr },
        aliases: {
          en: allEn.filter((name) => name !== nameEn),
          tr: allTr.filter((name) => name !== nameTr),
        },
      };
    }
  }
  cache.set(key, country);
  return country;
}

/**
 * The alpha-3 code of a country named in full in English ("Russian Federation",
 * "Russia", "North Korea"), as ICEWS names countries; null when the library knows
 * no country by that name.
 * @example countryCodeOfName('Russia') // 'RUS'
 */
export function countryCodeOfName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  return countries.getAlpha3Code(trimmed, 'en') ?? null;
}
