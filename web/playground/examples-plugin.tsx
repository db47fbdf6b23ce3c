import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { ANALYST_QUERIES, type AnalystQuery } from './analyst-queries';

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="none">
      <path
        d="M5 4h10l4 4v12H5z M15 4v4h4 M8 12h8 M8 16h6"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The examples list: each entry opens its query in a tab (the existing one
 * when still open). The entries wait for the query editor: a click before it
 * exists would open an empty tab and lose the example.
 */
function ExamplesContent() {
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const { addTab, changeTab, setOperationName } = useGraphiQLActions();

  const open = (example: AnalystQuery) => {
    const index = tabs.findIndex((tab) => tab.operationName === example.name);
    if (index >= 0) {
      changeTab(index);
    } else {
      addTab();
      queryEditor?.setValue(example.query);
    }
    // Switching tabs does not always re-read the operation name from the
    // editor; without this the play button could send the previous tab's name
    // ("Unknown operation named …").
    setOperationName(example.name);
  };

  return (
    <section className="analyst-examples">
      <div className="graphiql-doc-explorer-title">Analyst queries</div>
      <p>
        {queryEditor
          ? 'One click opens a ready-made query; run it with the play button.'
          : 'The query editor is loading…'}
      </p>
      <ul>
        {ANALYST_QUERIES.map((example) => (
          <li key={example.name}>
            <button
              type="button"
              data-example={example.name}
              disabled={!queryEditor}
              onClick={() => open(example)}
            >
              <strong>{example.name}</strong>
              <span>{example.question}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A GraphiQL sidebar plugin listing the analyst queries. */
export const EXAMPLES_PLUGIN: GraphiQLPlugin = {
  title: 'Analyst queries',
  icon: ExamplesIcon,
  content: ExamplesContent,
};
