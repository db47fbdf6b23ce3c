/** Distinct, readable colours. */
const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#bcbd22',
  '#393b79',
  '#637939',
  '#843c39',
  '#7b4173',
  '#3182bd',
  '#e6550d',
  '#31a354',
  '#756bb1',
  '#636363',
  '#b5cf6b',
  '#d6616b',
];

/** Organisations without a country (international bodies, networks). */
export const NO_COUNTRY_COLOUR = '#a0a4a8';

/** A country's colour and how many organisations of the network are based there. */
export interface CountryColour {
  code: string | null;
  colour: string;
  count: number;
}

/**
 * The countries of the Baltic Sea Region and their neighbours first, each with
 * its own colour of the palette; countries beyond them take one by their code.
 * A country keeps its colour in every view, whatever the filter.
 */
const COUNTRY_ORDER = [
  'DE',
  'SE',
  'FI',
  'DK',
  'PL',
  'LT',
  'LV',
  'EE',
  'NO',
  'IS',
  'RU',
  'BY',
  'UA',
  'NL',
  'BE',
  'FR',
  'IT',
  'ES',
  'AT',
  'CZ',
];

/** The colour of a country, the same in every view; null: no country. */
export function colourOfCountry(code: string | null): string {
  if (code === null) return NO_COUNTRY_COLOUR;
  const known = COUNTRY_ORDER.indexOf(code);
  let index = known;
  if (known < 0) {
    index = 0;
    for (const char of code) index = (index * 31 + char.charCodeAt(0)) % PALETTE.length;
  }
  return PALETTE[index % PALETTE.length] ?? NO_COUNTRY_COLOUR;
}

/**
 * The countries of a network with their colours (see colourOfCountry), the
 * most frequent first for the legend; organisations without one last.
 */
export function countryColours(codes: ReadonlyArray<string | null>): CountryColour[] {
  const counts = new Map<string | null, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([code]) => code !== null)
    .sort(([a, countA], [b, countB]) => countB - countA || String(a).localeCompare(String(b)));
  const colours: CountryColour[] = ranked.map(([code, count]) => ({
    code,
    count,
    colour: colourOfCountry(code),
  }));
  const stateless = counts.get(null);
  if (stateless) colours.push({ code: null, count: stateless, colour: NO_COUNTRY_COLOUR });
  return colours;
}
