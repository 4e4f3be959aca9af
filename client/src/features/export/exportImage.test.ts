import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_GRAPH } from '../../api/fixtureGraph.ts';
import { applyViewState } from '../../graph/applyViewState.ts';
import { buildStylesheet } from '../../graph/stylesheet.ts';
import { EMPTY_VIEW, viewReducer } from '../../state/viewState.ts';
import { EXPORT_REPORT_KEY } from '../../graph/instrumentation/useTestHook.ts';
import type { ExportReport } from '../../graph/instrumentation/testHookTypes.ts';
import {
  exportPng as exportPngWith,
  exportSvg,
  pngDimensions,
  type ImageExportOptions,
} from './exportImage.ts';
import { scaleWithinPixels } from './budget.ts';
import { overlappingPairs } from './labelRoom.ts';
import { frameSize, SIZE_PRESETS } from './presets.ts';

let cy: Core;
let container: HTMLDivElement;

beforeEach(() => {
  container = document.createElement('div');
  container.style.cssText = 'width: 800px; height: 600px;';
  document.body.append(container);
  cy = cytoscape({ container, style: buildStylesheet('light', ['Country', 'Product', 'Person']) });
  applyViewState(cy, viewReducer(EMPTY_VIEW, { type: 'addGraph', graph: FIXTURE_GRAPH }));
  cy.layout({ name: 'grid' }).run();
});

afterEach(() => {
  cy.destroy();
  container.remove();
});

const plain = {
  scope: 'graph' as const,
  background: '#ffffff',
  annotations: { title: '', legend: false, source: '' },
};

/** The PNG at a "fit" scale, as the tests before presets called it. */
async function exportPng(core: Core, scale: number, options: ImageExportOptions): Promise<Blob> {
  return (await exportPngWith(core, { ...options, size: { kind: 'fit', scale } })).blob;
}

async function pngSize(blob: Blob) {
  const bitmap = await createImageBitmap(blob);
  return { width: bitmap.width, height: bitmap.height };
}

describe('exportPng', () => {
  it("reads a PNG's size from its header, as the decoded image has it", async () => {
    const blob = await exportPng(cy, 2, plain);
    expect(await pngDimensions(blob)).toStrictEqual(await pngSize(blob));
  });

  it('scales the image by the chosen factor', async () => {
    const one = await pngSize(await exportPng(cy, 1, plain));
    const three = await pngSize(await exportPng(cy, 3, plain));
    expect(Math.abs(three.width / one.width - 3)).toBeLessThan(0.02);
    expect(Math.abs(three.height / one.height - 3)).toBeLessThan(0.02);
  });

  it('exports only the selection when asked, and restores the canvas afterwards', async () => {
    cy.getElementById('tiktok').select();
    const whole = await pngSize(await exportPng(cy, 1, plain));
    const selection = await pngSize(await exportPng(cy, 1, { ...plain, scope: 'selection' }));
    expect(selection.width).toBeLessThan(whole.width);
    expect(cy.elements('.export-hidden').length).toBe(0);
    expect(cy.nodes('.annotation').length).toBe(0);
    expect(cy.elements('.exporting, .export-full-label, .export-unlabelled').length).toBe(0);
    expect(cy.$(':selected').map((e) => e.id())).toStrictEqual(['tiktok']);
  });

  it('draws the title, legend and source into the image, making it larger', async () => {
    const bare = await pngSize(await exportPng(cy, 1, plain));
    const annotated = await pngSize(
      await exportPng(cy, 1, {
        ...plain,
        annotations: { title: 'TikTok and data', legend: true, source: 'Source: AFP, 2023-03-24' },
      }),
    );
    // The legend goes below the graph now, so the image grows in height; it never narrows.
    expect(annotated.width).toBeGreaterThanOrEqual(bare.width);
    expect(annotated.height).toBeGreaterThan(bare.height);
  });
});

/** Resolves once the canvas has drawn a frame for the screen, as it does between two exports in the app. */
function screenFrame(core: Core): Promise<void> {
  return new Promise((resolve) => {
    core.one('render', () => {
      resolve();
    });
    (core as unknown as { forceRender(): void }).forceRender();
  });
}

