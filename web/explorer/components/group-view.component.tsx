import {
  groupLabel,
  type GroupBy,
  type GroupSummary,
  type GroupView,
} from '../api/grouped-network-api';

interface GroupViewPanelProps {
  view: GroupView;
  /** The groups drawn (an aggregated view), largest first; null otherwise. */
  groups: readonly GroupSummary[] | null;
  onView(view: GroupView): void;
}

/** Groups listed for the drill-down (the canvas draws them all; a click on one works too). */
const LISTED_GROUPS = 12;

/**
 * The aggregated views: draw organisations, or countries or communities as
 * nodes with the ties between them summed; a group (in the list or on the
 * canvas) drills down into its organisations, and back.
 */
export function GroupViewPanel({ view, groups, onView }: GroupViewPanelProps) {
  return (
    <section className="panel group-view" aria-label="Grouping" data-testid="group-view">
      <label>
        Group by{' '}
        <select
          value={view.groupBy}
          onChange={(event) => onView({ groupBy: event.target.value as GroupBy, groupId: null })}
        >
          <option value="organisations">Nothing (organisations)</option>
          <option value="country">Country</option>
          <option value="community">Community</option>
        </select>
      </label>
      {view.groupBy !== 'organisations' && view.groupId !== null && (
        <p data-testid="drilled-group">
          Organisations of {groupLabel(view.groupBy, view.groupId)}{' '}
          <button type="button" onClick={() => onView({ ...view, groupId: null })}>
            Back to all groups
          </button>
        </p>
      )}
      {view.groupBy !== 'organisations' && view.groupId === null && groups && (
        <>
          <p>Click a group to see its organisations.</p>
          <ol data-testid="group-list">
            {groups.slice(0, LISTED_GROUPS).map((group) => (
              <li key={group.id}>
                <button type="button" onClick={() => onView({ ...view, groupId: group.id })}>
                  {groupLabel(view.groupBy, group.id)}
                </button>{' '}
                {group.size} organisations
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
