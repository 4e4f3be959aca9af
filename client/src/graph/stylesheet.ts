import type { StylesheetJson } from 'cytoscape';
import { entityStyle, NARRATED_STYLE, OTHER_CLAIM_STYLE, STANCE_STYLES } from './entityStyles.ts';

export type Theme = 'light' | 'dark';

/** Entity label size in model units; on screen it is this × the zoom. */
export const ENTITY_FONT_SIZE = 16;
/** Relationship label size in model units. */
export const EDGE_FONT_SIZE = 13;
/**
 * Below these sizes on screen (CSS px) Cytoscape stops drawing a label:
 * entity labels under 7 px (zoom < 0.44) and relationship labels under
 * 9 px (zoom < 0.7) are noise, and skipping them keeps big graphs smooth.
 */
export const ENTITY_LABEL_MIN_PX = 7;
export const EDGE_LABEL_MIN_PX = 9;

interface ThemeColours {
  text: string;
  textOutline: string;
  edgeText: string;
  selection: string;
  highlight: string;
}

const THEMES: Record<Theme, ThemeColours> = {
  light: {
    text: '#1d232a',
    textOutline: '#ffffff',
    edgeText: '#46505a',
    selection: '#0b63ce',
    highlight: '#f5b700',
  },
  dark: {
    text: '#e8edf2',
    textOutline: '#15191e',
    edgeText: '#b4bec8',
    selection: '#5aa9ff',
    highlight: '#ffd24d',
  },
};

/** One selector per entity type present, so types added by the seed still get colour and shape. */
function typeRules(types: readonly string[]): StylesheetJson {
  return types.map((type) => {
    const { color, shape } = entityStyle(type);
    return {
      selector: `node[type = ${JSON.stringify(type)}]`,
      style: { 'background-color': color, shape },
    };
  });
}

function stanceRules(): StylesheetJson {
  return Object.entries(STANCE_STYLES).map(([stance, style]) => ({
    selector: `edge[attribution = "attributed"][stance = ${JSON.stringify(stance)}]`,
    style: {
      'line-color': style.color,
      'target-arrow-color': style.color,
      'line-style': style.lineStyle,
    },
  }));
}

/**
 * From this many elements on, edges are drawn the cheap way (see
 * largeGraphRules). Measured in headless Chromium without a GPU, same
 * 1 000-element graph and layout: curved, labelled edges took 1.46 s of
 * main-thread time to lay out and draw, these 1.28 s, plain Cytoscape
 * 1.23 s; in a profile at 10 000 elements, the curve geometry of
 * parallel edges alone took about 1.5 s. Well before 750 elements edge labels stop fitting
 * on screen anyway, and the article graph stays far below it.
 */
export const LARGE_GRAPH_ELEMENTS = 750;

/**
 * Large graphs: straight "haystack" edges, which skip the curve geometry
 * of parallel edges, without edge labels, which are unreadable at the zoom
 * that fits thousands of elements anyway. Direction stays visible as a
 * small arrow at the middle of each edge. Node styles do not change.
 */
function largeGraphRules(): StylesheetJson {
  return [
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        label: '',
        'target-arrow-shape': 'none',
        'mid-target-arrow-shape': 'triangle',
        'mid-target-arrow-color': NARRATED_STYLE.color,
        'arrow-scale': 0.8,
      },
    },
    {
      selector: 'edge[attribution = "attributed"]',
      style: { 'mid-target-arrow-color': OTHER_CLAIM_STYLE.color },
    },
    ...Object.entries(STANCE_STYLES).map(([stance, style]) => ({
      selector: `edge[attribution = "attributed"][stance = ${JSON.stringify(stance)}]`,
      style: { 'mid-target-arrow-color': style.color },
    })),
    { selector: 'edge[stance = "denies"]', style: { 'mid-target-arrow-shape': 'tee' } },
    // One selected relationship still says what it is.
    { selector: 'edge:selected', style: { label: 'data(label)' } },
  ];
}

/**
 * The whole visual encoding. Data carries no colours; classes carry state
 * (hidden, dimmed, on-path, evidence, pinned). `min-zoomed-font-size` drops
 * labels when zoomed out, which keeps large graphs fast; from
 * LARGE_GRAPH_ELEMENTS on, edges are simplified too.
 */
