import { describe, expect, it } from 'vitest';
import { EXPORT_MARGIN, planFrame, wrapText, type FramePlan, type FrameRequest } from './frame.ts';

/** Every character 10 px wide at a 16 px font, scaled with the font size. */
const measure = (text: string, font: string) =>
  (text.length * 10 * Number(/([\d.]+)px/.exec(font)?.[1] ?? 16)) / 16;

function firstLine(plan: FramePlan) {
  const line = plan.lines[0];
  if (!line) throw new Error('no text line');
  return line;
}
function lastLine(plan: FramePlan) {
  const line = plan.lines.at(-1);
  if (!line) throw new Error('no text line');
  return line;
}
function legendBoxOf(plan: FramePlan) {
  const { x, y, w, h } = legendOf(plan);
  return { x1: x, y1: y, x2: x + w, y2: y + h };
}
function graphBox(plan: FramePlan, graph: { w: number; h: number }) {
  const { x, y, scale } = plan.graph;
  return { x1: x, y1: y, x2: x + graph.w * scale, y2: y + graph.h * scale };
}
type Box = ReturnType<typeof graphBox>;
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function legendOf(plan: FramePlan) {
  if (!plan.legend) throw new Error('no legend');
  return plan.legend;
}

const request: FrameRequest = {
  graph: { w: 600, h: 400 },
  size: { kind: 'fit', scale: 1 },
  title: 'TikTok and data',
  subtitle: '',
  source: 'Source: AFP, 2023-03-24',
  credit: '',
  legend: [],
  measure,
};

describe('planFrame', () => {
  it('grows a "fit" frame around the graph at its scale, with the margin on every side', () => {
    const one = planFrame(request);
    const two = planFrame({ ...request, size: { kind: 'fit', scale: 2 } });
    expect(one.width).toBe(600 + 2 * EXPORT_MARGIN);
    expect([two.width, two.height]).toStrictEqual([one.width * 2, one.height * 2]);
    expect(one.graph).toStrictEqual({
      x: EXPORT_MARGIN,
      y: firstLine(one).y + 22 * 1.25 + 12,
      scale: 1,
    });
    const footer = lastLine(one);
    expect(footer.y + footer.size * 1.25).toBe(one.height - EXPORT_MARGIN);
  });

  it('keeps a preset exactly and fits the graph into the room the text and legend leave', () => {
    const plan = planFrame({
      ...request,
      size: { kind: 'preset', width: 1200, height: 675, unit: 1.5 },
      legend: ['Company', 'Person'],
    });
    const margin = EXPORT_MARGIN * 1.5;
    expect([plan.width, plan.height, plan.unit]).toStrictEqual([1200, 675, 1.5]);
    const graph = graphBox(plan, request.graph);
    const legend = legendOf(plan);
    expect(graph.x1).toBeGreaterThanOrEqual(margin);
    // The card puts its legend below the graph, in one row here, inside the margins.
    expect(graph.y2).toBeLessThanOrEqual(legend.y);
    expect(legend.items.map((item) => item.y - legend.y)).toStrictEqual([
      legend.row / 2,
      legend.row / 2,
    ]);
    expect(legend.x + legend.w).toBeLessThanOrEqual(1200 - margin + 0.001);
    expect(legend.y + legend.h).toBeLessThanOrEqual(lastLine(plan).y);
    expect(graph.y1).toBeGreaterThan(firstLine(plan).y);
  });

  it('breaks a long legend into columns that stay inside the margins and off the graph', () => {
    const legend = Array.from({ length: 30 }, (_, i) => `Type ${String(i)}`);
    const plan = planFrame({
      ...request,
      legend,
      size: { kind: 'preset', width: 1200, height: 675, unit: 1.5 },
    });
    const box = legendOf(plan);
    const columns = new Set(box.items.map((item) => item.x)).size;
    expect(columns).toBeGreaterThan(1);
    expect(box.items.length).toBe(30);
    expect(box.y + box.h).toBeLessThanOrEqual(lastLine(plan).y);
    expect(box.x + box.w).toBeLessThanOrEqual(1200 - 36 + 0.001);
    for (const item of box.items) {
      expect(item.x).toBeGreaterThanOrEqual(box.x);
      expect(item.y + box.row / 2).toBeLessThanOrEqual(box.y + box.h + 0.001);
    }
    expect(overlaps(graphBox(plan, request.graph), legendBoxOf(plan))).toBe(false);
  });

  it('keeps a long key at the readable label size even past a fifth of the image', () => {
    const labelPx = 14;
    const legend = Array.from({ length: 60 }, (_, i) => `${String(i)} ${'x'.repeat(60)}`);
    const plan = planFrame({
      ...request,
      legend,
      size: { kind: 'preset', width: 1920, height: 1080, unit: 2, labelPx, legendBeside: true },
    });
    const { font, w, h } = legendOf(plan);
    // Its type stays at the graph's minimum: 14 px, never the 0.6 shrink's 9.2 px.
    expect(Number(/([\d.]+)px/.exec(font)?.[1])).toBeCloseTo(labelPx, 10);
    // It takes more than a fifth of the image, which the export's notice then says.
    expect((w * h) / (1920 * 1080)).toBeGreaterThan(0.2);
  });

  it('does not blow a single entity up to fill a slide', () => {
    const plan = planFrame({
      ...request,
      graph: { w: 40, h: 60 },
      size: { kind: 'preset', width: 1920, height: 1080, unit: 2 },
    });
    expect(plan.graph.scale).toBe(4);
  });

  it('wraps a long title to the frame instead of running off it', () => {
    const plan = planFrame({
      ...request,
      title:
        'What China said about the data TikTok keeps on its American users, and why it matters',
      size: { kind: 'preset', width: 1200, height: 675, unit: 1.5 },
    });
    const titles = plan.lines.filter((l) => l.role === 'title');
    expect(titles.length).toBeGreaterThan(1);
    for (const line of titles)
      expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(1200 - 36);
  });
});

describe('wrapText', () => {
  it('breaks between words and keeps a word longer than the line whole', () => {
    expect(wrapText('aa bb cc', 50, '16px x', measure)).toStrictEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefgh ij', 30, '16px x', measure)).toStrictEqual(['abcdefgh', 'ij']);
    expect(wrapText('  ', 30, '16px x', measure)).toStrictEqual([]);
  });
});
