import { checkIdentifier } from '../domain/identifier.js';
import { IdentifierScheme } from '../domain/identifier-scheme.js';

/**
 * The canonical identifier values a search text could be, in every scheme
 * (a VAT number typed with spaces, a ror.org or wikidata.org URL), so that
 * search finds an organisation by an identifier written whole.
 */
export function identifierValues(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 200) return [];
  const values = new Set<string>();
  for (const scheme of Object.values(IdentifierScheme)) {
    const check = checkIdentifier({
      scheme,
      value: trimmed,
      programme: scheme === IdentifierScheme.PROGRAMME ? 'any' : null,
    });
    if (check.ok) values.add(check.identifier.value);
  }
  return [...values];
}
