import { useCallback, useState } from 'react';
import { useApi } from './api/ApiContext.tsx';
import type { QueryParams } from './api/explorerApi.ts';
import { QueryLayer } from './api/QueryLayer.tsx';
import { AuthoringArea, AuthoringToggle } from './app/AuthoringArea.tsx';
import { CanvasArea } from './app/CanvasArea.tsx';
import { CanvasToolbar } from './app/CanvasToolbar.tsx';
import { usePanels } from './app/usePanels.ts';
import { useQueryResults } from './app/useQueryResults.ts';
import { useWriteToken } from './app/useWriteToken.ts';
import { DetailsPanel } from './features/details/DetailsPanel.tsx';
import { QueriesPanel } from './features/queries/QueriesPanel.tsx';
import { ArticleReader } from './features/reader/ArticleReader.tsx';
import { useEvidenceLinks } from './features/reader/useEvidenceLinks.ts';
import { SearchBox } from './features/search/SearchBox.tsx';
import { useInitialLoad } from './features/share/useInitialLoad.ts';
import { useRestoreViewport } from './features/share/useRestoreViewport.ts';
import { useInitialSharedView, useShareableUrl } from './features/share/useShareableUrl.ts';
import { CANVAS_ID } from './graph/GraphCanvas.tsx';
import { GraphProvider, useGraph } from './graph/GraphContext.tsx';
import { drawnCounts } from './graph/replay.ts';
import { useGraphActions } from './graph/useGraphActions.ts';
import { AccessProvider } from './state/AccessContext.tsx';
import { ExplorerProvider, useExplorerContext } from './state/ExplorerContext.tsx';
import { useUndoShortcuts } from './state/useUndoShortcuts.ts';
import { AccessBadge } from './ui/AccessBadge.tsx';
import { Legend } from './ui/Legend.tsx';
import { Panel } from './ui/Panel.tsx';
import { ResizablePanel } from './ui/ResizablePanel.tsx';
import { ResultsTable } from './ui/ResultsTable.tsx';
import { ShortcutsDialog } from './ui/ShortcutsDialog.tsx';
import { SkipLink } from './ui/SkipLink.tsx';
import { StatusBar } from './ui/StatusBar.tsx';
import { DateFilter } from './features/filters/DateFilter.tsx';
import { dateFilterNote } from './state/dateFilter.ts';
import { typeVisibleEdges } from './state/viewState.ts';
import { useTheme } from './ui/useTheme.ts';
import { useTypeCounts } from './ui/useTypeCounts.ts';

/** The app: the read cache, the graph and explorer state, then the layout that places every panel. */
export function App() {
  return (
    <QueryLayer>
      <GraphProvider>
        <ExplorerProvider>
          <Layout />
        </ExplorerProvider>
      </GraphProvider>
    </QueryLayer>
  );
}

/**
 * Where each panel goes and the little state that is the layout's own
 * (open panels and their sizes, theme, replay, the last result). Panels
 * read the canvas state from the explorer context and the viewport from
 * the graph context.
 */
