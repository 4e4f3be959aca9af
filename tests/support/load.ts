import autocannon from 'autocannon';

/** A mix of what the client does, weighted towards reads; Cypher runs hit the rate limit on purpose. */
export const MIXED_REQUESTS: autocannon.Request[] = [
  { method: 'GET', path: '/api/search?q=tiktok' },
  { method: 'GET', path: '/api/nodes/tiktok' },
  { method: 'GET', path: '/api/nodes/tiktok/neighbors?limit=50' },
  { method: 'GET', path: '/api/graph/overview' },
  { method: 'GET', path: '/api/paths/shortest?from=bytedance&to=oracle' },
  { method: 'GET', path: '/api/queries' },
  { method: 'GET', path: '/api/health' },
  {
    method: 'POST',
    path: '/api/cypher',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'MATCH (n:Entity) RETURN count(n)' }),
  },
];

/** Runs autocannon for `seconds`, counting each status; `done` resolves with its result. */
export function runLoad(
  url: string,
  seconds: number,
  connections: number,
  requests = MIXED_REQUESTS,
) {
  const statusCounts = new Map<number, number>();
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    { url, connections, duration: seconds, requests, timeout: 10 },
    (error, result) => {
      if (error) fail(error);
      else finish(result);
    },
  );
  instance.on('response', (_client: unknown, statusCode: number) => {
    statusCounts.set(statusCode, (statusCounts.get(statusCode) ?? 0) + 1);
  });
  return { instance, statusCounts, done };
}
