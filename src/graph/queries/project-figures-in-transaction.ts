import type { ProjectFigures } from '../../domain/project-consistency.js';
import type { GraphTransaction } from '../graph-client.js';

/** A project's stored dates and money as they are now (read under its lock), or undefined. */
export async function projectFiguresInTransaction(
  tx: GraphTransaction,
  id: string,
): Promise<ProjectFigures | undefined> {
  const [row] = await tx.run<{ value: ProjectFigures }>('queries/projects-by-ids', {
    keys: [id],
  });
  return row?.value;
}
