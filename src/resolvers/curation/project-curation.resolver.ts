import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/role.js';
import type { Context } from '../../context.js';
import { givenProps } from '../../curation/defined-props.js';
import { yearOf } from '../../domain/partial-date.js';
import { projectInconsistencies, type ProjectFigures } from '../../domain/project-consistency.js';
import { badUserInput } from '../../errors.js';
import { projectFiguresInTransaction } from '../../graph/queries/project-figures-in-transaction.js';
import { CreateProjectInput, UpdateProjectInput } from '../../model/curation/project.input.js';
import { Project } from '../../model/project.type.js';
import { writableFields } from '../../model/stored-field.decorator.js';
import { writeNamedEntity } from './write-entity.js';

/** What editors may write: the stored fields the inputs carry; an update clears the optional ones with null. */
const CREATED = writableFields(Project, CreateProjectInput);
const UPDATED = writableFields(Project, UpdateProjectInput);

/** Dates and money that contradict each other are refused, by the importers' rule. */
function assertConsistent(project: ProjectFigures): void {
  const [first] = projectInconsistencies(project);
  if (first) throw badUserInput(first.message, { argument: `input.${first.field}` });
}

/** The year fields the period filters use, kept in step with the dates. */
function years(input: {
  startDate?: string | null;
  endDate?: string | null;
}): Record<string, unknown> {
  const derived: Record<string, unknown> = {};
  if (input.startDate !== undefined)
    derived.startYear = input.startDate ? yearOf(input.startDate) : null;
  if (input.endDate !== undefined) derived.endYear = input.endDate ? yearOf(input.endDate) : null;
  return derived;
}

@Resolver(() => Project)
export class ProjectCurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Project, { description: 'Adds a project (editors only).' })
  async createProject(
    @Arg('input', () => CreateProjectInput, { description: 'What to write.' })
    input: CreateProjectInput,
    @Ctx() context: Context,
  ) {
    assertConsistent(input);
    await writeNamedEntity(context, {
      label: 'Project',
      id: input.id,
      citation: input.citation,
      creating: true,
      params: () => ({
        props: { isFlagship: false, ...givenProps(input, CREATED.fields), ...years(input) },
        aliases: input.aliases ?? [],
      }),
    });
    return context.loaders.projectById.load(input.id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Project, {
    description: 'Changes a project; a new name keeps the old one as an alias (editors only).',
  })
  async updateProject(
    @Arg('input', () => UpdateProjectInput, { description: 'What to write.' })
    input: UpdateProjectInput,
    @Ctx() context: Context,
  ) {
    const changes = givenProps(input, UPDATED.fields, UPDATED.clearable);
    await writeNamedEntity(context, {
      label: 'Project',
      id: input.id,
      citation: input.citation,
      creating: false,
      // Read under the project's lock: two edits (one moving the start, one
      // the end) cannot each pass against the other's old value.
      checkLocked: async (tx) => {
        const current = await projectFiguresInTransaction(tx, input.id);
        assertConsistent({ ...current, ...changes });
      },
      params: () => ({
        name: input.name ?? null,
        props: { ...changes, ...years(input) },
        addAliases: input.addAliases ?? [],
      }),
    });
    context.loaders.projectById.clear(input.id);
    return context.loaders.projectById.load(input.id);
  }
}
