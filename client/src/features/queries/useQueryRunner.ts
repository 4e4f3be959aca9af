import { useCallback, useState } from 'react';
import type { QueryParams } from '../../api/explorerApi.ts';
import { ApiError } from '../../api/http.ts';
import type { CypherResultDto, SavedQueryDto } from '../../api/types.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { GRAPH_RECEIVED_MARK, markForBench } from '../../graph/instrumentation/benchHook.ts';
import { addRun, loadRunHistory, saveRunHistory, type RunRecord } from './runHistory.ts';

/** Where a result goes: merged into the canvas, replacing it, or to the table only. */
export type ResultMode = 'add' | 'replace' | 'table';

export interface RunRequest {
  cypher: string;
  params: QueryParams;
  saved: SavedQueryDto | null;
}

export interface ResultDelivery {
  result: CypherResultDto;
  mode: ResultMode;
  title: string;
  saved: SavedQueryDto | null;
  params: QueryParams;
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error));
}

/** Runs saved or ad-hoc Cypher, keeps the last 50 runs in localStorage, and keeps the last error. */
export function useQueryRunner(onResult: (delivery: ResultDelivery) => void) {
  const api = useApi();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<{ error: ApiError; query: string } | null>(null);
  const [runs, setRuns] = useState<RunRecord[]>(() => loadRunHistory());

  const record = useCallback((run: RunRecord) => {
    setRuns((current) => {
      const next = addRun(current, run);
      saveRunHistory(next);
      return next;
    });
  }, []);

  const run = useCallback(
    async ({ cypher, params, saved }: RunRequest, mode: ResultMode) => {
      setRunning(true);
      setFailure(null);
      const base = {
        cypher,
        params,
        queryName: saved?.name ?? null,
        ranAt: new Date().toISOString(),
      };
      try {
        const result = saved
          ? await api.runQuery(saved.id, params)
          : await api.cypher(cypher, params);
        markForBench(GRAPH_RECEIVED_MARK);
        record({ ...base, ok: true, rowCount: result.summary.rowCount, ms: result.summary.ms });
        onResult({ result, mode, title: saved?.name ?? 'Cypher', saved, params });
      } catch (error) {
        const apiError = asApiError(error);
        record({ ...base, ok: false, rowCount: null, ms: null });
        setFailure({ error: apiError, query: cypher });
      } finally {
        setRunning(false);
      }
    },
    [api, onResult, record],
  );

  return { run, running, failure, clearFailure: () => setFailure(null), runs };
}
