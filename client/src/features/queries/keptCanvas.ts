import type { CypherResultDto } from '../../api/types.ts';

/**
 * Why "Replace canvas" left the canvas as it was: the result has nothing
 * to draw, so replacing would only have emptied it.
 */
export function keptCanvasReason(title: string, result: CypherResultDto): string {
  const rows = result.summary.rowCount;
  const what =
    rows === 0
      ? 'returned no rows'
      : `returned ${String(rows)} ${rows === 1 ? 'row' : 'rows'} but no nodes or relationships (see the table)`;
  return `${title} ${what}, so the canvas was kept. Return nodes, relationships or paths to draw them.`;
}
