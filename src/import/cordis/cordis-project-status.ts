import { ProjectStatus } from '../../domain/project-status.js';
import { converted, rejected, type Converted } from './converted.js';

/**
 * The status of a CORDIS project on `today` (`YYYY-MM-DD`): a SIGNED project
 * is ongoing until its end date has passed; CLOSED and TERMINATED are over.
 */
export function parseCordisStatus(
  raw: string,
  endDate: string | undefined,
  today: string,
): Converted<ProjectStatus> {
  switch (raw.trim().toUpperCase()) {
    case 'SIGNED':
      return converted(
        endDate === undefined || endDate > today ? ProjectStatus.ONGOING : ProjectStatus.FINALISED,
      );
    case 'CLOSED':
    case 'TERMINATED':
      return converted(ProjectStatus.FINALISED);
    default:
      return rejected(`"${raw}" is not a CORDIS project status (SIGNED, CLOSED or TERMINATED)`);
  }
}
