import { adopted } from '../loaders/adopt-model.js';
import { Organisation } from '../model/organisation.type.js';
import type { ParticipationRole } from '../model/participation-role.enum.js';
import { PartnershipPath, type PathStep } from '../model/partnership-path.type.js';
import { Project } from '../model/project.type.js';

/** A chain as the path statements return it: organisation, project, organisation … */
export interface ChainRow {
  roles: ParticipationRole[];
  organisations: Organisation[];
  projects: Project[];
}

/** A chain as a `PartnershipPath`: two edges (and roles) per hop. */
export function pathOfChain(row: ChainRow): PartnershipPath {
  const organisations = adopted(row.organisations, Organisation);
  const projects = adopted(row.projects, Project);
  const steps: PathStep[] = projects.map((_, hop) => ({
    from: organisations[hop] as Organisation,
    fromRole: row.roles[hop * 2] as ParticipationRole,
    project: projects[hop] as Project,
    toRole: row.roles[hop * 2 + 1] as ParticipationRole,
    to: organisations[hop + 1] as Organisation,
  }));
  return { hops: steps.length, steps, organisations, projects };
}
