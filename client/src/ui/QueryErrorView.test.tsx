import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/http.ts';
import { QueryErrorView } from './QueryErrorView.tsx';

afterEach(cleanup);

describe('QueryErrorView', () => {
  it('points at the line and column of a Cypher error', () => {
    const error = new ApiError(400, 'CYPHER_SYNTAX_ERROR', 'Invalid input', {
      offset: 21,
      line: 2,
      column: 7,
    });
    render(<QueryErrorView error={error} query={'MATCH (n)\nRETURN m LIMT 1'} />);
    expect(screen.getByRole('alert').textContent).toContain('At line 2, column 7');
    expect(screen.getByRole('alert').querySelector('pre')?.textContent).toBe(
      'RETURN m LIMT 1\n      ^',
    );
  });

  it('says how to get write access when the server refuses a save', () => {
    render(
      <QueryErrorView
        error={new ApiError(401, 'UNAUTHORIZED', 'A bearer token is required.')}
        query=""
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /enter the server’s token under “Write access”/,
    );
  });

  it('says how to get write access when the token is wrong', () => {
    render(
      <QueryErrorView
        error={new ApiError(403, 'FORBIDDEN', 'The bearer token is not valid.')}
        query=""
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/Saving needs write access/);
  });

  it('never mentions the token when the read-only guard refuses a query', () => {
    render(
      <QueryErrorView
        error={
          new ApiError(403, 'READ_ONLY_VIOLATION', 'Only read queries may run here (CREATE found).')
        }
        query="CREATE (n)"
      />,
    );
    const text = screen.getByRole('alert').textContent;
    expect(text).toMatch(/Queries here may only read/);
    expect(text).not.toMatch(/token|write access/i);
  });

  it('explains a stale edit', () => {
    render(
      <QueryErrorView error={new ApiError(409, 'CONFLICT', 'Version 3 is stale.')} query="" />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /Someone else saved this query meanwhile/,
    );
  });
});
