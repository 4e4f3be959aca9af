import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CypherResultDto } from '../api/types.ts';
import { ResultsTable, ROWS_PER_PAGE } from './ResultsTable.tsx';

afterEach(cleanup);

function result(rowCount: number): CypherResultDto {
  return {
    columns: ['n'],
    rows: Array.from({ length: rowCount }, (_, i) => [i]),
    graph: { nodes: [], edges: [] },
    summary: { ms: 1, truncated: false, rowCount },
  };
}

const bodyRows = () => document.querySelectorAll('tbody tr').length;

describe('ResultsTable', () => {
  it('draws a first page of a long result and more on request', () => {
    render(<ResultsTable result={result(ROWS_PER_PAGE * 2 + 5)} title="Cypher" />);
    expect(bodyRows()).toBe(ROWS_PER_PAGE);
    fireEvent.click(screen.getByRole('button', { name: /Show 100 more/ }));
    expect(bodyRows()).toBe(ROWS_PER_PAGE * 2);
    fireEvent.click(screen.getByRole('button', { name: /Show 5 more/ }));
    expect(bodyRows()).toBe(ROWS_PER_PAGE * 2 + 5);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('starts again at the first page for a new result', () => {
    const { rerender } = render(<ResultsTable result={result(300)} title="Cypher" />);
    fireEvent.click(screen.getByRole('button', { name: /more/ }));
    rerender(<ResultsTable result={result(300)} title="Cypher" />);
    expect(bodyRows()).toBe(ROWS_PER_PAGE);
  });

  it('draws a short result whole', () => {
    render(<ResultsTable result={result(3)} title="Cypher" />);
    expect(bodyRows()).toBe(3);
    expect(screen.getByRole('status').textContent).toContain('3 rows');
  });
});
