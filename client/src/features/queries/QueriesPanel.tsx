import { useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import type { QueryParams, SavedQueryInput } from '../../api/explorerApi.ts';
import { ApiError } from '../../api/http.ts';
import { useInvalidateSavedQueries, useSavedQueries, useSchema } from '../../api/resources.ts';
import type { SavedQueryDto } from '../../api/types.ts';
import { QueryErrorView } from '../../ui/QueryErrorView.tsx';
import { CypherConsole } from './CypherConsole.tsx';
import { QueryForm } from './QueryForm.tsx';
import { ResultModePicker } from './ResultModePicker.tsx';
import { RunHistoryList } from './RunHistoryList.tsx';
import { SavedQueries } from './SavedQueries.tsx';
import { useQueryRunner, type ResultDelivery, type ResultMode } from './useQueryRunner.ts';
import { WriteAccessField } from './WriteAccessField.tsx';

type Tab = 'saved' | 'cypher' | 'history';
const TABS: { id: Tab; label: string }[] = [
  { id: 'saved', label: 'Saved queries' },
  { id: 'cypher', label: 'Cypher' },
  { id: 'history', label: 'History' },
];

interface QueriesPanelProps {
  selectedNodeId: string | null;
  /** A saved query to open and run (from a shared link), once. */
  initialRun: { id: string; params: QueryParams } | null;
  onResult: (delivery: ResultDelivery) => void;
  /** The query and params currently shown, for the shareable URL. */
  onActiveQueryChange: (active: { id: string; params: QueryParams } | null) => void;
  token: string;
  onTokenChange: (token: string) => void;
}

const EMPTY_QUERY: SavedQueryInput = {
  name: '',
  description: '',
  cypher: '',
  parameters: [],
  tags: [],
};

/** Saved queries, the Cypher console and the run history, as tabs. */
export function QueriesPanel(props: QueriesPanelProps) {
  const api = useApi();
  const { onResult, onActiveQueryChange, initialRun } = props;
  const [tab, setTab] = useState<Tab>('saved');
  const list = useSavedQueries();
  const schemaResource = useSchema();
  const schema = schemaResource.status === 'ready' ? schemaResource.data : null;
  const invalidateList = useInvalidateSavedQueries();
  const [selectedId, setSelectedId] = useState<string | null>(initialRun?.id ?? null);
  const [editing, setEditing] = useState<
    (SavedQueryInput & { id?: string; version?: number }) | null
  >(null);
  const [mode, setMode] = useState<ResultMode>('add');
  const [cypherText, setCypherText] = useState(
    'MATCH (e:Entity)-[r]->(o:Entity)\nRETURN e, r, o\nLIMIT 25',
  );
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const runner = useQueryRunner((delivery) => {
    onResult(delivery);
    onActiveQueryChange(delivery.saved ? { id: delivery.saved.id, params: delivery.params } : null);
  });
  const tabsId = useId();
  const queries = list.status === 'ready' ? list.data : [];
  const { run } = runner;

  // A shared link names a saved query: run it once the list has it, into the table only,
  // since the link's own node list already says what the canvas holds.
  const initialRunDone = useRef(false);
  useEffect(() => {
    if (!initialRun || initialRunDone.current || list.status !== 'ready') return;
    initialRunDone.current = true;
    const saved = list.data.find((q) => q.id === initialRun.id);
    if (saved) void run({ cypher: saved.cypher, params: initialRun.params, saved }, 'table');
  }, [initialRun, list, run]);

  const remove = async (query: SavedQueryDto) => {
    if (!window.confirm(`Delete the saved query “${query.name}” for everyone?`)) return;
    try {
      await api.deleteQuery(query.id);
      setSelectedId(null);
      setDeleteError(null);
      void invalidateList();
    } catch (error) {
      setDeleteError(error instanceof ApiError ? error : new ApiError(0, 'CLIENT', String(error)));
    }
  };

  if (editing) {
    return (
      <div className="queries">
        <QueryForm
          initial={editing}
          schema={schema}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setSelectedId(saved.id);
            setTab('saved');
            void invalidateList();
          }}
        />
        <WriteAccessField token={props.token} onTokenChange={props.onTokenChange} />
      </div>
    );
  }

  return (
    <div className="queries">
      <div role="tablist" aria-label="Queries" className="tabs">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`${tabsId}-${id}`}
            aria-selected={tab === id}
            aria-controls={`${tabsId}-${id}-panel`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(event) => {
              const index = TABS.findIndex((t) => t.id === tab);
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next = TABS[(index + step + TABS.length) % TABS.length];
              if (next) setTab(next.id);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <ResultModePicker mode={mode} onChange={setMode} />
      <div role="tabpanel" id={`${tabsId}-${tab}-panel`} aria-labelledby={`${tabsId}-${tab}`}>
        {tab === 'saved' ? (
          <>
            {list.status === 'error' ? (
              <p className="error" role="alert">
                {list.message}
              </p>
            ) : null}
            <SavedQueries
              queries={queries}
              selectedId={selectedId}
              onSelect={(id) => {
                setSelectedId(id);
                runner.clearFailure();
              }}
              initialParams={initialRun && initialRun.id === selectedId ? initialRun.params : null}
              mode={mode}
              running={runner.running}
              failure={runner.failure}
              selectedNodeId={props.selectedNodeId}
              onRun={(request, runMode) => void run(request, runMode)}
              onEdit={(query) => setEditing(query)}
              onDuplicate={(query) =>
                setEditing({
                  ...query,
                  id: undefined,
                  version: undefined,
                  name: `${query.name} (copy)`,
                })
              }
              onDelete={(query) => void remove(query)}
            />
            <button type="button" onClick={() => setEditing(EMPTY_QUERY)}>
              New saved query
            </button>
            {deleteError ? <QueryErrorView error={deleteError} query="" /> : null}
          </>
        ) : null}
        {tab === 'cypher' ? (
          <CypherConsole
            text={cypherText}
            onTextChange={setCypherText}
            schema={schema}
            mode={mode}
            running={runner.running}
            failure={runner.failure}
            onRun={(request, runMode) => void run(request, runMode)}
            onSaveAs={(cypher) => setEditing({ ...EMPTY_QUERY, cypher })}
          />
        ) : null}
        {tab === 'history' ? (
          <RunHistoryList
            runs={runner.runs}
            onPick={(picked) => {
              setCypherText(picked.cypher);
              setTab('cypher');
            }}
          />
        ) : null}
      </div>
      <WriteAccessField token={props.token} onTokenChange={props.onTokenChange} />
    </div>
  );
}
