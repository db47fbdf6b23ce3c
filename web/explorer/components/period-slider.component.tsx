import { useEffect, useState } from 'react';

/** The years the slider covers; its ends mean "no bound". */
const FIRST_YEAR = 1995;
const LAST_YEAR = new Date().getFullYear() + 5;

interface PeriodSliderProps {
  from: number | null;
  to: number | null;
  onChange(from: number | null, to: number | null): void;
}

/**
 * Two sliders for the period (projects active from … to …); the network is
 * asked for again when a slider is let go, not at every step.
 */
export function PeriodSlider({ from, to, onChange }: PeriodSliderProps) {
  const [draft, setDraft] = useState({ from: from ?? FIRST_YEAR, to: to ?? LAST_YEAR });
  useEffect(() => setDraft({ from: from ?? FIRST_YEAR, to: to ?? LAST_YEAR }), [from, to]);
  const commit = () =>
    onChange(draft.from <= FIRST_YEAR ? null : draft.from, draft.to >= LAST_YEAR ? null : draft.to);
  const label = (year: number, end: number) => (year === end ? 'any' : String(year));
  return (
    <fieldset className="period-slider">
      <legend>
        Period: {label(draft.from, FIRST_YEAR)} – {label(draft.to, LAST_YEAR)}
      </legend>
      <input
        type="range"
        aria-label="Active from"
        min={FIRST_YEAR}
        max={LAST_YEAR}
        value={draft.from}
        onChange={(event) =>
          setDraft((d) => ({ ...d, from: Math.min(Number(event.target.value), d.to) }))
        }
        onPointerUp={commit}
        onKeyUp={commit}
      />
      <input
        type="range"
        aria-label="Active to"
        min={FIRST_YEAR}
        max={LAST_YEAR}
        value={draft.to}
        onChange={(event) =>
          setDraft((d) => ({ ...d, to: Math.max(Number(event.target.value), d.from) }))
        }
        onPointerUp={commit}
        onKeyUp={commit}
      />
    </fieldset>
  );
}
