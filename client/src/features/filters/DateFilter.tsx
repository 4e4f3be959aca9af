import { useState } from 'react';
import { periodOf } from '@newsgraph/model';
import { useApi } from '../../api/ApiContext.tsx';
import { useExplorerContext } from '../../state/ExplorerContext.tsx';
import { datedExtent, NO_DATE_FILTER, type DateFilter as Filter } from '../../state/dateFilter.ts';
import { typeVisibleEdges } from '../../state/viewState.ts';

/**
 * The date-range filter: two days and a switch for undated relationships.
 * It filters what the canvas holds (undoable, like the type filters), and
 * can fetch the period's dated relationships from the whole graph, so a
 * story can be followed as it developed.
 */
export function DateFilter() {
  const explorer = useExplorerContext();
  const api = useApi();
  const [loading, setLoading] = useState(false);
  const { view, dispatch, say } = explorer;
  const filter = view.dateFilter ?? NO_DATE_FILTER;
  const extent = datedExtent(typeVisibleEdges(view));
  const set = (change: Partial<Filter>) =>
    dispatch({ type: 'setDateFilter', filter: { ...filter, ...change } });
  const day = (value: string): string | null => (value === '' ? null : value);
  const reversed = filter.from !== null && filter.to !== null && filter.from > filter.to;

  const addPeriod = async () => {
    setLoading(true);
    try {
      const period = await api.period({ from: filter.from, to: filter.to });
      await explorer.addGraph(period, 'add');
      const plural = period.total === 1 ? 'relationship' : 'relationships';
      say(
        period.truncated
          ? `Loaded the first ${String(period.edges.length)} of ${String(period.total)} dated ${plural} of the period.`
          : `Loaded ${String(period.total)} dated ${plural} of the period.`,
      );
    } catch (error) {
      say(`Could not load the period: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setLoading(false);
    }
  };

  return (
    <fieldset className="date-filter" data-testid="date-filter">
      <legend>Dates</legend>
      <p className="small-text muted" data-testid="date-extent">
        {extent.dated === 0
          ? `No dated relationship on the canvas (${String(extent.undated)} undated).`
          : `${String(extent.dated)} dated (${periodOf(extent.first ?? '').first} to ${periodOf(extent.last ?? '').last}), ${String(extent.undated)} undated on the canvas.`}
      </p>
      <label>
        From{' '}
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(event) => set({ from: day(event.target.value) })}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(event) => set({ to: day(event.target.value) })}
        />
      </label>
      {reversed ? (
        <p className="error small-text" role="alert">
          “From” is after “To”: no dated relationship can match.
        </p>
      ) : null}
      <label className="legend-row">
        <input
          type="checkbox"
          checked={filter.showUndated}
          onChange={(event) => set({ showUndated: event.target.checked })}
        />
        <span>Show undated relationships</span>
      </label>
      <div className="button-row">
        <button
          type="button"
          onClick={() => dispatch({ type: 'setDateFilter', filter: NO_DATE_FILTER })}
        >
          Clear dates
        </button>
        <button type="button" disabled={loading || reversed} onClick={() => void addPeriod()}>
          Add the period’s relationships
        </button>
      </div>
    </fieldset>
  );
}
