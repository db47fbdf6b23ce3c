import { fetchOrganisation } from '../api/explorer-api';
import type { OrganisationDetails } from '../api/explorer-types';
import { period, readableEnum } from './format';
import { SourcesList } from './sources-list.component';
import { useLoaded } from './use-loaded';

interface Props {
  id: string;
  inGraph: boolean;
  connecting: boolean;
  onSelectOrganisation(id: string): void;
  onSelectProject(id: string): void;
  onConnect(): void;
}

/** One project of the organisation with every role it holds there. */
interface ProjectRoles {
  id: string;
  name: string;
  code: string | null;
  period: string;
  roles: string[];
}

function groupByProject(organisation: OrganisationDetails): ProjectRoles[] {
  const byProject = new Map<string, ProjectRoles>();
  for (const participation of organisation.participations.nodes) {
    const project = participation.project;
    const entry = byProject.get(project.id) ?? {
      id: project.id,
      name: project.name,
      code: project.code,
      period: period(project.startDate, project.endDate),
      roles: [],
    };
    const role = readableEnum(participation.role);
    entry.roles.push(participation.task ? `${role} (task ${participation.task})` : role);
    byProject.set(project.id, entry);
  }
  return [...byProject.values()];
}

/** The side panel of a selected organisation: who it is, its projects and roles, its partners, its sources. */
export function OrganisationPanel(props: Props) {
  const loaded = useLoaded(props.id, fetchOrganisation);
  if (loaded.status === 'loading') return <p className="muted">Loading…</p>;
  if (loaded.status === 'failed') return <p className="error">{loaded.message}</p>;
  const { organisation, coPartners } = loaded.value;
  if (!organisation) return <p className="muted">No organisation with id “{props.id}”.</p>;
  const projects = groupByProject(organisation);

  return (
    <article className="panel" data-panel="organisation" data-id={organisation.id}>
      <p className="panel-kind">Organisation</p>
      <h2>{organisation.name}</h2>
      <dl className="facts">
        {organisation.acronym && (
          <>
            <dt>Acronym</dt>
            <dd>{organisation.acronym}</dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>{readableEnum(organisation.kind)}</dd>
        <dt>Country</dt>
        <dd data-field="country">
          {organisation.country
            ? `${organisation.country.name} (${organisation.country.code})`
            : 'none (international)'}
        </dd>
        {organisation.city && (
          <>
            <dt>City</dt>
            <dd>{organisation.city}</dd>
          </>
        )}
        {organisation.parent && (
          <>
            <dt>Part of</dt>
            <dd>
              <button
                type="button"
                className="link"
                onClick={() =>
                  organisation.parent && props.onSelectOrganisation(organisation.parent.id)
                }
              >
                {organisation.parent.name}
              </button>
            </dd>
          </>
        )}
        {organisation.aliases.length > 0 && (
          <>
            <dt>Also</dt>
            <dd>{organisation.aliases.join('; ')}</dd>
          </>
        )}
      </dl>
      {organisation.summary && <p>{organisation.summary}</p>}
      {!props.inGraph && <p className="muted">Not in the network as filtered.</p>}

      <div className="connect">
        <button type="button" onClick={props.onConnect} aria-pressed={props.connecting}>
          {props.connecting ? 'Now pick the second organisation…' : 'Find connection to…'}
        </button>
        <span className="muted">or Shift-click a second organisation</span>
      </div>

      <h3>
        Projects <span className="count">{projects.length}</span>
      </h3>
      <ul className="rows" data-list="projects">
        {projects.map((project) => (
          <li key={project.id}>
            <button
              type="button"
              className="link"
              onClick={() => props.onSelectProject(project.id)}
            >
              {project.code ? `${project.code} ${project.name}` : project.name}
            </button>
            <span className="muted">
              {project.roles.join(', ')}
              {project.period && ` · ${project.period}`}
            </span>
          </li>
        ))}
      </ul>

      <h3>
        Co-partners <span className="count">{coPartners.length}</span>
      </h3>
      <ul className="rows" data-list="co-partners">
        {coPartners.map((partner) => (
          <li key={partner.organisation.id}>
            <button
              type="button"
              className="link"
              onClick={() => props.onSelectOrganisation(partner.organisation.id)}
            >
              {partner.organisation.name}
            </button>
            <span className="muted">
              {partner.organisation.country?.code ?? '—'} · {partner.sharedProjectCount} shared
              project{partner.sharedProjectCount === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>

      <h3>Sources</h3>
      <SourcesList sources={organisation.sources} />
    </article>
  );
}
