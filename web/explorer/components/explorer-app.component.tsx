import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  fetchConnection,
  fetchFilterChoices,
  fetchNetwork,
  fetchProjectChoice,
} from '../api/explorer-api';
import type {
  FilterChoices,
  PartnershipNetwork,
  PartnershipPath,
  SearchHit,
} from '../api/explorer-types';
import { fetchAnalytics, type ExplorerAnalytics } from '../api/analytics-api';
import {
  fetchGroupedView,
  fetchGroupMembers,
  ORGANISATIONS_VIEW,
  type GroupBy,
  type GroupSummary,
  type GroupView,
} from '../api/grouped-network-api';
import { addressProblems } from '../address-problems';
import { publishTestHook } from '../explorer-test-hook';
import { applyAnalyticsStyling, type ColourMode, type SizeBy } from '../graph/analytics-styling';
import { colourGroups } from '../graph/group-colours';
import type { PlacedLabel } from '../graph/label-placement';
import { runLayout } from '../graph/layout-runner';
import { buildNetworkGraph, edgeKey, type NetworkGraph } from '../graph/network-graph';
import {
  filterFromSearchParams,
  filterToSearchParams,
  type NetworkFilter,
} from '../network-filter';
import { NO_SELECTION, type Selection } from '../selection';
import { AnalyticsPanel } from './analytics-panel.component';
import { ConnectionPanel } from './connection-panel.component';
import { ExportLinks } from './export-links.component';
import { FilterPanel } from './filter-panel.component';
import { GroupViewPanel } from './group-view.component';
import { Legend } from './legend.component';
import {
  NetworkCanvas,
  NO_HIGHLIGHT,
  type Highlight,
  type NetworkSigma,
} from './network-canvas.component';
import { OrganisationPanel } from './organisation-panel.component';
import { ProjectPanel } from './project-panel.component';
import { SearchBox } from './search-box.component';
import { StageMessage } from './stage-message.component';
import { useLoaded } from './use-loaded';

/** Above this many edges, edges are drawn only once the layout has settled. */
const BIG_GRAPH_EDGES = 1500;

/** What the canvas draws: organisations, or groups (then listed too) when the view aggregates. */
interface DrawnView {
  network: PartnershipNetwork;
  /** The groups of an aggregated view; null when organisations are drawn. */
  groups: GroupSummary[] | null;
  groupBy: GroupBy;
}

/** The view for a key "groupBy|groupId|filter query" (the key `useLoaded` tracks). */
const loadView = async (key: string): Promise<DrawnView> => {
  const [groupBy, groupId, ...query] = key.split('|') as [GroupBy, string, ...string[]];
  const filter = filterFromSearchParams(new URLSearchParams(query.join('|')));
  if (groupBy === 'organisations') {
    return { network: await fetchNetwork(filter), groups: null, groupBy };
  }
  if (groupId) {
    return { network: await fetchGroupMembers(filter, groupBy, groupId), groups: null, groupBy };
  }
  return { ...(await fetchGroupedView(filter, groupBy)), groupBy };
};

/** The analytics of the network for a filter given as its query string. */
const loadAnalytics = (query: string): Promise<ExplorerAnalytics> =>
  fetchAnalytics(filterFromSearchParams(new URLSearchParams(query)));

/** The connection for a "from>to" key; the empty key means no connection asked for. */
const loadConnection = (key: string): Promise<PartnershipPath | null> => {
  const [fromId, toId] = key.split('>');
  return fromId && toId ? fetchConnection(fromId, toId) : Promise.resolve(null);
};

/** The organisations of the graph that take part in a project (the ends of its edges). */
function projectMembers(graph: NetworkGraph, projectId: string): Set<string> {
  const members = new Set<string>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.projectIds.includes(projectId)) members.add(source).add(target);
  });
  return members;
}

/**
 * The network explorer: filters on the left, the co-partnership network in
 * the middle (Sigma, ForceAtlas2), the selected organisation, project or
 * connection on the right. Everything comes from the public /graphql API.
 */
