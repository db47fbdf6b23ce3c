/** Distinct, readable colours, given to countries by number of organisations. */
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
 * Colours for the countries of a network: the most frequent countries get
 * the palette in order; the rest share its colours again.
 */
export function countryColours(codes: ReadonlyArray<string | null>): CountryColour[] {
  const counts = new Map<string | null, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([code]) => code !== null)
    .sort(([a, countA], [b, countB]) => countB - countA || String(a).localeCompare(String(b)));
  const colours: CountryColour[] = ranked.map(([code, count], index) => ({
    code,
    count,
    colour: PALETTE[index % PALETTE.length] ?? NO_COUNTRY_COLOUR,
  }));
  const stateless = counts.get(null);
  if (stateless) colours.push({ code: null, count: stateless, colour: NO_COUNTRY_COLOUR });
  return colours;
}
