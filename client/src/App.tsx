import type { Core } from 'cytoscape';
import { useCallback, useMemo, useState } from 'react';
import { useApi } from './api/ApiContext.tsx';
import type { QueryParams } from './api/explorerApi.ts';
import { useResource } from './api/useResource.ts';
import type { CypherResultDto } from './api/types.ts';
import { DetailsPanel } from './features/details/DetailsPanel.tsx';
import { NodeContextMenu } from './features/details/NodeContextMenu.tsx';
import { ExportPanel } from './features/export/ExportPanel.tsx';
import { QueriesPanel } from './features/queries/QueriesPanel.tsx';
import type { ResultDelivery } from './features/queries/useQueryRunner.ts';
import { ArticleReader } from './features/reader/ArticleReader.tsx';
import { useEvidenceLinks } from './features/reader/useEvidenceLinks.ts';
import { SearchBox } from './features/search/SearchBox.tsx';
import { useInitialLoad } from './features/share/useInitialLoad.ts';
import { useInitialSharedView, useShareableUrl } from './features/share/useShareableUrl.ts';
import { useRestoreViewport } from './features/share/useRestoreViewport.ts';
import {
  CANVAS_ID,
  GraphCanvas,
  type CanvasCommand,
  type FocusRequest,
} from './graph/GraphCanvas.tsx';
import { useTestHook } from './graph/instrumentation/useTestHook.ts';
import { useBenchHook } from './graph/instrumentation/useBenchHook.ts';
import { fitVisible, zoomBy } from './graph/viewport.ts';
import { LayoutTracker } from './graph/layout/layoutTracker.ts';
import { useExplorer } from './state/useExplorer.ts';
import { useUndoShortcuts } from './state/useUndoShortcuts.ts';
import { keptCanvasReason } from './features/queries/keptCanvas.ts';
import { drawnCounts } from './graph/replay.ts';
import { Legend } from './ui/Legend.tsx';
import { Panel } from './ui/Panel.tsx';
import { PathStepper } from './ui/PathStepper.tsx';
import { initialPanels, initialPanelSizes } from './ui/panelDefaults.ts';
import { ResultsTable } from './ui/ResultsTable.tsx';
import { Splitter } from './ui/Splitter.tsx';
import { SkipLink } from './ui/SkipLink.tsx';
import { ShortcutsDialog } from './ui/ShortcutsDialog.tsx';
import { StatusBar } from './ui/StatusBar.tsx';
import { Toolbar } from './ui/Toolbar.tsx';
import { useTheme } from './ui/useTheme.ts';
import { useTypeCounts } from './ui/useTypeCounts.ts';

const TOKEN_KEY = 'newsgraph.writeToken';

