import type { CountryColour } from '../graph/country-colours';

const SHOWN = 12;

/** Which colour is which country (the most frequent ones), with organisation counts. */
export function Legend({ colours }: { colours: CountryColour[] }) {
  const shown = colours.slice(0, SHOWN);
  const rest = colours.length - shown.length;
  return (
    <ul className="legend" aria-label="Countries">
      {shown.map((entry) => (
        <li key={entry.code ?? 'none'}>
          <span className="swatch" style={{ background: entry.colour }} />
          {entry.code ?? 'no country'} <span className="muted">{entry.count}</span>
        </li>
      ))}
      {rest > 0 && <li className="muted">+{rest} more</li>}
    </ul>
  );
}
