/** "LEAD_PARTNER" → "lead partner". */
export function readableEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** "2015 – 2017", "since 2019", "until 2020", or "" when no date is known. */
export function period(start: string | null, end: string | null): string {
  if (start && end) return `${start} – ${end}`;
  if (start) return `since ${start}`;
  if (end) return `until ${end}`;
  return '';
}

const EUROS = new Intl.NumberFormat('en', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

/** An amount in euros, or null when unknown. */
export function euros(amount: number | null): string | null {
  return amount === null ? null : EUROS.format(amount);
}
