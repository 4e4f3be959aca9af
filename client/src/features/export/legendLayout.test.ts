import { describe, expect, it } from 'vitest';
import {
  ENTITY_STYLES,
  NARRATED_STYLE,
  OTHER_CLAIM_STYLE,
  STANCE_STYLES,
} from '../../graph/entityStyles.ts';
import { EXPORT_FONT_STACK, EXPORT_MARGIN, planFrame, type FramePlan } from './frame.ts';
import { legendFor } from './legend.ts';
import { LEGEND_MAX_SHARE, legendBelow, legendBlock } from './legendLayout.ts';
import { frameSize, SIZE_PRESETS, type SizeChoice } from './presets.ts';

// Text measured by the browser's canvas, as the export measures it.
const canvas = document.createElement('canvas').getContext('2d');
function measure(text: string, font: string): number {
  if (!canvas) throw new Error('no 2D canvas');
  canvas.font = font;
  return canvas.measureText(text).width;
}

/** The longest legend there can be: every entity type and every line style. */
const EVERYTHING = legendFor(Object.keys(ENTITY_STYLES), [
  { attribution: 'narrated', stance: undefined },
  ...Object.keys(STANCE_STYLES).map((stance) => ({ attribution: 'attributed', stance })),
  { attribution: 'attributed', stance: 'a-stance-not-yet-known' },
]).map((entry) => entry.label);

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function boxes(plan: FramePlan, graph: { w: number; h: number }) {
  const legend = plan.legend;
  if (!legend) throw new Error('no legend');
  return {
    legend: { x1: legend.x, y1: legend.y, x2: legend.x + legend.w, y2: legend.y + legend.h },
    graph: {
      x1: plan.graph.x,
      y1: plan.graph.y,
      x2: plan.graph.x + graph.w * plan.graph.scale,
      y2: plan.graph.y + graph.h * plan.graph.scale,
    },
  };
}

const presets = Object.keys(SIZE_PRESETS) as Exclude<SizeChoice, 'fit'>[];
// The article's graph is wider than tall; a selection can be either.
const graphs = [
  { w: 1500, h: 900 },
  { w: 600, h: 1200 },
];

describe('the legend of a preset image', () => {
  it('has every line style and entity type there is', () => {
    expect(EVERYTHING).toContain(NARRATED_STYLE.description);
    expect(EVERYTHING).toContain(OTHER_CLAIM_STYLE.description);
    expect(EVERYTHING.length).toBe(
      Object.keys(ENTITY_STYLES).length + Object.keys(STANCE_STYLES).length + 2,
    );
  });

  for (const choice of presets) {
    for (const graph of graphs) {
      it(`takes at most ${String(LEGEND_MAX_SHARE * 100)} % of the ${choice} image, inside the margins and off a ${String(graph.w)}×${String(graph.h)} graph`, () => {
        const preset = SIZE_PRESETS[choice];
        const plan = planFrame({
          graph,
          size: frameSize(choice, 1),
          title: 'What China said about TikTok’s data',
          subtitle: 'Who said what in the AFP story of 24 March 2023',
          source: 'Source: AFP, 2023-03-24',
          credit: 'Graphic: Newsgraph Explorer',
          legend: EVERYTHING,
          measure,
        });
        const { legend, graph: drawn } = boxes(plan, graph);
        const area = (legend.x2 - legend.x1) * (legend.y2 - legend.y1);
        expect(area / (preset.width * preset.height)).toBeLessThanOrEqual(LEGEND_MAX_SHARE);
        const margin = EXPORT_MARGIN * preset.unit;
        expect(legend.x1).toBeGreaterThanOrEqual(margin);
        expect(legend.x2).toBeLessThanOrEqual(preset.width - margin + 0.001);
        expect(legend.y2).toBeLessThanOrEqual(preset.height - margin);
        expect(overlaps(legend, drawn)).toBe(false);
        // Every row's text ends inside the block.
        plan.legend?.items.forEach((item, i) => {
          const label = EVERYTHING[i] ?? '';
          const end = item.x + (plan.legend?.textX ?? 0) + measure(label, plan.legend?.font ?? '');
          expect(end).toBeLessThanOrEqual(legend.x2 + 0.001);
        });
        // The graph gets the rest: it spans the room between the text and the legend one way.
        const header = plan.lines.filter((l) => l.role !== 'source');
        const footer = plan.lines.filter((l) => l.role === 'source');
        const top = Math.max(...header.map((l) => l.y + l.size * 1.25));
        const beside = legend.x1 >= drawn.x2;
        if (beside) expect(preset.legendBeside).toBe(true);
        const bottom = beside ? Math.min(...footer.map((l) => l.y)) : legend.y1;
        const right = beside ? legend.x1 : preset.width - margin;
        const fill = Math.max(
          (drawn.x2 - drawn.x1) / (right - margin),
          (drawn.y2 - drawn.y1) / (bottom - top),
        );
        expect(fill).toBeGreaterThan(0.85);
      });
    }
  }

  it('goes beside the graph on the slide when that leaves the graph more room', () => {
    const graph = { w: 800, h: 900 };
    const plan = planFrame({
      graph,
      size: frameSize('slide', 1),
      title: 'T',
      subtitle: '',
      source: 'S',
      credit: '',
      legend: EVERYTHING,
      measure,
    });
    const { legend, graph: drawn } = boxes(plan, graph);
    expect(legend.x1).toBeGreaterThanOrEqual(drawn.x2);
    const below = planFrame({
      graph,
      size: { ...frameSize('slide', 1), legendBeside: false } as ReturnType<typeof frameSize>,
      title: 'T',
      subtitle: '',
      source: 'S',
      credit: '',
      legend: EVERYTHING,
      measure,
    });
    expect(plan.graph.scale).toBeGreaterThan(below.graph.scale);
  });
});

describe('legendBlock', () => {
  it('fills columns top to bottom, each as wide as its own longest label', () => {
    const fixed = (text: string) => text.length * 10;
    const block = legendBlock(['a', 'bbbbb', 'cc'], 2, 1, EXPORT_FONT_STACK, fixed);
    expect(block.items).toStrictEqual([
      { x: 0, y: 8 },
      { x: 0, y: 24 },
      { x: 18 + 50 + 16, y: 8 },
    ]);
    expect([block.w, block.h]).toStrictEqual([18 + 50 + 16 + 18 + 20, 32]);
  });

  it('lays a legend below in as few rows as the width allows', () => {
    const fixed = (text: string) => text.length * 10;
    const labels = ['aaaa', 'bbbb', 'cccc', 'dddd'];
    // One column is 18 + 40 = 58 wide, with 16 between columns.
    expect(legendBelow(labels, 4 * 58 + 3 * 16, 1, EXPORT_FONT_STACK, fixed).h).toBe(16);
    expect(legendBelow(labels, 4 * 58 + 3 * 16 - 1, 1, EXPORT_FONT_STACK, fixed).h).toBe(32);
    expect(legendBelow(labels, 10, 1, EXPORT_FONT_STACK, fixed).h).toBe(64);
  });
});
