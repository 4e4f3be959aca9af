import type { Core } from 'cytoscape';
import { useState } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import type { ExportFormat } from '../../api/types.ts';
import type { LayoutTracker } from '../../graph/layout/layoutTracker.ts';
import { downloadBlob, exportPng, exportSvg, type ImageExportOptions } from './exportImage.ts';
import { imageFileName } from './fileNames.ts';
import { pngNotice } from './imageNotice.ts';
import { frameSize, SIZE_CHOICES, type SizeChoice } from './presets.ts';
import { useCanvasVersion } from './useCanvasVersion.ts';
import { usePreview } from './usePreview.ts';

type Format = 'png' | 'svg' | 'pdf' | ExportFormat;
const FORMATS: { value: Format; label: string }[] = [
  { value: 'png', label: 'PNG image' },
  { value: 'svg', label: 'SVG image' },
  { value: 'pdf', label: 'PDF for print (A4)' },
  { value: 'json', label: 'JSON data (this API’s shape)' },
  { value: 'cytoscape', label: 'JSON for Cytoscape.js' },
  { value: 'graphology', label: 'JSON for graphology / sigma.js' },
  { value: 'graphml', label: 'GraphML (Gephi, yEd, networkx)' },
  { value: 'csv', label: 'CSV for neo4j-admin import (zip)' },
  { value: 'cypher', label: 'Cypher script' },
  { value: 'ftm', label: 'FollowTheMoney entities (Aleph)' },
];

interface ExportPanelProps {
  cy: Core | null;
  /** An export waits for a running layout: before it ends, the nodes are not where they will be. */
  tracker: LayoutTracker;
  /** e.g. "Source: AFP, 2023-03-24" */
  sourceLine: string;
  background: string;
  say: (message: string) => void;
}

