/** Latency and throughput figures, computed the same way for the API and the raw driver. */
export interface LoadFigures {
  requests: number;
  seconds: number;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function summarise(latenciesMs: number[], seconds: number, errors: number): LoadFigures {
  const sorted = latenciesMs.slice().sort((a, b) => a - b);
  return {
    requests: latenciesMs.length,
    seconds,
    perSecond: Math.round((latenciesMs.length / seconds) * 10) / 10,
    p50ms: Math.round(percentile(sorted, 50) * 100) / 100,
    p99ms: Math.round(percentile(sorted, 99) * 100) / 100,
    errors,
  };
}

/** Runs `operation` from `concurrency` loops for `seconds`, timing each call. */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  operation: () => Promise<unknown>,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        await operation();
        latencies.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(latencies, (performance.now() - began) / 1000, errors);
}
