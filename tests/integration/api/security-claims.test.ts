import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../server/src/index.ts';
import { testNeo4j } from '../../support/neo4jEnv.ts';
import { startServerProcess, type ServerProcess } from '../../support/serverProcess.ts';
import { startTestServer } from '../../support/server.ts';

// What SECURITY.md promises about CORS, response headers and logs, checked on the real server.

describe('CORS is off unless CORS_ORIGINS lists the origin', () => {
  let closed: RunningServer;
  let open: RunningServer;

  beforeAll(async () => {
    closed = await startTestServer();
    open = await startTestServer({ corsOrigins: ['https://newsroom.example'] });
  });

  afterAll(async () => {
    await Promise.all([closed.close(), open.close()]);
  });

  const preflight = (server: RunningServer, origin: string) =>
    fetch(`${server.url}/api/cypher`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });

  it('by default, no origin may call the API from a browser', async () => {
    const response = await preflight(closed, 'https://newsroom.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${closed.url}/api/health`, {
      headers: { Origin: 'https://newsroom.example' },
    });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a listed origin may, and only that one', async () => {
    const allowed = await preflight(open, 'https://newsroom.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET,POST,PUT,DELETE');
    const other = await preflight(open, 'https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it('every response carries a strict CSP and the helmet headers', async () => {
    for (const path of ['/api/health', '/api/no/such/route', '/']) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .map(([name = '', ...values]) => [name, values] as const),
      );
      expect(directives.get('script-src'), path).toStrictEqual(["'self'"]);
      expect(directives.get('default-src'), path).toStrictEqual(["'self'"]);
      expect(directives.get('object-src'), path).toStrictEqual(["'none'"]);
      expect(directives.get('frame-ancestors'), path).toStrictEqual(["'self'"]);
      expect(csp, path).not.toMatch(/unsafe-eval/);
      expect(directives.get('script-src'), path).not.toContain("'unsafe-inline'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-powered-by'), path).toBeNull();
    }
  });
});

describe('logs hold no secrets', () => {
  const TOKEN = 'log-probe-write-token-5531';
  const PARAM_SECRET = 'log-probe-param-secret-7719';
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess({ EXPLORER_WRITE_TOKEN: TOKEN, LOG_LEVEL: 'trace' });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('neither the write token, the Neo4j password nor query parameters reach the log', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
    // A write with the right token, one with a wrong token, and failing Cypher with a secret parameter.
    await fetch(`${server.url}/api/queries/no-such-query`, { method: 'DELETE', headers });
    await fetch(`${server.url}/api/queries/no-such-query`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}-wrong` },
    });
    await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: 'MATCH (n) WHERE n.x = $password RETRUN n',
        params: { password: PARAM_SECRET, token: PARAM_SECRET },
      }),
    });
    // The log did record these requests, so an empty log cannot pass this test.
    await expect
      .poll(() => server.output().match(/"url":"\/api\/(queries\/no-such-query|cypher)"/g)?.length)
      .toBe(3);
    const log = server.output();
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain(PARAM_SECRET);
    expect(log).not.toContain(testNeo4j().password);
    expect(log.toLowerCase()).not.toContain('bearer');
  });
});
