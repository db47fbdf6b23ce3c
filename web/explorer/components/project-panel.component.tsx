import { fetchProject } from '../api/explorer-api';
import type { ProjectDetails } from '../api/explorer-types';
import { euros, period, readableEnum } from './format';
import { SourcesList } from './sources-list.component';
import { useLoaded } from './use-loaded';

type ProjectParticipation = ProjectDetails['participations']['nodes'][number];

interface PartnerRoles {
  organisation: ProjectParticipation['organisation'];
  roles: string[];
}

function groupByOrganisation(participations: readonly ProjectParticipation[]): PartnerRoles[] {
  const byOrganisation = new Map<string, PartnerRoles>();
  for (const participation of participations) {
    const entry = byOrganisation.get(participation.organisation.id) ?? {
      organisation: participation.organisation,
      roles: [],
    };
    const role = readableEnum(participation.role);
    entry.roles.push(participation.task ? `${role} (task ${participation.task})` : role);
    byOrganisation.set(participation.organisation.id, entry);
  }
  return [...byOrganisation.values()];
}

interface Props {
  id: string;
  onSelectOrganisation(id: string): void;
}

/** The side panel of a selected project: partners and roles, funding, dates, sources, partner list export. */
export function ProjectPanel({ id, onSelectOrganisation }: Props) {
  const loaded = useLoaded(id, fetchProject);
  if (loaded.status === 'loading') return <p className="muted">Loading…</p>;
  if (loaded.status === 'failed') return <p className="error">{loaded.message}</p>;
  const project = loaded.value;
  if (!project) return <p className="muted">No project with id “{id}”.</p>;
  // One row per organisation with all its roles: the count is of partners, not of roles.
  const partners = groupByOrganisation(project.participations.nodes);
  const dates = period(project.startDate, project.endDate);
  const budget = euros(project.totalBudgetEur);
  const euContribution = euros(project.euContributionEur);

  return (
    <article className="panel" data-panel="project" data-id={project.id}>
      <p className="panel-kind">Project</p>
      <h2>{project.name}</h2>
      <dl className="facts">
        {(project.code || project.acronym) && (
          <>
            <dt>Code</dt>
            <dd>{[project.code, project.acronym].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>
          {readableEnum(project.kind)}, {readableEnum(project.status)}
        </dd>
        {dates && (
          <>
            <dt>Dates</dt>
            <dd data-field="dates">{dates}</dd>
          </>
        )}
        {budget && (
          <>
            <dt>Budget</dt>
            <dd>{budget}</dd>
          </>
        )}
        {euContribution && (
          <>
            <dt>EU share</dt>
            <dd>{euContribution}</dd>
          </>
        )}
        {project.policyAreas.length > 0 && (
          <>
            <dt>Policy area</dt>
            <dd>{project.policyAreas.map((area) => area.shortName ?? area.name).join('; ')}</dd>
          </>
        )}
      </dl>
      <p>{project.summary}</p>

      <h3>Funding</h3>
      {project.funding.length === 0 ? (
        <p className="muted">No funding recorded.</p>
      ) : (
        <ul className="rows" data-list="funding">
          {project.funding.map((funding) => (
            <li key={funding.fundingSource.id}>
              <span>{funding.fundingSource.name}</span>
              <span className="muted">
                {[euros(funding.amountEur), funding.note].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h3>
        Partners <span className="count">{partners.length}</span>
        <a
          className="download"
          href={`/exports/projects/${encodeURIComponent(project.id)}/partners.csv`}
        >
          partners.csv
        </a>
      </h3>
      <ul className="rows" data-list="partners">
        {partners.map((partner) => (
          <li key={partner.organisation.id}>
            <button
              type="button"
              className="link"
              onClick={() => onSelectOrganisation(partner.organisation.id)}
            >
              {partner.organisation.name}
            </button>
            <span className="muted">
              {partner.roles.join(', ')}
              {partner.organisation.country && ` · ${partner.organisation.country.code}`}
            </span>
          </li>
        ))}
      </ul>

      <h3>Sources</h3>
      <SourcesList sources={project.sources} />
    </article>
  );
}