/** Images drawn by Cytoscape itself (title, legend and source included) and data files from the API. */
export function ExportPanel({ cy, tracker, sourceLine, background, say }: ExportPanelProps) {
  const api = useApi();
  const [format, setFormat] = useState<Format>('png');
  const [scope, setScope] = useState<'graph' | 'selection'>('graph');
  const [scale, setScale] = useState(2);
  const [size, setSize] = useState<SizeChoice>('fit');
  const [labels, setLabels] = useState<'all' | 'selection'>('all');
  const [transparent, setTransparent] = useState(false);
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [credit, setCredit] = useState('');
  const [legend, setLegend] = useState(true);
  const [source, setSource] = useState(true);
  const [spreadsheet, setSpreadsheet] = useState(false);
  const [busy, setBusy] = useState(false);
  const image = format === 'png' || format === 'svg' || format === 'pdf';
  const imageOptions: ImageExportOptions = {
    scope,
    labels,
    // A PDF is an A4 page.
    size: frameSize(format === 'pdf' ? 'a4' : size, scale),
    background: transparent ? null : background,
    annotations: {
      title: title.trim(),
      subtitle: subtitle.trim(),
      legend,
      source: source ? sourceLine : '',
      credit: credit.trim(),
    },
  };
  const canvasVersion = useCanvasVersion(cy, tracker);
  const preview = usePreview(
    cy,
    tracker,
    image ? imageOptions : null,
    JSON.stringify(imageOptions),
    canvasVersion,
  );

  const run = async () => {
    if (!cy) return;
    setBusy(true);
    try {
      // Data files name elements, not positions; an image drawn now would show unplaced nodes.
      if (image && tracker.running) {
        say('Waiting for the layout to finish before exporting…');
        await tracker.idle();
      }
      await exportNow(cy);
    } finally {
      setBusy(false);
    }
  };

  const exportNow = async (cy: Core) => {
    const nodes = scope === 'selection' ? cy.nodes(':selected') : cy.nodes(':visible').not('.more');
    if (nodes.empty()) {
      say(
        scope === 'selection'
          ? 'Select some entities first, or export the whole graph.'
          : 'Nothing to export.',
      );
      return;
    }
    try {
      const names = {
        scope,
        nodeCount: nodes.length,
        title: title.trim(),
        transparent,
        scale,
        ...(size === 'fit' ? {} : { preset: size }),
      };
      if (format === 'png') {
        const png = await exportPng(cy, imageOptions);
        downloadBlob(png.blob, imageFileName({ ...names, format: 'png' }));
        const preset = imageOptions.size;
        const sizes = png.report.textSizes;
        const drawn = Math.min(
          sizes.entityLabels ?? Infinity,
          sizes.relationshipLabels ?? Infinity,
        );
        const box = png.report.legendBox;
        say(
          pngNotice(
            nodes.length,
            png,
            preset?.kind === 'preset' && preset.labelPx !== undefined && drawn < Infinity
              ? { drawn, readable: preset.labelPx }
              : null,
            box ? ((box.x2 - box.x1) * (box.y2 - box.y1)) / (png.width * png.height) : null,
          ),
        );
        return;
      } else if (format === 'pdf') {
        const { exportPdf } = await import('./exportPdf.ts');
        const pdf = await exportPdf(cy, imageOptions);
        downloadBlob(pdf, imageFileName({ ...names, preset: 'a4', format: 'pdf' }));
      } else if (format === 'svg') {
        const svg = await exportSvg(cy, imageOptions);
        downloadBlob(
          new Blob([svg], { type: 'image/svg+xml' }),
          imageFileName({ ...names, format: 'svg' }),
        );
      } else {
        const edges =
          scope === 'selection' ? nodes.edgesWith(nodes) : cy.edges(':visible').not('.more');
        const file = await api.exportGraph({
          nodeIds: nodes.map((n) => n.id()),
          edgeIds: edges.map((e) => e.id()),
          format,
          ...(format === 'csv' ? { csvFormulaGuard: spreadsheet } : {}),
        });
        downloadBlob(file.blob, file.fileName);
      }
      say(`Exported ${String(nodes.length)} entities as ${format.toUpperCase()}.`);
    } catch (error) {
      say(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <form
      className="export-form"
      aria-label="Export"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <label>
        Format{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>What</legend>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'graph'}
            onChange={() => setScope('graph')}
          />{' '}
          Visible graph
        </label>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'selection'}
            onChange={() => setScope('selection')}
          />{' '}
          Selection only
        </label>
      </fieldset>
      {format === 'png' || format === 'svg' ? (
        <label>
          Size{' '}
          <select value={size} onChange={(e) => setSize(e.target.value as SizeChoice)}>
            {SIZE_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {format === 'png' && size === 'fit' ? (
        <label>
          Scale{' '}
          <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {format === 'csv' ? (
        <label>
          <input
            type="checkbox"
            checked={spreadsheet}
            onChange={(e) => setSpreadsheet(e.target.checked)}
          />{' '}
          For a spreadsheet (guards formulas; not for database import)
        </label>
      ) : null}
      {image ? (
        <>
          <label>
            <input
              type="checkbox"
              checked={transparent}
              onChange={(e) => setTransparent(e.target.checked)}
            />{' '}
            Transparent background
          </label>
          <label>
            Title{' '}
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder="optional"
            />
          </label>
          <label>
            Subtitle{' '}
            <input
              value={subtitle}
              onChange={(e) => setSubtitle(e.target.value)}
              placeholder="optional"
            />
          </label>
          <label>
            Credit{' '}
            <input
              value={credit}
              onChange={(e) => setCredit(e.target.value)}
              placeholder="e.g. Graphic: your name"
            />
          </label>
          <fieldset>
            <legend>Full entity labels</legend>
            <label>
              <input
                type="radio"
                name="export-labels"
                checked={labels === 'all'}
                onChange={() => setLabels('all')}
              />{' '}
              On every entity (moved apart to fit)
            </label>
            <label>
              <input
                type="radio"
                name="export-labels"
                checked={labels === 'selection'}
                onChange={() => setLabels('selection')}
              />{' '}
              On selected entities only
            </label>
          </fieldset>
          <label>
            <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />{' '}
            Legend
          </label>
          <label>
            <input type="checkbox" checked={source} onChange={(e) => setSource(e.target.checked)} />{' '}
            Source line ({sourceLine})
          </label>
        </>
      ) : null}
      {image && preview ? (
        <figure className="export-preview">
          <img src={preview} alt="Preview of the exported image" data-testid="export-preview" />
        </figure>
      ) : null}
      <button type="submit" className="primary" disabled={busy || !cy}>
        {busy ? 'Exporting…' : 'Export'}
      </button>
    </form>
  );
}
