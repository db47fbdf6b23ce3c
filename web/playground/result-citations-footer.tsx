import { useGraphiQL } from '@graphiql/react';
import { useEffect, useState } from 'react';
import { citationsInResult, type ResultCitation } from './result-citations';

/**
 * Under the response: every citation of the result as a link to the source
 * reader with the cited lines highlighted, so a fact in a result is one click
 * from the sentence behind it. Follows the response editor, so it also
 * changes with the tab.
 */
export function ResultCitationsFooter() {
  const responseEditor = useGraphiQL((state) => state.responseEditor);
  const [citations, setCitations] = useState<ResultCitation[]>([]);

  useEffect(() => {
    if (!responseEditor) return;
    const read = () => setCitations(citationsInResult(responseEditor.getValue()));
    read();
    const edits = responseEditor.onDidChangeModelContent(read);
    const swaps = responseEditor.onDidChangeModel(read);
    return () => {
      edits.dispose();
      swaps.dispose();
    };
  }, [responseEditor]);

  if (citations.length === 0) return null;
  return (
    <section className="result-citations" aria-label="Sources cited in the result">
      <div className="result-citations-title">Sources cited in this result</div>
      <ul>
        {citations.map((citation) => (
          <li key={citation.at}>
            <a href={citation.readerPath} target="_blank" rel="noopener">
              {citation.sourceTitle ?? 'Source'}
              {citation.lines ? `, lines ${citation.lines}` : ''}
            </a>{' '}
            <code>{citation.at}</code>
            {citation.basis === 'INFERRED' ? (
              <span className="result-citations-inferred" title={citation.note ?? undefined}>
                {' '}
                (inferred)
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