export function ExplorerApp() {
  const [filter, setFilter] = useState<NetworkFilter>(() =>
    filterFromSearchParams(new URLSearchParams(window.location.search)),
  );
  const [projectLabels, setProjectLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const [choices, setChoices] = useState<FilterChoices | null>(null);
  const [choicesError, setChoicesError] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [connecting, setConnecting] = useState(false);
  const [layout, setLayout] = useState<{
    graph: NetworkGraph | null;
    progress: number;
    done: boolean;
  }>({ graph: null, progress: 0, done: false });
  const [sigma, setSigma] = useState<NetworkSigma | null>(null);
  const sigmaRef = useRef<NetworkSigma | null>(null);
  const labelsRef = useRef<(() => readonly PlacedLabel[]) | null>(null);

  const filterKey = filterToSearchParams(filter).toString();
  // What the address asked for that could not be read: said until the filter changes.
  const [address] = useState(() => ({
    problems: addressProblems(new URLSearchParams(window.location.search)),
    filterKey,
  }));
  const addressNotes = address.filterKey === filterKey ? address.problems : [];
  const [groupView, setGroupView] = useState<GroupView>(ORGANISATIONS_VIEW);
  const aggregated = groupView.groupBy !== 'organisations' && groupView.groupId === null;
  const network = useLoaded(
    `${groupView.groupBy}|${groupView.groupId ?? ''}|${filterKey}`,
    loadView,
  );
  const drawn = network.status === 'done' ? network.value : null;
  const networkValue = drawn?.network ?? null;
  const built = useMemo(() => {
    if (!drawn) return null;
    const result = buildNetworkGraph(drawn.network);
    if (drawn.groups) colourGroups(result.graph, drawn.groupBy);
    return result;
  }, [drawn]);
  const graph = built?.graph ?? null;

  const analytics = useLoaded(filterKey, loadAnalytics);
  const analyticsValue = analytics.status === 'done' ? analytics.value : null;
  const [colourMode, setColourMode] = useState<ColourMode>('country');
  const [sizeBy, setSizeBy] = useState<SizeBy>('projectCount');
  useEffect(() => {
    if (graph) applyAnalyticsStyling(graph, analyticsValue?.metrics ?? null, colourMode, sizeBy);
  }, [graph, analyticsValue, colourMode, sizeBy]);

  const connectionKey =
    selection.kind === 'connection' ? `${selection.fromId}>${selection.toId}` : '';
  const path = useLoaded(connectionKey, loadConnection);

  useEffect(() => {
    fetchFilterChoices().then(setChoices, (error: Error) => setChoicesError(error.message));
  }, []);

  // Names for project ids that came with the address rather than from the picker.
  useEffect(() => {
    const unnamed = filter.projectIds.filter((id) => !projectLabels.has(id));
    if (unnamed.length === 0) return;
    Promise.all(unnamed.map(fetchProjectChoice)).then(
      (named) =>
        setProjectLabels((labels) => {
          const next = new Map(labels);
          for (const choice of named) next.set(choice.id, choice.label);
          return next;
        }),
      () => {},
    );
  }, [filter.projectIds, projectLabels]);

  // The address mirrors the filter, so a view can be bookmarked or shared.
  useEffect(() => {
    const url = filterKey ? `${window.location.pathname}?${filterKey}` : window.location.pathname;
    window.history.replaceState(null, '', url);
  }, [filterKey]);

  useEffect(() => {
    if (!graph) return;
    setLayout({ graph, progress: 0, done: false });
    const run = runLayout(graph, (progress) =>
      setLayout((current) => (current.graph === graph ? { ...current, progress } : current)),
    );
    run.done.then((completed) => {
      if (completed) setLayout({ graph, progress: 1, done: true });
    });
    return () => run.stop();
  }, [graph]);

  const onSigma = useCallback((instance: NetworkSigma | null) => {
    sigmaRef.current = instance;
    setSigma(instance);
  }, []);

  const onLabels = useCallback((placed: (() => readonly PlacedLabel[]) | null) => {
    labelsRef.current = placed;
  }, []);

  /** Moves the camera to an organisation if the graph shows it. */
  const focusNode = useCallback((id: string) => {
    const instance = sigmaRef.current;
    const display = instance?.getNodeDisplayData(id);
    if (!instance || !display) return;
    void instance
      .getCamera()
      .animate({ x: display.x, y: display.y, ratio: 0.4 }, { duration: 400 });
  }, []);

  const selectOrganisation = useCallback(
    (id: string) => {
      setConnecting(false);
      setSelection((current) =>
        connecting && current.kind === 'organisation' && current.id !== id
          ? { kind: 'connection', fromId: current.id, toId: id }
          : { kind: 'organisation', id },
      );
      focusNode(id);
    },
    [connecting, focusNode],
  );

  const selectProject = useCallback((id: string) => {
    setConnecting(false);
    setSelection({ kind: 'project', id });
  }, []);

  const onNodeClick = useCallback(
    (id: string, additive: boolean) => {
      setConnecting(false);
      setSelection((current) => {
        const from =
          current.kind === 'organisation'
            ? current.id
            : current.kind === 'connection'
              ? current.fromId
              : null;
        if ((additive || connecting) && from !== null && from !== id) {
          return { kind: 'connection', fromId: from, toId: id };
        }
        return { kind: 'organisation', id };
      });
    },
    [connecting],
  );

  // In an aggregated view a click on a group drills down into its organisations.
  const onCanvasNodeClick = useCallback(
    (id: string, additive: boolean) => {
      if (aggregated) {
        setSelection(NO_SELECTION);
        setGroupView((view) => ({ ...view, groupId: id }));
      } else onNodeClick(id, additive);
    },
    [aggregated, onNodeClick],
  );

  const changeGroupView = useCallback((view: GroupView) => {
    setConnecting(false);
    setSelection(NO_SELECTION);
    setGroupView(view);
  }, []);

  const onStageClick = useCallback(() => {
    setConnecting(false);
    setSelection(NO_SELECTION);
  }, []);

  const onSearchPick = useCallback(
    (hit: SearchHit) =>
      hit.type === 'PROJECT' ? selectProject(hit.id) : selectOrganisation(hit.id),
    [selectOrganisation, selectProject],
  );

  const pathValue = path.status === 'done' ? path.value : null;
  const noConnection =
    selection.kind === 'connection' &&
    (path.status === 'failed' || (path.status === 'done' && path.value === null));

  // With no chain to show, the view leaves the organisation it zoomed to and shows the whole network.
  useEffect(() => {
    if (noConnection) void sigmaRef.current?.getCamera().animatedReset({ duration: 400 });
  }, [noConnection]);
  const highlight = useMemo<Highlight>(() => {
    if (!graph) return NO_HIGHLIGHT;
    switch (selection.kind) {
      case 'organisation':
        return { ...NO_HIGHLIGHT, focus: new Set([selection.id]) };
      case 'project':
        return { ...NO_HIGHLIGHT, focus: projectMembers(graph, selection.id) };
      case 'connection': {
        const pathNodes = new Set<string>([selection.fromId, selection.toId]);
        const pathEdges = new Set<string>();
        for (const step of pathValue?.steps ?? []) {
          pathNodes.add(step.from.id).add(step.to.id);
          const key = edgeKey(step.from.id, step.to.id);
          if (graph.hasEdge(key)) pathEdges.add(key);
        }
        return { focus: new Set([selection.fromId, selection.toId]), pathNodes, pathEdges };
      }
      default:
        return NO_HIGHLIGHT;
    }
  }, [graph, selection, pathValue]);

  useEffect(() => {
    publishTestHook({
      order: sigma?.getGraph().order ?? 0,
      size: sigma?.getGraph().size ?? 0,
      layoutDone: layout.done && layout.graph === graph && sigma !== null,
      selection,
      sigma,
      labels: () => labelsRef.current?.() ?? [],
    });
  }, [sigma, layout, graph, selection]);

  const nameOf = (id: string): string =>
    (graph?.hasNode(id) ? graph.getNodeAttribute(id, 'name') : undefined) ??
    pathValue?.steps.flatMap((step) => [step.from, step.to]).find((org) => org.id === id)?.name ??
    id;

  const applyFilter = (next: NetworkFilter, labels: Map<string, string>) => {
    setProjectLabels(labels);
    setFilter(next);
    // A group of one filter may not be one of the next: back to all groups.
    setGroupView((view) => (view.groupId === null ? view : { ...view, groupId: null }));
  };

  return (
    <div className="explorer">
      <header className="topbar">
        <h1>Partnership network</h1>
        <SearchBox onPick={onSearchPick} />
        <nav className="links">
          <a href="/playground">GraphQL playground</a>
        </nav>
      </header>
      <aside className="sidebar">
        <FilterPanel
          choices={choices}
          applied={filter}
          projectLabels={projectLabels}
          onApply={applyFilter}
        />
        {choicesError && <p className="error">{choicesError}</p>}
        <AnalyticsPanel
          analytics={analyticsValue}
          error={analytics.status === 'failed' ? analytics.message : null}
          colourMode={colourMode}
          sizeBy={sizeBy}
          selectedId={selection.kind === 'organisation' ? selection.id : null}
          activeFrom={filter.activeFrom}
          activeTo={filter.activeTo}
          onColourMode={setColourMode}
          onSizeBy={setSizeBy}
          onPeriod={(activeFrom, activeTo) =>
            applyFilter({ ...filter, activeFrom, activeTo }, new Map(projectLabels))
          }
          onSelectOrganisation={selectOrganisation}
        />
        <GroupViewPanel view={groupView} groups={drawn?.groups ?? null} onView={changeGroupView} />
      </aside>
      <main className="stage">
        {graph && (
          <NetworkCanvas
            graph={graph}
            highlight={highlight}
            hideEdges={!layout.done && graph.size > BIG_GRAPH_EDGES}
            onNodeClick={onCanvasNodeClick}
            onStageClick={onStageClick}
            onSigma={onSigma}
            onLabels={onLabels}
          />
        )}
        <div className="status" data-testid="network-status">
          {network.status === 'loading' && 'Loading the network…'}
          {network.status === 'failed' && <span className="error">{network.message}</span>}
          {networkValue && aggregated && (
            <>
              {networkValue.nodes.length}{' '}
              {groupView.groupBy === 'country' ? 'countries' : 'communities'} ·{' '}
              {networkValue.edges.length} ties between them · {networkValue.projectCount} projects
            </>
          )}
          {networkValue && !aggregated && (
            <>
              {networkValue.nodes.length} organisations · {networkValue.edges.length}{' '}
              co-partnerships · {networkValue.projectCount} projects
              {networkValue.omitted
                ? ` · each organisation's strongest ties: ${networkValue.omitted.ties} ties and ` +
                  `${networkValue.omitted.organisations} organisations not drawn (filter to see any part)`
                : networkValue.truncated && ' · only the heaviest ties are shown'}
              {!layout.done &&
                layout.graph === graph &&
                ` · laying out ${Math.round(layout.progress * 100)}%`}
            </>
          )}
        </div>
        {network.status === 'failed' && (
          <StageMessage
            title="The network could not be shown"
            lines={[network.message, ...addressNotes]}
          />
        )}
        {network.status !== 'failed' && addressNotes.length > 0 && (
          <StageMessage title="Part of the address was not understood" lines={addressNotes} />
        )}
        {networkValue && networkValue.nodes.length === 0 && addressNotes.length === 0 && (
          <StageMessage
            title="No organisations match this filter"
            lines={['Widen the filter on the left to see part of the network.']}
          />
        )}
        {noConnection && selection.kind === 'connection' && (
          <StageMessage
            title="No connection"
            lines={[
              path.status === 'failed'
                ? path.message
                : `No chain of at most 6 projects links ${nameOf(selection.fromId)} and ${nameOf(selection.toId)}.`,
            ]}
          />
        )}
        {built && <Legend colours={built.colours} />}
        <ExportLinks filter={filter} view={groupView} />
      </main>
      <aside className="details" aria-live="polite">
        {selection.kind === 'none' && aggregated && (
          <div className="panel intro">
            <h2>Groups</h2>
            <p>
              Each dot is a {groupView.groupBy === 'country' ? 'country' : 'community'}, sized by
              its organisations; a line joins two groups whose organisations share projects, thicker
              for more ties. Click a group to see its organisations.
            </p>
          </div>
        )}
        {selection.kind === 'none' && !aggregated && (
          <div className="panel intro">
            <h2>Explore the network</h2>
            <p>
              Each dot is an organisation, sized by its number of projects and coloured by country;
              a line joins two organisations that share projects, thicker for more.
            </p>
            <p>
              Click an organisation to see its projects, roles, partners and sources. Shift-click a
              second one to see how the two are connected.
            </p>
          </div>
        )}
        {selection.kind === 'organisation' && (
          <OrganisationPanel
            id={selection.id}
            inGraph={graph?.hasNode(selection.id) ?? false}
            connecting={connecting}
            onSelectOrganisation={selectOrganisation}
            onSelectProject={selectProject}
            onConnect={() => setConnecting(true)}
          />
        )}
        {selection.kind === 'project' && (
          <ProjectPanel id={selection.id} onSelectOrganisation={selectOrganisation} />
        )}
        {selection.kind === 'connection' && (
          <ConnectionPanel
            fromName={nameOf(selection.fromId)}
            toName={nameOf(selection.toId)}
            path={path}
            outsideView={[...highlight.pathNodes].filter((id) => !graph?.hasNode(id)).map(nameOf)}
            onSelectOrganisation={selectOrganisation}
            onSelectProject={selectProject}
          />
        )}
      </aside>
    </div>
  );
}
