import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { ParticipationConnection, ProjectConnection } from '../model/connections.type.js';
import { Country } from '../model/country.type.js';
import { Document } from '../model/document.type.js';
import { Event } from '../model/event.type.js';
import { Funding } from '../model/funding.type.js';
import { ProjectOrder, ProjectSortField } from '../model/list-orders.input.js';
import { ParticipationRole } from '../model/participation-role.enum.js';
import { PolicyArea } from '../model/policy-area.type.js';
import { Programme } from '../model/programme.type.js';
import { ProjectFilter } from '../model/project-filter.input.js';
import { Project } from '../model/project.type.js';
import { Region } from '../model/region.type.js';
import { SortDirection } from '../model/sort-direction.enum.js';
import { Task } from '../model/task.type.js';
import { Topic } from '../model/topic.type.js';
import { PageArgs } from '../pages/page-args.js';
import { projectParticipations } from '../pages/participation-page.js';
import { projectConditions, projectFilterOptions } from '../filters/project-filter-params.js';
import { listPage } from '../pages/list-page.js';
import { nestedPage } from '../pages/nested-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by id; null when unknown.' })
  project(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.projectById.load(id);
  }

  @Query(() => ProjectConnection, {
    description: 'Projects, filtered, sorted (by name unless told) and paginated.',
  })
  projects(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Arg('orderBy', () => ProjectOrder, { nullable: true }) orderBy: ProjectOrder | null,
    @Ctx() { graph, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listPage<Project>({
      graph,
      list: 'projects',
      filters: projectConditions(filter),
      params: {
        ...projectFilterOptions(filter),
        sort: orderBy?.field ?? ProjectSortField.NAME,
        descending: orderBy?.direction === SortDirection.DESC,
      },
      page,
      info,
      model: Project,
      wholeTotal: async () => (await loaders.graphTotals.load('counts')).projectCount,
    });
  }

  @FieldResolver(() => ParticipationConnection, {
    description:
      'The organisations taking part and their roles (coordinators and lead partners first).',
  })
  participations(
    @Root() project: Project,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('role', () => ParticipationRole, {
      nullable: true,
      description: 'Only edges with this role.',
    })
    role: ParticipationRole | null,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedPage(
      loaders,
      'projectParticipations',
      project.id,
      page,
      { role: role ?? null },
      projectParticipations(info),
    );
  }

  @FieldResolver(() => [Funding], { description: 'Who funds it, with amounts where stated.' })
  funding(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.fundingOfProject.load(project.id);
  }

  @FieldResolver(() => [Project], {
    description: 'Projects it follows up (From Gaps to Caps → 14.3).',
  })
  followUpOf(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.followUpOf.load(project.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects that follow it up.' })
  followUps(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.followUps.load(project.id);
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description: 'The platform or group it is a component of (HAZARD → ResQU2).',
  })
  async componentOf(@Root() project: Project, @Ctx() { loaders }: Context) {
    return (await loaders.componentOf.load(project.id))[0] ?? null;
  }

  @FieldResolver(() => [Project], { description: 'Its component projects (for a platform).' })
  components(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.components.load(project.id);
  }

  @FieldResolver(() => [PolicyArea], { description: 'Policy areas it is under.' })
  policyAreas(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.policyAreasOfProject.load(project.id);
  }

  @FieldResolver(() => [Programme], { description: 'Programmes it is directly under.' })
  programmes(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.programmesOfProject.load(project.id);
  }

  @FieldResolver(() => [Country], { description: 'Countries it is implemented in.' })
  countries(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.countriesOfProject.load(project.id);
  }

  @FieldResolver(() => [Region], { description: 'Regions it is implemented in.' })
  regions(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.regionsOfProject.load(project.id);
  }

  @FieldResolver(() => [Topic], {
    description: 'Topics it addresses (CBRN areas, hazards, themes).',
  })
  topics(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.topicsOfProject.load(project.id);
  }

  @FieldResolver(() => [Task], { description: 'Its tasks, by code.' })
  tasks(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.tasksOfProject.load(project.id);
  }

  @FieldResolver(() => [Document], { description: 'Reports, papers and factsheets it produced.' })
  documents(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.documentsOfProject.load(project.id);
  }

  @FieldResolver(() => [Event], { description: 'Its events: exercises, kick-offs.' })
  events(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.eventsOfProject.load(project.id);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() project: Project,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Project', project.id, basis);
  }
}
