import { registerEnumType } from 'type-graphql';
import { CitationBasis } from '../domain/citation-basis.js';

registerEnumType(CitationBasis, {
  name: 'CitationBasis',
  description: 'Whether the cited text states a value, or the value is an interpretation of it.',
  valuesConfig: {
    STATED: { description: 'The cited lines say it.' },
    INFERRED: {
      description: 'An interpretation of the cited lines; the note gives the reasoning.',
    },
  },
});

export { CitationBasis };
