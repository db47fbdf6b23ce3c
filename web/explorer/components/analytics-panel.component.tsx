import type { ExplorerAnalytics } from '../api/analytics-api';
import {
  communityColour,
  SIZE_BY_LABELS,
  type ColourMode,
  type SizeBy,
} from '../graph/analytics-styling';
import { PeriodSlider } from './period-slider.component';

interface AnalyticsPanelProps {
  analytics: ExplorerAnalytics | null;
  error: string | null;
  colourMode: ColourMode;
  sizeBy: SizeBy;
  selectedId: string | null;
  activeFrom: number | null;
  activeTo: number | null;
  onColourMode(mode: ColourMode): void;
  onSizeBy(metric: SizeBy): void;
  onPeriod(from: number | null, to: number | null): void;
  onSelectOrganisation(id: string): void;
}

const format = (value: number) => (value === 0 ? '0' : value.toPrecision(3));

/**
 * The structure of the drawn network: colour and size controls, the period
 * slider, the selected organisation's metrics and community, and the brokers
 * (organisations whose ties span communities), each a click away.
 */
export function AnalyticsPanel(props: AnalyticsPanelProps) {
  const { analytics } = props;
  const selected = props.selectedId ? analytics?.metrics.get(props.selectedId) : undefined;
  return (
    <section
      className="panel analytics"
      aria-label="Network analytics"
      data-testid="analytics-panel"
    >
      <h2>Structure</h2>
      <label>
        Colour by{' '}
        <select
          value={props.colourMode}
          onChange={(event) => props.onColourMode(event.target.value as ColourMode)}
        >
          <option value="country">Country</option>
          <option value="community">Community</option>
        </select>
      </label>
      <label>
        Size by{' '}
        <select
          value={props.sizeBy}
          onChange={(event) => props.onSizeBy(event.target.value as SizeBy)}
        >
          {Object.entries(SIZE_BY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <PeriodSlider from={props.activeFrom} to={props.activeTo} onChange={props.onPeriod} />
      {props.error && <p className="error">{props.error}</p>}
      {!analytics && !props.error && <p>Analysing the network…</p>}
      {analytics && (
        <>
          <p data-testid="analytics-summary">
            {analytics.communityCount} communities (modularity {format(analytics.modularity)})
            {analytics.betweennessSampleSize !== null &&
              ` · betweenness estimated from ${analytics.betweennessSampleSize} organisations`}
            {!analytics.current && ' · being updated after recent edits'}
          </p>
          {selected && (
            <div data-testid="selected-metrics">
              <h3>{selected.name}</h3>
              <dl>
                <dt>Community</dt>
                <dd>
                  <span
                    className="swatch"
                    style={{ background: communityColour(selected.community) }}
                  />{' '}
                  {selected.community}
                </dd>
                <dt>Co-partners</dt>
                <dd>{selected.degree}</dd>
                <dt>Shared projects</dt>
                <dd>{selected.weightedDegree}</dd>
                <dt>PageRank</dt>
                <dd>{format(selected.pageRank)}</dd>
                <dt>Betweenness</dt>
                <dd>{format(selected.betweenness)}</dd>
                <dt>Broker score</dt>
                <dd>{format(selected.brokerScore)}</dd>
              </dl>
            </div>
          )}
          <h3>Brokers</h3>
          {analytics.brokers.length === 0 ? (
            <p>No organisation links two communities.</p>
          ) : (
            <ol data-testid="brokers">
              {analytics.brokers.map((broker) => (
                <li key={broker.id}>
                  <button type="button" onClick={() => props.onSelectOrganisation(broker.id)}>
                    {broker.name}
                  </button>{' '}
                  {format(broker.brokerScore)}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