describe('image layout', () => {
  it('is the same for every export of one view, whatever the screen drew in between', async () => {
    // The screen shows short labels; the export draws long full names, wrapped, among
    // crowded entities, so the export needs label geometry the screen never computed.
    cy.nodes().forEach((node, i) => {
      node.data(
        'name',
        `${String(node.data('label'))}, a full name far longer than its label ${String(i)}`,
      );
    });
    cy.nodes().positions((_node, i) => ({ x: (i % 3) * 40, y: Math.floor(i / 3) * 30 }));
    const fit = (scale: number): ImageExportOptions => ({ ...plain, size: { kind: 'fit', scale } });
    await screenFrame(cy);
    const one = await exportPngWith(cy, fit(1));
    await screenFrame(cy);
    const again = await exportPngWith(cy, fit(1));
    expect(again.report).toStrictEqual(one.report);
    // A scale the pixel budget lowers: to what the image at 1× allows, so the frame the
    // budget measured is the frame that was drawn.
    await screenFrame(cy);
    const big = await exportPngWith(cy, fit(12));
    expect(big.scaleLowered).toBe(true);
    const allowed = scaleWithinPixels(12, one.width, one.height);
    expect(Math.abs(big.report.scale / allowed - 1)).toBeLessThan(0.002);
    expect(Math.abs(big.width / one.width - big.report.scale)).toBeLessThan(0.01);
    await screenFrame(cy);
    expect((await exportPngWith(cy, fit(1))).report).toStrictEqual(one.report);
  });
});

/** The share of pixels that are not the white background once the SVG is drawn. */
async function inkedShare(svg: string): Promise<number> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i] ?? 255) < 230 || (data[i + 1] ?? 255) < 230 || (data[i + 2] ?? 255) < 230)
      inked += 1;
  }
  return inked / (data.length / 4);
}

describe('exportSvg', () => {
  it('produces SVG with the entity names as text, title and source included', async () => {
    // Far from the origin, so a wrong pan would push the drawing out of the picture.
    cy.nodes().shift({ x: 2000, y: 1500 });
    const svg = await exportSvg(cy, {
      ...plain,
      annotations: { title: 'TikTok and data', legend: true, source: 'Source: AFP, 2023-03-24' },
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.nodeName).toBe('svg');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['TikTok', 'ByteDance', 'TikTok and data', 'Source: AFP, 2023-03-24']),
    );
    expect(doc.querySelectorAll('image').length).toBe(0);
    // Claims keep their dashed lines.
    expect(doc.querySelectorAll('path[stroke-dasharray]').length).toBeGreaterThan(0);
    expect(await inkedShare(svg)).toBeGreaterThan(0.01);
    expect(doc.querySelectorAll('path').length).toBeGreaterThan(FIXTURE_GRAPH.nodes.length);
  });
});

describe('image exports for publishing', () => {
  it('gives a preset PNG exactly the preset size', async () => {
    for (const [choice, preset] of Object.entries(SIZE_PRESETS)) {
      const png = await exportPngWith(cy, {
        ...plain,
        size: frameSize(choice as keyof typeof SIZE_PRESETS, 1),
      });
      expect(await pngDimensions(png.blob)).toStrictEqual({
        width: preset.width,
        height: preset.height,
      });
    }
  });

  it('draws full names, apart, and puts every entity back where it was', async () => {
    // Everything on one spot: the worst case for labels.
    cy.nodes().positions(() => ({ x: 100, y: 100 }));
    cy.getElementById('tiktok').data(
      'name',
      'TikTok, the app that a long claim names in full, wrapped',
    );
    const before = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
    await exportPng(cy, 1, plain);
    const report = cy.scratch(EXPORT_REPORT_KEY) as ExportReport;
    expect(report.labels.map((l) => l.text).sort()).toStrictEqual(
      cy
        .nodes()
        .map((n) => String(n.data('name')))
        .sort(),
    );
    const boxes = [
      ...report.labels.map((l) => ({ id: `label:${l.id}`, box: l.box })),
      ...report.shapes.map((s) => ({ id: `shape:${s.id}`, box: s.box })),
    ];
    // A label may touch its own shape (it hangs below it), nothing else.
    const clashes = overlappingPairs(boxes).filter(
      ([a, b]) => a.id.split(':')[1] !== b.id.split(':')[1],
    );
    expect(clashes).toStrictEqual([]);
    expect(cy.nodes().map((n) => ({ id: n.id(), ...n.position() }))).toStrictEqual(before);
  });

  it('lists in the legend only the entity types and edge styles drawn', async () => {
    cy.getElementById('tiktok').select();
    await exportPng(cy, 1, {
      ...plain,
      scope: 'selection',
      annotations: { ...plain.annotations, legend: true },
    });
    const report = cy.scratch(EXPORT_REPORT_KEY) as ExportReport;
    expect(report.legend).toStrictEqual([String(cy.getElementById('tiktok').data('type'))]);
  });
});
