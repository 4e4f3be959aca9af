import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { layOutHeld } from './heldLayout.ts';
import { LayoutSuperseded, type LayoutWorkerClient } from './layoutClient.ts';

/** A graph with enough relationships that styling them takes several slices. */
function bigGraph() {
  const nodes = Array.from({ length: 400 }, (_, index) => ({ data: { id: `n${String(index)}` } }));
  const edges = Array.from({ length: 20_000 }, (_, index) => ({
    data: {
      id: `e${String(index)}`,
      source: `n${String(index % 400)}`,
      target: `n${String((index * 7 + 1) % 400)}`,
    },
  }));
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [...nodes, ...edges],
    style: [{ selector: 'edge', style: { width: 2, 'line-color': '#888' } }],
  });
}

describe('layOutHeld', () => {
  it('ends the hold and rejects with LayoutSuperseded when a newer layout replaces it, leaving no unhandled rejection', async () => {
    const cy = bigGraph();
    const unhandled: unknown[] = [];
    const record = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', record);
    // The worker refuses at once, as when a newer job cancels this one while edges are styled.
    const worker = { run: () => Promise.reject(new LayoutSuperseded()) };
    const held: boolean[] = [];
    try {
      await expect(
        layOutHeld(
          cy,
          cy.elements(),
          {},
          worker as unknown as LayoutWorkerClient,
          () => cy.elements(),
          () => true,
          (value) => held.push(value),
        ),
      ).rejects.toBeInstanceOf(LayoutSuperseded);
      // Give the browser a task to report a rejection nobody handled in time.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toStrictEqual([]);
      // Cytoscape draws again: its batch is closed (batching() is missing from its types).
      expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
      expect(held).toStrictEqual([true, false]);
    } finally {
      window.removeEventListener('unhandledrejection', record);
      cy.destroy();
    }
  });
});