export function buildStylesheet(
  theme: Theme,
  entityTypes: readonly string[],
  large = false,
): StylesheetJson {
  const c = THEMES[theme];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 38,
        height: 38,
        'background-color': '#888',
        color: c.text,
        // Large in model units so labels stay legible when a whole article is fitted to the canvas.
        'font-size': ENTITY_FONT_SIZE,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '190px',
        'text-outline-color': c.textOutline,
        'text-outline-width': 2,
        'min-zoomed-font-size': ENTITY_LABEL_MIN_PX,
        'border-width': 1.5,
        'border-color': c.textOutline,
      },
    },
    ...typeRules(entityTypes),
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        width: 2,
        'curve-style': 'bezier',
        'line-color': NARRATED_STYLE.color,
        'target-arrow-color': NARRATED_STYLE.color,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'font-size': EDGE_FONT_SIZE,
        color: c.edgeText,
        'text-rotation': 'autorotate',
        'text-outline-color': c.textOutline,
        'text-outline-width': 2,
        // Edge labels only once they are readable: they are the first clutter when zoomed out.
        'min-zoomed-font-size': EDGE_LABEL_MIN_PX,
      },
    },
    {
      selector: 'edge[attribution = "attributed"]',
      style: {
        'line-color': OTHER_CLAIM_STYLE.color,
        'target-arrow-color': OTHER_CLAIM_STYLE.color,
        'line-style': 'dashed',
      },
    },
    ...stanceRules(),
    // A denial ends in a bar: "not so", readable without colour.
    { selector: 'edge[stance = "denies"]', style: { 'target-arrow-shape': 'tee', width: 2.5 } },
    { selector: 'edge[stance = "admits"], edge[stance = "acknowledges"]', style: { width: 3 } },
    ...(large ? largeGraphRules() : []),
    { selector: '.hidden, .filtered, .replay-hidden', style: { display: 'none' } },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': c.text },
    },
    { selector: '.dimmed', style: { opacity: 0.15 } },
    {
      selector: 'node.on-path',
      style: { 'border-width': 4, 'border-color': c.highlight, opacity: 1 },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 5,
        'line-color': c.highlight,
        'target-arrow-color': c.highlight,
        'mid-target-arrow-color': c.highlight,
        opacity: 1,
      },
    },
    {
      selector: '.evidence',
      style: { 'underlay-color': c.highlight, 'underlay-opacity': 0.55, 'underlay-padding': 6 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': c.selection, 'overlay-opacity': 0 },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 4,
        'underlay-color': c.selection,
        'underlay-opacity': 0.35,
        'underlay-padding': 4,
      },
    },
    {
      selector: 'node.more',
      style: {
        shape: 'round-rectangle',
        width: 64,
        height: 18,
        padding: '4px',
        'background-color': c.textOutline,
        'border-style': 'dashed',
        'border-color': c.edgeText,
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 10,
        color: c.edgeText,
      },
    },
    {
      selector: 'edge.more',
      style: {
        'line-style': 'dotted',
        'target-arrow-shape': 'none',
        'mid-target-arrow-shape': 'none',
        label: '',
      },
    },
    ...exportRules(c),
  ];
}

/**
 * Classes an image export puts on for the time it draws (features/export):
 * full names instead of shortened labels, wrapped, never cut; relationship
 * labels level and on an opaque plate of the background colour, so no line
 * shows through the letters; every label drawn whatever the zoom on screen.
 */
function exportRules(c: ThemeColours): StylesheetJson {
  return [
    { selector: '.export-hidden', style: { display: 'none' } },
    { selector: '.exporting', style: { 'min-zoomed-font-size': 0 } },
    { selector: 'node.export-full-label', style: { label: 'data(name)', 'text-wrap': 'wrap' } },
    { selector: 'node.export-unlabelled', style: { label: '' } },
    // Names on a plate of the background colour: at a readable size on a crowded
    // image, lines under a name otherwise show between its letters.
    {
      selector: 'node.exporting',
      style: {
        'text-background-color': c.textOutline,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'edge.exporting',
      style: {
        'text-background-color': c.textOutline,
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'text-outline-width': 0,
        'text-rotation': 'none',
      },
    },
    // A preset image holds every label to one readable minimum, relationship labels included.
    { selector: 'edge.export-preset-text', style: { 'font-size': ENTITY_FONT_SIZE } },
  ];
}