function Layout() {
  const api = useApi();
  const explorer = useExplorerContext();
  const { view, selection, dispatch, setSelection, say } = explorer;
  const { cy, tracker, layingOut } = useGraph();
  const { focus } = useGraphActions();
  const shared = useInitialSharedView();
  const { ready, loadError } = useInitialLoad(
    api,
    shared,
    dispatch,
    setSelection,
    explorer.connect,
    say,
  );
  const [theme, setTheme] = useTheme(shared?.theme ?? null);
  const [replayUntil, setReplayUntil] = useState<number | null>(shared?.replayUntil ?? null);
  const [activeQuery, setActiveQuery] = useState<{ id: string; params: QueryParams } | null>(
    shared?.query ?? null,
  );
  const [helpOpen, setHelpOpen] = useState(false);
  const [authoring, setAuthoring] = useState(false);
  const [token, setToken] = useWriteToken();
  const panels = usePanels();
  const { show, sizes, open, toggle, resize } = panels;
  const showReader = useCallback(() => open('right'), [open]);
  const showResults = useCallback(() => open('bottom'), [open]);
  const evidence = useEvidenceLinks(view.edges, say, showReader);
  const { results, onResult } = useQueryResults(showResults);
  const { nodeTypes, edgeTypes } = useTypeCounts(view);
  const { nodeCount, edgeCount } = drawnCounts(view, replayUntil);

  useShareableUrl({ ready, view, selection, activeQuery, cy, replayUntil, theme, say });
  useRestoreViewport(cy, ready, shared, tracker);
  useUndoShortcuts(dispatch);

  return (
    <AccessProvider token={token}>
      <div className="app">
        <SkipLink targetId={CANVAS_ID} label="Skip to graph" />
        <header className="app-header">
          <h1>Newsgraph Explorer</h1>
          <SearchBox onPick={(id) => void explorer.addAndFocus(id).then(() => focus(id))} />
          <CanvasToolbar theme={theme} onTheme={setTheme} />
          <AuthoringToggle
            on={authoring}
            onChange={(on) => {
              setAuthoring(on);
              if (on) showReader();
            }}
          />
          <button
            type="button"
            className="export-toggle"
            aria-pressed={show.export}
            onClick={() => toggle('export')}
          >
            Export
          </button>
          <AccessBadge />
        </header>
        {helpOpen ? <ShortcutsDialog onClose={() => setHelpOpen(false)} /> : null}
        <main className="workspace" style={{ gridTemplateColumns: panels.columns }}>
          {show.left ? (
            <ResizablePanel
              side="left"
              label="Resize the queries column"
              size={sizes.left}
              onResize={(size) => resize('left', size)}
            >
              <aside className="column" aria-label="Queries and legend">
                <Panel title="Queries">
                  <QueriesPanel
                    selectedNodeId={selection.find((id) => id in view.nodes) ?? null}
                    initialRun={shared?.query ?? null}
                    onResult={onResult}
                    onActiveQueryChange={setActiveQuery}
                    token={token}
                    onTokenChange={setToken}
                  />
                </Panel>
                <Panel title="Legend and filters">
                  <Legend
                    nodeTypes={nodeTypes}
                    edgeTypes={edgeTypes}
                    hiddenNodeTypes={view.hiddenNodeTypes}
                    hiddenEdgeTypes={view.hiddenEdgeTypes}
                    onChange={(kind, types) => dispatch({ type: 'setHiddenTypes', kind, types })}
                  />
                  <DateFilter />
                </Panel>
              </aside>
            </ResizablePanel>
          ) : null}
          <section className="centre" aria-label="Graph" style={{ gridTemplateRows: panels.rows }}>
            <CanvasArea
              loadError={loadError}
              theme={theme}
              evidenceIds={evidence.evidenceIds}
              replayUntil={replayUntil}
              showExport={show.export}
              onHelp={() => setHelpOpen(true)}
            />
            {show.bottom ? (
              <ResizablePanel
                side="bottom"
                label="Resize the results"
                size={sizes.bottom}
                onResize={(size) => resize('bottom', size)}
              >
                <div className="results-wrap" aria-label="Results">
                  <ResultsTable
                    result={results?.result ?? null}
                    title={results?.title ?? 'Results'}
                  />
                </div>
              </ResizablePanel>
            ) : null}
          </section>
          {show.right ? (
            <ResizablePanel
              side="right"
              label="Resize the details column"
              size={sizes.right}
              onResize={(size) => resize('right', size)}
            >
              <aside className="column" aria-label="Details and article">
                <Panel title="Details">
                  <DetailsPanel onEvidence={evidence.onEvidence} authoring={authoring} />
                </Panel>
                <Panel title={authoring ? 'Authoring' : 'Article'} className="grow">
                  {authoring ? (
                    <AuthoringArea focus={evidence.focus} onEvidence={evidence.onEvidence} />
                  ) : (
                    <ArticleReader
                      focus={evidence.focus}
                      replayUntil={replayUntil}
                      onReplayChange={setReplayUntil}
                      onSentence={evidence.onSentence}
                      activeSentence={evidence.activeSentence}
                    />
                  )}
                </Panel>
              </aside>
            </ResizablePanel>
          ) : null}
        </main>
        <StatusBar
          nodeCount={nodeCount}
          edgeCount={edgeCount}
          filterNote={dateFilterNote(typeVisibleEdges(view), view.dateFilter)}
          replayUntil={replayUntil}
          layingOut={layingOut}
          notice={explorer.notice}
          panels={show}
          onTogglePanel={toggle}
          onHelp={() => setHelpOpen(true)}
        />
      </div>
    </AccessProvider>
  );
}
