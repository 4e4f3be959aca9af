import type { CypherResultDto, PropertyValue } from '../api/types.ts';

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
  if (!result) return <p className="muted">Run a saved query or Cypher to see rows here.</p>;
  const { columns, rows, summary } = result;
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
            {rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cellText(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
