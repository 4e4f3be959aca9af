import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFixtureApi } from '../api/fixtureApi.ts';
import { FIXTURE_GRAPH } from '../api/fixtureGraph.ts';
import { bigOverview, hook, renderApp } from '../appTestHarness.tsx';
import type { ExportReport } from '../graph/instrumentation/testHookTypes.ts';

/** Opens the export form from the toolbar and waits for its lazy chunk. */
async function openExportForm(): Promise<HTMLFormElement> {
  fireEvent.click(screen.getByRole('button', { name: 'Export' }));
  return screen.findByRole<HTMLFormElement>('form', { name: 'Export' });
}

/**
 * How far (image px) the worst entity is from where the canvas has it now,
 * once the image's own scale and offset are taken out (fitted on the first entity).
 */
function worstDrift(report: ExportReport): number {
  const centre = (box: ExportReport['shapes'][number]['box']) => ({
    x: (box.x1 + box.x2) / 2,
    y: (box.y1 + box.y2) / 2,
  });
  const [first, ...rest] = report.shapes;
  const firstModel = first && hook().modelPosition(first.id);
  if (!first || !firstModel) throw new Error('the export drew no entity');
  const origin = centre(first.box);
  return Math.max(
    ...rest.map(({ id, box }) => {
      const model = hook().modelPosition(id);
      if (!model) throw new Error(`${id} is not on the canvas`);
      const drawn = centre(box);
      const expectedX = origin.x + (model.x - firstModel.x) * report.scale;
      const expectedY = origin.y + (model.y - firstModel.y) * report.scale;
      return Math.hypot(drawn.x - expectedX, drawn.y - expectedY);
    }),
  );
}

let downloads: string[];
beforeEach(() => {
  window.history.replaceState(null, '', window.location.pathname);
  localStorage.clear();
  downloads = [];
  // The browser would save the file; the test only needs to know it was offered.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Export while a layout runs', () => {
  it('waits for the layout, and draws the entities where it put them', async () => {
    // The data arrives once the form is open, so the export is asked for mid-layout.
    const view = bigOverview();
    let arrive: () => void = () => undefined;
    const api = createFixtureApi();
    api.overview = () =>
      new Promise((resolve) => {
        arrive = () => resolve(view);
      });
    renderApp(api);
    const form = await openExportForm();
    arrive();
    await screen.findByTestId('layout-pending');
    expect(hook().layoutRunning()).toBe(true);
    fireEvent.submit(form);
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 30_000 });
    expect(hook().layoutRunning()).toBe(false);
    const report = hook().lastImageExport();
    expect(report?.shapes).toHaveLength(view.nodes.length);
    // Drawn mid-layout, the entities sat where they were added: hundreds of pixels off.
    expect(worstDrift(report as ExportReport)).toBeLessThan(2);
  });

  it('redraws the preview when the canvas changes under the open form', async () => {
    renderApp();
    await waitFor(() => expect(hook().visibleNodeIds()).toHaveLength(FIXTURE_GRAPH.nodes.length));
    await openExportForm();
    const preview = await screen.findByTestId('export-preview');
    const before = preview.getAttribute('src');
    // Hiding a type takes its entities out of the image.
    fireEvent.click(screen.getByRole('checkbox', { name: /Person/ }));
    await waitFor(() => expect(hook().visibleNodeIds()).not.toContain('mao-ning'));
    await waitFor(() => expect(preview.getAttribute('src')).not.toBe(before), { timeout: 5_000 });
  });
});
