import 'reflect-metadata';
import { Field, InputType, ObjectType } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { CreateProjectInput, UpdateProjectInput } from '../../src/model/curation/project.input.js';
import { UpdateOrganisationInput } from '../../src/model/curation/organisation.input.js';
import { Organisation } from '../../src/model/organisation.type.js';
import { Project } from '../../src/model/project.type.js';
import {
  StoredField,
  storedPropertiesOf,
  storedPropsOf,
  writableFields,
} from '../../src/model/stored-field.decorator.js';
import { CYPHER_FRAGMENTS } from '../../src/projection/cypher-fragments.js';

@ObjectType()
class Gadget {
  @StoredField(() => String, {})
  id!: string;

  @StoredField(() => String, { nullable: true })
  colour?: string | null;

  @StoredField(() => String, {})
  name!: string;

  @Field(() => Number)
  computed!: number;
}

@InputType()
class UpdateGadgetInput {
  @Field(() => String)
  id!: string;

  @Field(() => String, { nullable: true })
  colour?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

describe('@StoredField', () => {
  it('lists the stored fields in declaration order, and only those', () => {
    expect(storedPropertiesOf(Gadget)).toEqual(['id', 'colour', 'name']);
  });

  it('derives what an input writes and what an update may clear from the model', () => {
    expect(writableFields(Gadget, UpdateGadgetInput)).toEqual({
      fields: ['colour', 'name'],
      clearable: ['colour'],
    });
  });

  it('gives the curation sets the product has always had', () => {
    expect(writableFields(Project, UpdateProjectInput)).toEqual(
      writableFields(Project, CreateProjectInput),
    );
    expect(writableFields(Project, UpdateProjectInput).clearable).toEqual([
      'code',
      'acronym',
      'startDate',
      'endDate',
      'durationMonths',
      'totalBudgetEur',
      'euContributionEur',
    ]);
    expect(writableFields(Organisation, UpdateOrganisationInput)).toEqual({
      fields: ['name', 'acronym', 'kind', 'city', 'summary'],
      clearable: ['acronym', 'city', 'summary'],
    });
  });

  it('maps an imported record to its stored properties, leaving out undefined, id and aliases', () => {
    const record = { id: 'x', aliases: ['y'], name: 'X', acronym: undefined, extra: 1 };
    expect(storedPropsOf(record, Organisation)).toEqual({ name: 'X' });
  });

  it('is where the Cypher entity fragments come from', () => {
    expect(CYPHER_FRAGMENTS.Organisation).toBe(
      storedPropertiesOf(Organisation)
        .map((property) => `.${property}`)
        .join(', '),
    );
    expect(CYPHER_FRAGMENTS.Project).toContain('.durationMonths');
  });
});