export function App() {
  const api = useApi();
  const explorer = useExplorer(api);
  const { view, selection, dispatch, setSelection } = explorer;
  const shared = useInitialSharedView();
  const { ready, loadError } = useInitialLoad(
    api,
    shared,
    dispatch,
    setSelection,
    explorer.connect,
    explorer.say,
  );
  const [cy, setCy] = useState<Core | null>(null);
  const [theme, setTheme] = useTheme(shared?.theme ?? null);
  const [tracker] = useState(() => new LayoutTracker());
  const [replayUntil, setReplayUntil] = useState<number | null>(shared?.replayUntil ?? null);
  const [results, setResults] = useState<{ result: CypherResultDto; title: string } | null>(null);
  const [activeQuery, setActiveQuery] = useState<{ id: string; params: QueryParams } | null>(
    shared?.query ?? null,
  );
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [sizes, setSizes] = useState(initialPanelSizes);
  const [show, setShow] = useState(initialPanels);
  const showReader = useCallback(() => setShow((current) => ({ ...current, right: true })), []);
  const { focus, evidenceIds, activeSentence, onEvidence, onSentence } = useEvidenceLinks(
    view.edges,
    explorer.say,
    showReader,
  );
  const schema = useResource('schema', (signal) => api.schema(signal));
  const articles = useResource('articles', (signal) => api.articles(signal));
  const { nodeTypes, edgeTypes } = useTypeCounts(view);

  useShareableUrl({
    ready,
    view,
    selection,
    activeQuery,
    cy,
    replayUntil,
    theme,
    say: explorer.say,
  });
  useRestoreViewport(cy, ready, shared, tracker);
  useUndoShortcuts(dispatch);
  useTestHook(cy, tracker);
  useBenchHook(cy);

  const positionOf = useCallback(
    (id: string) => {
      const node = cy?.getElementById(id);
      return node && node.nonempty() ? { ...node.position() } : null;
    },
    [cy],
  );

  const onResult = useCallback(
    ({ result, mode, title }: ResultDelivery) => {
      setResults({ result, title });
      setShow((s) => ({ ...s, bottom: true }));
      if (mode === 'replace' && result.graph.nodes.length === 0) {
        // Replacing with nothing would wipe the canvas for a result that only has a table.
        explorer.say(keptCanvasReason(title, result));
        return;
      }
      if (mode !== 'table') void explorer.addGraph(result.graph, mode);
    },
    [explorer],
  );

  const onCommand = (command: CanvasCommand) => {
    if (command === 'fit') {
      if (cy) fitVisible(cy);
      return;
    }
    if (command === 'help') {
      setHelpOpen(true);
      return;
    }
    const id = selection.find((s) => s in view.nodes);
    if (!id) return;
    if (command === 'expand') void explorer.expand(id);
    else if (command === 'remove') explorer.remove([id]);
    else if (command === 'hide') explorer.hide([id]);
    else if (command === 'pin') explorer.togglePin(id, positionOf(id));
    else explorer.collapse(id);
  };

  const handlers = useMemo(
    () => ({
      onSelectionChange: setSelection,
      onExpand: (id: string) => void explorer.expand(id),
      onShowMore: (id: string) => void explorer.showMore(id),
      onContextMenu: setMenu,
      onPin: (id: string, position: { x: number; y: number }) =>
        dispatch({ type: 'pin', id, position }),
    }),
    [explorer, dispatch, setSelection],
  );

  const first = articles.status === 'ready' ? articles.data[0] : undefined;
  const sourceLine = first
    ? `Source: ${first.outlet}, ${first.publishedAt.slice(0, 10)}`
    : 'Source: AFP, 2023-03-24';
  const { nodeCount, edgeCount } = drawnCounts(view, replayUntil);
  const columns = [
    show.left ? `${String(sizes.left)}px 6px` : '',
    'minmax(320px, 1fr)',
    show.right ? `6px ${String(sizes.right)}px` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="app">
      <SkipLink targetId={CANVAS_ID} label="Skip to graph" />
      <header className="app-header">
        <h1>Newsgraph Explorer</h1>
        <SearchBox
          onPick={(id) =>
            void explorer
              .addAndFocus(id)
              .then(() => setFocusRequest((last) => ({ id, seq: (last?.seq ?? 0) + 1 })))
          }
        />
        <Toolbar
          layout={view.layout}
          canUndo={explorer.canUndo}
          canRedo={explorer.canRedo}
          hasPath={view.path !== null}
          hasHidden={
            view.hidden.length + view.hiddenNodeTypes.length + view.hiddenEdgeTypes.length > 0
          }
          theme={theme}
          connect={explorer.connect}
          onConnect={explorer.setConnect}
          onLayout={explorer.setLayout}
          onRelayout={() => dispatch({ type: 'relayout' })}
          onUndo={() => dispatch({ type: 'undo' })}
          onRedo={() => dispatch({ type: 'redo' })}
          onFit={() => onCommand('fit')}
          onZoom={(factor) => cy && zoomBy(cy, factor)}
          onShowAll={() => dispatch({ type: 'showAll' })}
          onClearPath={() => dispatch({ type: 'clearPath' })}
          onTheme={setTheme}
        />
        <button
          type="button"
          className="export-toggle"
          aria-pressed={show.export}
          onClick={() => setShow((current) => ({ ...current, export: !current.export }))}
        >
          Export
        </button>
      </header>
      {helpOpen ? <ShortcutsDialog onClose={() => setHelpOpen(false)} /> : null}
      <main className="workspace" style={{ gridTemplateColumns: columns }}>
        {show.left ? (
          <>
            <aside className="column" aria-label="Queries and legend">
              <Panel title="Queries">
                <QueriesPanel
                  schema={schema.status === 'ready' ? schema.data : null}
                  selectedNodeId={selection.find((id) => id in view.nodes) ?? null}
                  initialRun={shared?.query ?? null}
                  onResult={onResult}
                  onActiveQueryChange={setActiveQuery}
                  token={token}
                  onTokenChange={(next) => {
                    setToken(next);
                    sessionStorage.setItem(TOKEN_KEY, next);
                  }}
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
              </Panel>
            </aside>
            <Splitter
              label="Resize the queries column"
              orientation="vertical"
              value={sizes.left}
              min={240}
              max={600}
              direction={1}
              onChange={(left) => setSizes((s) => ({ ...s, left }))}
            />
          </>
        ) : null}
        <section
          className="centre"
          aria-label="Graph"
          style={{ gridTemplateRows: show.bottom ? `1fr 6px ${String(sizes.bottom)}px` : '1fr' }}
        >
          <div className="canvas-wrap">
            {loadError ? (
              <p className="error load-error" role="alert">
                Could not load the graph: {loadError}
              </p>
            ) : null}
            <GraphCanvas
              view={view}
              theme={theme}
              selection={selection}
              evidenceIds={evidenceIds}
              replayUntil={replayUntil}
              handlers={handlers}
              tracker={tracker}
              focusRequest={focusRequest}
              onReady={setCy}
              onCommand={onCommand}
            />
            <PathStepper
              count={view.paths.length}
              index={view.pathIndex}
              onChoose={(index) => dispatch({ type: 'choosePath', index })}
              onClear={() => dispatch({ type: 'clearPath' })}
            />
            {menu ? (
              <NodeContextMenu
                nodeId={menu.id}
                x={menu.x}
                y={menu.y}
                explorer={explorer}
                positionOf={positionOf}
                onClose={() => setMenu(null)}
              />
            ) : null}
            {show.export ? (
              <div className="export-popover">
                <Panel title="Export">
                  <ExportPanel
                    cy={cy}
                    sourceLine={sourceLine}
                    background={theme === 'dark' ? '#15191e' : '#ffffff'}
                    say={explorer.say}
                  />
                </Panel>
              </div>
            ) : null}
          </div>
          {show.bottom ? (
            <>
              <Splitter
                label="Resize the results"
                orientation="horizontal"
                value={sizes.bottom}
                min={80}
                max={500}
                direction={-1}
                onChange={(bottom) => setSizes((s) => ({ ...s, bottom }))}
              />
              <div className="results-wrap" aria-label="Results">
                <ResultsTable
                  result={results?.result ?? null}
                  title={results?.title ?? 'Results'}
                />
              </div>
            </>
          ) : null}
        </section>
        {show.right ? (
          <>
            <Splitter
              label="Resize the details column"
              orientation="vertical"
              value={sizes.right}
              min={260}
              max={640}
              direction={-1}
              onChange={(right) => setSizes((s) => ({ ...s, right }))}
            />
            <aside className="column" aria-label="Details and article">
              <Panel title="Details">
                <DetailsPanel explorer={explorer} positionOf={positionOf} onEvidence={onEvidence} />
              </Panel>
              <Panel title="Article" className="grow">
                <ArticleReader
                  focus={focus}
                  replayUntil={replayUntil}
                  onReplayChange={setReplayUntil}
                  onSentence={onSentence}
                  activeSentence={activeSentence}
                />
              </Panel>
            </aside>
          </>
        ) : null}
      </main>
      <StatusBar
        nodeCount={nodeCount}
        edgeCount={edgeCount}
        replayUntil={replayUntil}
        notice={explorer.notice}
        panels={show}
        onTogglePanel={(key) => setShow((current) => ({ ...current, [key]: !current[key] }))}
        onHelp={() => setHelpOpen(true)}
      />
    </div>
  );
}
