/**
 * Vitest setup for the integration project: every answer a test receives
 * from a test server's /api is checked against that server's OpenAPI
 * document (see contract.ts), whichever helper made the request. During the
 * test only the answer is kept (and the document fetched, once per server);
 * the checking waits for afterEach, so that it adds no work beside the
 * requests that tests time, and fails the test there, listing what broke.
 */
import { afterEach } from 'vitest';
import { ContractChecker, type ObservedResponse } from './contract.ts';

type OpenApiDocument = ConstructorParameters<typeof ContractChecker>[0];

const realFetch = globalThis.fetch;
const documents = new Map<string, Promise<OpenApiDocument | null>>();
const checkers = new Map<string, ContractChecker>();
const observed: Promise<ObservedResponse>[] = [];

function documentOf(origin: string): Promise<OpenApiDocument | null> {
  let document = documents.get(origin);
  if (!document) {
    document = realFetch(`${origin}/api/openapi.json`)
      .then((response) => response.json() as Promise<OpenApiDocument>)
      // A server a test has just closed cannot serve its document; nothing reached it either.
      .catch(() => null);
    documents.set(origin, document);
  }
  return document;
}

async function observe(method: string, url: URL, response: Response): Promise<ObservedResponse> {
  return {
    method,
    url: url.toString(),
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text(),
  };
}

globalThis.fetch = async (input, init) => {
  const response = await realFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  // CORS preflights and HEAD are answered by middleware, not by an operation.
  if (url.pathname.startsWith('/api/') && method !== 'OPTIONS' && method !== 'HEAD') {
    void documentOf(url.origin);
    observed.push(observe(method, url, response.clone()));
  }
  return response;
};

async function problemsOf(answer: ObservedResponse): Promise<string[]> {
  const origin = new URL(answer.url).origin;
  let checker = checkers.get(origin);
  if (!checker) {
    const document = await documentOf(origin);
    if (!document) return [];
    checker = new ContractChecker(document);
    checkers.set(origin, checker);
  }
  return checker.problems(answer);
}

afterEach(async () => {
  const answers = await Promise.allSettled(observed.splice(0));
  const problems: string[] = [];
  for (const answer of answers) {
    // A body cut off by a test that aborted its request is no answer to check.
    if (answer.status === 'fulfilled') problems.push(...(await problemsOf(answer.value)));
  }
  if (problems.length > 0) {
    throw new Error(
      `${String(problems.length)} answer(s) broke the API contract:\n  ${problems.slice(0, 10).join('\n  ')}`,
    );
  }
});
