import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../pages/connection.type.js';
import { Country } from './country.type.js';
import { Document } from './document.type.js';
import { Event } from './event.type.js';
import { Funding } from './funding.type.js';
import { FundingSource } from './funding-source.type.js';
import { Organisation } from './organisation.type.js';
import { Participation } from './participation.type.js';
import { Person } from './person.type.js';
import { PolicyArea } from './policy-area.type.js';
import { Programme } from './programme.type.js';
import { Project } from './project.type.js';
import { Region } from './region.type.js';
import { Topic } from './topic.type.js';

// The paginated lists of the API, one concrete connection type per node type.

@ObjectType({ description: 'A page of organisations.' })
export class OrganisationConnection extends ConnectionType(Organisation, 'Organisation') {}

@ObjectType({ description: 'A page of projects.' })
export class ProjectConnection extends ConnectionType(Project, 'Project') {}

@ObjectType({ description: 'A page of partnership edges.' })
export class ParticipationConnection extends ConnectionType(Participation, 'Participation') {}

@ObjectType({ description: 'A page of countries.' })
export class CountryConnection extends ConnectionType(Country, 'Country') {}

@ObjectType({ description: 'A page of funding sources.' })
export class FundingSourceConnection extends ConnectionType(FundingSource, 'FundingSource') {}

@ObjectType({ description: 'A page of funding edges.' })
export class FundingConnection extends ConnectionType(Funding, 'Funding') {}

@ObjectType({ description: 'A page of people.' })
export class PersonConnection extends ConnectionType(Person, 'Person') {}

@ObjectType({ description: 'A page of policy areas.' })
export class PolicyAreaConnection extends ConnectionType(PolicyArea, 'PolicyArea') {}

@ObjectType({ description: 'A page of topics.' })
export class TopicConnection extends ConnectionType(Topic, 'Topic') {}

@ObjectType({ description: 'A page of regions.' })
export class RegionConnection extends ConnectionType(Region, 'Region') {}

@ObjectType({ description: 'A page of programmes (strategies, initiatives, frameworks).' })
export class ProgrammeConnection extends ConnectionType(Programme, 'Programme') {}

@ObjectType({ description: 'A page of events.' })
export class EventConnection extends ConnectionType(Event, 'Event') {}

@ObjectType({ description: 'A page of documents.' })
export class DocumentConnection extends ConnectionType(Document, 'Document') {}
