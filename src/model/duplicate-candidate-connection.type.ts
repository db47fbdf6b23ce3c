import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pages/connection.type.js';
import { DuplicateCandidate } from './duplicate-candidate.type.js';

@ObjectType({ description: 'A page of the review queue, best score first, with the total.' })
export class DuplicateCandidateConnection extends ConnectionType(
  DuplicateCandidate,
  'DuplicateCandidate',
) {}
