import { useMemo, useState } from 'react';
import type { SavedQueryDto } from '../../api/types.ts';
import { QueryErrorView } from '../../ui/QueryErrorView.tsx';
import { useNodeLookup } from '../../api/resources.ts';
import { checkEntityIds } from './checkEntityIds.ts';
import { coerceParameters, fieldValuesFrom } from './paramCoercion.ts';
import { ParameterForm } from './ParameterForm.tsx';
import type { ResultMode, RunRequest } from './useQueryRunner.ts';
import type { ApiError } from '../../api/http.ts';
import type { QueryParams } from '../../api/explorerApi.ts';
import { useAccess } from '../../state/AccessContext.tsx';
import { PermissionNote } from '../../ui/AccessBadge.tsx';

interface SavedQueriesProps {
  queries: readonly SavedQueryDto[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Parameters to start the form with (from a shared link). */
  initialParams: QueryParams | null;
  mode: ResultMode;
  running: boolean;
  failure: { error: ApiError; query: string } | null;
  selectedNodeId: string | null;
  onRun: (request: RunRequest, mode: ResultMode) => void;
  onEdit: (query: SavedQueryDto) => void;
  onDuplicate: (query: SavedQueryDto) => void;
  onDelete: (query: SavedQueryDto) => void;
}

function matches(query: SavedQueryDto, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return (
    query.name.toLowerCase().includes(needle) ||
    query.tags.some((tag) => tag.toLowerCase().includes(needle))
  );
}

interface SelectedQueryProps extends Pick<
  SavedQueriesProps,
  | 'mode'
  | 'running'
  | 'failure'
  | 'selectedNodeId'
  | 'onRun'
  | 'onEdit'
  | 'onDuplicate'
  | 'onDelete'
> {
  query: SavedQueryDto;
  initialParams: QueryParams | null;
}

/** One saved query with its parameter form; keyed by id, so its fields start fresh per query. */
function SelectedQuery(props: SelectedQueryProps) {
  const { query, mode, running, failure } = props;
  const { editQueries } = useAccess();
  const [values, setValues] = useState<Record<string, string>>(() =>
    props.initialParams ? fieldValuesFrom(props.initialParams) : {},
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nodes = useNodeLookup();

  const run = async () => {
    const coerced = coerceParameters(query.parameters, values);
    if (!coerced.ok) {
      setErrors(coerced.errors);
      return;
    }
    const unknown = await checkEntityIds(nodes, query.parameters, coerced.params);
    setErrors(unknown);
    if (Object.keys(unknown).length > 0) return;
    props.onRun({ cypher: query.cypher, params: coerced.params, saved: query }, mode);
  };

  return (
    <div className="query-detail" data-testid="saved-query-detail">
      <h3>{query.name}</h3>
      {query.description ? <p>{query.description}</p> : null}
      <pre className="cypher-preview">{query.cypher}</pre>
      <ParameterForm
        parameters={query.parameters}
        values={values}
        errors={errors}
        selectedNodeId={props.selectedNodeId}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
      />
      <div className="button-row">
        <button type="button" className="primary" disabled={running} onClick={() => void run()}>
          {running ? 'Running…' : 'Run query'}
        </button>
        <button type="button" onClick={() => props.onEdit(query)}>
          Edit
        </button>
        <button type="button" onClick={() => props.onDuplicate(query)}>
          Duplicate
        </button>
        <button
          type="button"
          disabled={!editQueries.allowed}
          title={editQueries.allowed ? undefined : editQueries.reason}
          onClick={() => props.onDelete(query)}
        >
          Delete
        </button>
      </div>
      <PermissionNote reason={editQueries.allowed ? null : editQueries.reason} />
      {failure ? <QueryErrorView error={failure.error} query={failure.query} /> : null}
    </div>
  );
}

/** The shared saved queries: filter by name or tag, pick one, fill its parameters, run it. */
export function SavedQueries(props: SavedQueriesProps) {
  const { queries, selectedId, onSelect } = props;
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => queries.filter((q) => matches(q, filter)), [queries, filter]);
  const selected = queries.find((q) => q.id === selectedId) ?? null;

  return (
    <div className="saved-queries">
      <input
        type="search"
        aria-label="Filter saved queries by name or tag"
        placeholder="Filter by name or tag…"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="query-list" aria-label="Saved queries">
        {shown.map((query) => (
          <li key={query.id}>
            <button
              type="button"
              className={query.id === selectedId ? 'query-item selected' : 'query-item'}
              aria-pressed={query.id === selectedId}
              onClick={() => onSelect(query.id === selectedId ? null : query.id)}
            >
              <span>{query.name}</span>
              {query.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </button>
          </li>
        ))}
        {shown.length === 0 ? <li className="muted">No saved query matches.</li> : null}
      </ul>
      {selected ? <SelectedQuery key={selected.id} {...props} query={selected} /> : null}
    </div>
  );
}
