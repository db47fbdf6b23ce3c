import type { PartnershipPath } from '../api/explorer-types';
import type { Loaded } from './use-loaded';
import { readableEnum } from './format';

interface Props {
  fromName: string;
  toName: string;
  path: Loaded<PartnershipPath | null>;
  /** Organisations on the chain that the filtered network does not show. */
  outsideView: string[];
  onSelectOrganisation(id: string): void;
  onSelectProject(id: string): void;
}

/** The shortest chain between two selected organisations, hop by hop. */
export function ConnectionPanel(props: Props) {
  const { path } = props;
  return (
    <article className="panel" data-panel="connection">
      <p className="panel-kind">Connection</p>
      <h2>
        {props.fromName} → {props.toName}
      </h2>
      {path.status === 'loading' && <p className="muted">Looking for the shortest chain…</p>}
      {path.status === 'failed' && <p className="error">{path.message}</p>}
      {path.status === 'done' && path.value === null && (
        <p>No chain of at most 6 projects links these two organisations.</p>
      )}
      {path.status === 'done' && path.value && (
        <>
          <p data-field="hops">
            {path.value.hops} hop{path.value.hops === 1 ? '' : 's'} (highlighted on the network)
          </p>
          <ol className="steps" data-list="steps">
            {path.value.steps.map((step, index) => (
              <li key={`${step.project.id}-${index}`}>
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onSelectOrganisation(step.from.id)}
                >
                  {step.from.name}
                </button>
                <span className="muted"> ({readableEnum(step.fromRole)}) and </span>
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onSelectOrganisation(step.to.id)}
                >
                  {step.to.name}
                </button>
                <span className="muted"> ({readableEnum(step.toRole)}) in </span>
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onSelectProject(step.project.id)}
                >
                  {step.project.name}
                </button>
              </li>
            ))}
          </ol>
          {props.outsideView.length > 0 && (
            <p className="muted">Not in the network as filtered: {props.outsideView.join(', ')}.</p>
          )}
        </>
      )}
    </article>
  );
}
