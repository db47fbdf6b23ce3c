import { converted, rejected, type Converted } from './converted.js';

/** A CORDIS flag (`SME`, `endOfParticipation`): `true` or `false`, any case; empty means unknown. */
export function parseCordisBoolean(raw: string): Converted<boolean | undefined> {
  const text = raw.trim().toLowerCase();
  if (text === '') return converted(undefined);
  if (text === 'true') return converted(true);
  if (text === 'false') return converted(false);
  return rejected(`"${raw}" is not true or false`);
}
