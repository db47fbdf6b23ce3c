import type { Citation } from '../api/explorer-types';

/**
 * Provenance: each source document and the lines in it that state the facts;
 * the lines link to the source reader with them highlighted, and an
 * interpretation says so (its reasoning on hover).
 */
export function SourcesList({ sources }: { sources: Citation[] }) {
  if (sources.length === 0) return <p className="muted">No source recorded.</p>;
  return (
    <ul className="sources">
      {sources.map((citation, index) => (
        <li key={`${citation.source?.id ?? 'unknown'}-${citation.lines}-${index}`}>
          {citation.source?.url ? (
            <a href={citation.source.url} target="_blank" rel="noreferrer noopener">
              {citation.source.title}
            </a>
          ) : (
            <span>{citation.source?.title ?? 'Unknown source'}</span>
          )}
          {citation.readerPath ? (
            <>
              ,{' '}
              <a href={citation.readerPath} target="_blank" rel="noopener">
                lines {citation.lines}
              </a>
            </>
          ) : (
            <span className="muted">, lines {citation.lines}</span>
          )}
          {citation.basis === 'INFERRED' ? (
            <span className="muted" title={citation.note ?? undefined}>
              {' '}
              (inferred)
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
