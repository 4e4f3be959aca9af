/**
 * What the App tests share: the app rendered on the fixture API at a fixed
 * size, the status line, the canvas's test hook, a view big enough for the
 * held layout, and a per-frame sampler for the first layout.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { asEntityId } from '@newsgraph/model';
import { ApiContext } from './api/ApiContext.tsx';
import { createFixtureApi } from './api/fixtureApi.ts';
import { FIXTURE_GRAPH } from './api/fixtureGraph.ts';
import { App } from './App.tsx';
import type { NewsgraphTestHook } from './graph/instrumentation/testHookTypes.ts';
import { PAGE_LAYOUT_MAX_NODES } from './graph/layout/useSyncView.ts';
import './styles.css';

export function renderApp(api = createFixtureApi()) {
  return render(
    <div style={{ width: 1280, height: 720 }}>
      <ApiContext.Provider value={api}>
        <App />
      </ApiContext.Provider>
    </div>,
  );
}

export const status = () => screen.getByTestId('graph-status').textContent;
export const hook = () => {
  if (!window.__newsgraph) throw new Error('the canvas is not ready');
  return window.__newsgraph;
};

export async function pickFromSearch(text: string) {
  const box = screen.getByRole('combobox', { name: 'Search entities' });
  fireEvent.change(box, { target: { value: text } });
  const results = await screen.findByRole('listbox', { name: 'Search results' });
  await within(results).findByRole('option', { selected: true });
  fireEvent.keyDown(box, { key: 'Enter' });
}

/** The fixture graph and enough unlinked entities that the layout goes to the worker. */
export function bigOverview() {
  const [template] = FIXTURE_GRAPH.nodes;
  if (!template) throw new Error('the fixture graph has no entity');
  const extras = Array.from({ length: PAGE_LAYOUT_MAX_NODES }, (_, index) => ({
    ...template,
    id: asEntityId(`extra-${String(index)}`),
    name: `Extra ${String(index)}`,
  }));
  return { ...FIXTURE_GRAPH, nodes: [...FIXTURE_GRAPH.nodes, ...extras] };
}

/**
 * Calls `sample` once per animation frame (with the test hook, once the canvas has one)
 * until the first layout has finished; fails after 30 s.
 */
export function everyFrameUntilLaidOut(sample: (graph: NewsgraphTestHook) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const giveUp = setTimeout(() => reject(new Error('the first layout never ended')), 30_000);
    const frame = () => {
      const graph = window.__newsgraph;
      if (graph) sample(graph);
      if ((graph?.layoutRuns() ?? 0) > 0) {
        clearTimeout(giveUp);
        resolve();
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
