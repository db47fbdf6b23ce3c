import { registerEnumType } from 'type-graphql';
import { FundingSourceKind } from '../domain/funding-source-kind.js';

registerEnumType(FundingSourceKind, {
  name: 'FundingSourceKind',
  description: 'What sort of money a funding source is.',
});

export { FundingSourceKind };
