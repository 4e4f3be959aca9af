import type { Core, EdgeSingular } from 'cytoscape';
import { useEffect } from 'react';
import type { LayoutTracker } from '../layout/layoutTracker.ts';
import type { ExportReport, NewsgraphTestHook } from './testHookTypes.ts';

/** Where an image export leaves its ExportReport, in cy's scratch space. */
export const EXPORT_REPORT_KEY = '_newsgraphExport';

/** Installs the read-only test hook (see testHookTypes.ts) for the life of the cy instance. */
export function useTestHook(cy: Core | null, tracker: LayoutTracker): void {
  useEffect(() => {
    if (!cy) return;
    const visible = () => cy.elements(':visible').not('.more');
    let framesDrawn = 0;
    const countFrame = () => (framesDrawn += 1);
    cy.on('render', countFrame);
    const hook: NewsgraphTestHook = {
      visibleNodeIds: () =>
        visible()
          .nodes()
          .map((n) => n.id())
          .sort(),
      visibleEdgeIds: () =>
        visible()
          .edges()
          .map((e) => e.id())
          .sort(),
      selectedIds: () =>
        cy
          .elements(':selected')
          .map((e) => e.id())
          .sort(),
      classesOf: (id) => cy.getElementById(id).classes(),
      drawnLabel: (id) => {
        const ele = cy.getElementById(id);
        return ele.nonempty() && ele.visible() ? String(ele.data('label') ?? '') : null;
      },
      pagePosition: (id) => {
        const ele = cy.getElementById(id);
        if (ele.empty()) return null;
        const rect = cy.container()?.getBoundingClientRect();
        const at = ele.isNode()
          ? ele.renderedPosition()
          : (ele as unknown as EdgeSingular).renderedMidpoint();
        return rect ? { x: rect.left + at.x, y: rect.top + at.y } : null;
      },
      modelPosition: (id) => {
        const ele = cy.getElementById(id);
        return ele.nonempty() && ele.isNode() ? { ...ele.position() } : null;
      },
      layoutRunning: () => tracker.running,
      layoutRuns: () => tracker.runs,
      framesDrawn: () => framesDrawn,
      edgeIdsBetween: (a, b) =>
        cy
          .edges()
          .filter(
            (e) =>
              (e.source().id() === a && e.target().id() === b) ||
              (e.source().id() === b && e.target().id() === a),
          )
          .map((e) => e.id()),
      exportBoundingBox: () => {
        const box = visible().boundingBox();
        return { w: box.w, h: box.h };
      },
      viewport: () => ({
        zoom: cy.zoom(),
        pan: { ...cy.pan() },
        width: cy.width(),
        height: cy.height(),
      }),
      entityLabelSizes: () => {
        const sizes: Record<string, number> = {};
        visible()
          .nodes()
          .forEach((node) => {
            // What Cytoscape itself compares with min-zoomed-font-size to decide whether to draw.
            const size = Number(node.numericStyle('font-size')) * cy.zoom();
            const min = Number(node.numericStyle('min-zoomed-font-size'));
            sizes[node.id()] = size < min ? 0 : size;
          });
        return sizes;
      },
      overlappingNodes: () => {
        const boxes = visible()
          .nodes()
          .map((node) => ({ id: node.id(), box: node.boundingBox({ includeLabels: false }) }));
        const pairs: [string, string][] = [];
        boxes.forEach((a, i) => {
          for (const b of boxes.slice(i + 1)) {
            const apart =
              a.box.x2 <= b.box.x1 ||
              b.box.x2 <= a.box.x1 ||
              a.box.y2 <= b.box.y1 ||
              b.box.y2 <= a.box.y1;
            if (!apart) pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
          }
        });
        return pairs;
      },
      labelOf: (id) => {
        const ele = cy.getElementById(id);
        if (ele.empty()) return null;
        return {
          label: String(ele.data('label')),
          name: String(ele.data('name') ?? ele.data('label')),
        };
      },
      lastImageExport: () => (cy.scratch(EXPORT_REPORT_KEY) as ExportReport | undefined) ?? null,
    };
    window.__newsgraph = hook;
    return () => {
      cy.removeListener('render', countFrame);
      delete window.__newsgraph;
    };
  }, [cy, tracker]);
}
