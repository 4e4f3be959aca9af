import type { ExportFormat } from '../../api/types.ts';

export interface ImageFileRequest {
  format: 'png' | 'svg' | 'pdf';
  /** Selection only or the whole visible graph. */
  scope: 'selection' | 'graph';
  nodeCount: number;
  scale?: number;
  /** A size preset (social, slide, a4); the scale is then not part of the name. */
  preset?: string;
  transparent?: boolean;
  title?: string;
  date?: Date;
}

/** Lower-case, dash-separated, at most 40 characters: safe on every file system. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Names that say what the file holds, e.g.
 * `newsgraph-tiktok-data-selection-3-entities-2x-transparent-2024-05-01.png`.
 */
export function imageFileName(request: ImageFileRequest): string {
  const parts = ['newsgraph'];
  const title = request.title ? slug(request.title) : '';
  if (title) parts.push(title);
  parts.push(request.scope === 'selection' ? 'selection' : 'graph');
  parts.push(`${String(request.nodeCount)}-entities`);
  if (request.preset) parts.push(request.preset);
  if (request.format === 'png') {
    if (!request.preset) parts.push(`${String(request.scale ?? 1)}x`);
    if (request.transparent) parts.push('transparent');
  }
  parts.push(day(request.date ?? new Date()));
  return `${parts.join('-')}.${request.format}`;
}

const EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  cytoscape: 'cytoscape.json',
  graphology: 'graphology.json',
  graphml: 'graphml',
  csv: 'zip',
  cypher: 'cypher',
  ftm: 'ftm.ndjson',
};

/** Used when the server sends no Content-Disposition name. */
export function dataFileName(
  format: ExportFormat,
  scope: 'selection' | 'graph',
  nodeCount: number,
  date: Date = new Date(),
): string {
  return `newsgraph-${scope}-${String(nodeCount)}-entities-${day(date)}.${EXTENSIONS[format]}`;
}
