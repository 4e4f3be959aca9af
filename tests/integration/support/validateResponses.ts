/**
 * Vitest setup for the integration project: every answer a test receives
 * from a test server's /api is checked against that server's OpenAPI
 * document (see contract.ts), whichever helper made the request. The check
 * runs beside the test, so that it adds nothing to the times tests measure,
 * and fails the test in afterEach, listing what broke the contract.
 */
import { afterEach } from 'vitest';
import { ContractChecker } from './contract.ts';

type OpenApiDocument = ConstructorParameters<typeof ContractChecker>[0];

const realFetch = globalThis.fetch;
const checkers = new Map<string, Promise<ContractChecker | null>>();
const pending: Promise<string[]>[] = [];

function checkerFor(origin: string): Promise<ContractChecker | null> {
  let checker = checkers.get(origin);
  if (!checker) {
    checker = realFetch(`${origin}/api/openapi.json`)
      .then((response) => response.json())
      .then((document) => new ContractChecker(document as OpenApiDocument))
      // A server a test has just closed cannot serve its document; nothing reached it either.
      .catch(() => null);
    checkers.set(origin, checker);
  }
  return checker;
}

async function check(method: string, url: URL, response: Response): Promise<string[]> {
  const body = await response.text();
  const checker = await checkerFor(url.origin);
  if (!checker) return [];
  return checker.problems({
    method,
    url: url.toString(),
    status: response.status,
    contentType: response.headers.get('content-type'),
    body,
  });
}

globalThis.fetch = async (input, init) => {
  const response = await realFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  // CORS preflights and HEAD are answered by middleware, not by an operation.
  if (url.pathname.startsWith('/api/') && method !== 'OPTIONS' && method !== 'HEAD') {
    pending.push(check(method, url, response.clone()).catch((error: unknown) => [String(error)]));
  }
  return response;
};

afterEach(async () => {
  const problems = (await Promise.all(pending.splice(0))).flat();
  if (problems.length > 0) {
    throw new Error(
      `${String(problems.length)} answer(s) broke the API contract:\n  ${problems.slice(0, 10).join('\n  ')}`,
    );
  }
});
