import { useState } from 'react';
import type { CypherResultDto, PropertyValue } from '../api/types.ts';

/**
 * Rows drawn at first, and added per click. A query that fills the canvas
 * can return ten thousand rows; drawing them all took longer than laying
 * out the graph (bench/clientBench.ts), and no one reads them in one go.
 */
export const ROWS_PER_PAGE = 100;

function cellText(value: PropertyValue): string {
  if (value === null) return '—';
  if (typeof value !== 'object') return String(value);
  if (!Array.isArray(value)) {
    // Nodes and relationships come back as objects; their name or type reads best.
    const props = value.properties;
    if (typeof props === 'object' && props !== null && !Array.isArray(props)) {
      const name = props.name ?? props.title;
      if (typeof name === 'string') return name;
    }
    if (typeof value.type === 'string') return value.type;
  }
  return JSON.stringify(value);
}

interface ResultsTableProps {
  result: CypherResultDto | null;
  title: string;
}

/** Rows of the last query run, as text; the graph part goes to the canvas. */
export function ResultsTable({ result, title }: ResultsTableProps) {
  // Keyed by the result, so a new result starts again at the first page.
  const [shown, setShown] = useState({ result, count: ROWS_PER_PAGE });
  if (!result) return <p className="muted">Run a saved query or Cypher to see rows here.</p>;
  const { columns, rows, summary } = result;
  const count = shown.result === result ? shown.count : ROWS_PER_PAGE;
  return (
    <div className="results">
      <p className="muted" role="status">
        {title}: {summary.rowCount} row{summary.rowCount === 1 ? '' : 's'} in {summary.ms} ms
        {summary.truncated ? ' (truncated by the server’s row limit)' : ''}.
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, count).map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cellText(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > count ? (
          <button
            type="button"
            className="link"
            onClick={() => setShown({ result, count: count + ROWS_PER_PAGE })}
          >
            Showing {count} of {rows.length} rows. Show{' '}
            {Math.min(ROWS_PER_PAGE, rows.length - count)} more
          </button>
        ) : null}
      </div>
    </div>
  );
}
