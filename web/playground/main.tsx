import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { useGraphiQL } from '@graphiql/react';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { postGraphQL } from '../shared/graphql-fetch';
import { ANALYST_QUERIES } from './analyst-queries';
import { EXAMPLES_PLUGIN } from './examples-plugin';
import { ResultCitationsFooter } from './result-citations-footer';

declare global {
  interface Window {
    /** Read-only view of the playground for browser tests. */
    __playground?: { responseText(): string };
  }
}

/** GraphiQL's fetcher: the headers editor's headers go along, so a token can be added there. */
const fetcher: GraphiQLProps['fetcher'] = (params, options) => {
  // The service may let the playground send free documents (TRUSTED_DOCUMENTS_PLAYGROUND).
  const headers: Record<string, string> = { 'apollographql-client-name': 'playground' };
  for (const [key, value] of Object.entries(options?.headers ?? {})) headers[key] = String(value);
  return postGraphQL(params, headers) as ReturnType<GraphiQLProps['fetcher']>;
};

/** The logo slot, which sits inside GraphiQL's state: also publishes the test view. */
function Logo() {
  const responseEditor = useGraphiQL((state) => state.responseEditor);
  useEffect(() => {
    window.__playground = { responseText: () => responseEditor?.getValue() ?? '' };
  }, [responseEditor]);
  return (
    <a className="playground-logo" href="/explorer" title="Open the network explorer">
      Civil-protection graph
    </a>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={ANALYST_QUERIES.map((example) => ({ query: example.query }))}
    plugins={[EXAMPLES_PLUGIN, HISTORY_PLUGIN]}
    defaultEditorToolsVisibility={false}
  >
    <GraphiQL.Logo>
      <Logo />
    </GraphiQL.Logo>
    <GraphiQL.Footer>
      <ResultCitationsFooter />
    </GraphiQL.Footer>
  </GraphiQL>,
);
