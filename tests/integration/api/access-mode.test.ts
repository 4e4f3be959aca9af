import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapabilitiesDto, SavedQueryDto } from '@newsgraph/model';
import type { RunningServer } from '../../../server/src/index.ts';
import { requestJson } from '../../support/http.ts';
import { startTestServer } from '../../support/server.ts';

const TOKEN = 'shared-mode-test-token-0123456789';
const bearer = { authorization: `Bearer ${TOKEN}` };
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('shared mode with ad-hoc Cypher for token holders', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({
      writeToken: TOKEN,
      access: { mode: 'shared', adhocCypher: 'token', hostIsPrivate: false },
      rateLimitPerMinute: 10_000,
    });
    await server.prepared;
  });

  afterAll(async () => {
    await server.close();
  });

  it('says so at /api/capabilities', async () => {
    const { status, body } = await requestJson<CapabilitiesDto>(`${server.url}/api/capabilities`);
    expect(status).toBe(200);
    expect(body).toStrictEqual({
      accessMode: 'shared',
      editSavedQueries: 'token',
      adhocCypher: 'token',
      editArticles: false,
      limits: { timeoutMs: 5000, rowLimit: 1000, maxConcurrent: 2, maxPerClient: 1 },
    });
  });

  it('offers article edits to the token holder only, and reads a wrong token as no access', async () => {
    const editArticles = async (headers: Record<string, string>) =>
      (await requestJson<CapabilitiesDto>(`${server.url}/api/capabilities`, { headers })).body
        .editArticles;
    expect(await editArticles({})).toBe(false);
    expect(await editArticles({ authorization: 'Bearer not-the-token' })).toBe(false);
    expect(await editArticles(bearer)).toBe(true);
  });

  it('lets anonymous users explore, list and run saved queries', async () => {
    const statuses = await Promise.all(
      ['/api/health', '/api/schema', '/api/search?q=tiktok', '/api/queries'].map(async (route) => [
        route,
        (await requestJson(`${server.url}${route}`)).status,
      ]),
    );
    expect(statuses).toStrictEqual([
      ['/api/health', 200],
      ['/api/schema', 200],
      ['/api/search?q=tiktok', 200],
      ['/api/queries', 200],
    ]);
    const [first] = (await requestJson<SavedQueryDto[]>(`${server.url}/api/queries`)).body;
    if (!first) throw new Error('no starter query');
    const run = await requestJson(`${server.url}/api/queries/${first.id}/run`, { body: {} });
    expect(run.status).toBe(200);
  });

  it('refuses anonymous ad-hoc Cypher with 401, and runs it for the token holder', async () => {
    const query = { query: 'RETURN 1 AS one' };
    const anonymous = await requestJson(`${server.url}/api/cypher`, { body: query });
    expect(anonymous).toMatchObject({
      status: 401,
      body: {
        error: {
          code: 'UNAUTHORIZED',
          message:
            'Running ad-hoc Cypher on this shared server needs "Authorization: Bearer <token>" (EXPLORER_WRITE_TOKEN is set on this server).',
        },
      },
    });
    const wrong = await requestJson(`${server.url}/api/cypher`, {
      body: query,
      headers: { authorization: 'Bearer not-the-token' },
    });
    expect(wrong.status).toBe(403);
    const holder = await requestJson(`${server.url}/api/cypher`, { body: query, headers: bearer });
    expect(holder.status).toBe(200);
  });

  it('refuses anonymous edits with 401 and accepts the token holder’s', async () => {
    const input = { name: `Shared mode ${Date.now()}`, cypher: 'RETURN 1 AS one' };
    expect((await requestJson(`${server.url}/api/queries`, { body: input })).status).toBe(401);
    const created = await requestJson<SavedQueryDto>(`${server.url}/api/queries`, {
      body: input,
      headers: bearer,
    });
    expect(created.status).toBe(201);
    const url = `${server.url}/api/queries/${created.body.id}`;
    expect((await requestJson(url, { method: 'DELETE' })).status).toBe(401);
    expect((await requestJson(url, { method: 'DELETE', headers: bearer })).status).toBe(204);
  });
});

describe('shared mode with ad-hoc Cypher for anyone', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({
      writeToken: TOKEN,
      access: { mode: 'shared', adhocCypher: 'anyone', hostIsPrivate: false },
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('runs anonymous ad-hoc Cypher under the containment, and still guards edits', async () => {
    const run = await requestJson(`${server.url}/api/cypher`, {
      body: { query: 'RETURN 1 AS one' },
    });
    expect(run.status).toBe(200);
    const capabilities = await requestJson<CapabilitiesDto>(`${server.url}/api/capabilities`);
    expect(capabilities.body).toMatchObject({ adhocCypher: 'anyone', editSavedQueries: 'token' });
    const edit = await requestJson(`${server.url}/api/queries`, {
      body: { name: 'x', cypher: 'RETURN 1' },
    });
    expect(edit.status).toBe(401);
  });
});

describe('local mode', () => {
  it('refuses to start on a non-loopback HOST, saying why and what to do', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        HOST: '0.0.0.0',
        PORT: '0',
        EXPLORER_WRITE_TOKEN: '',
        ACCESS_MODE: '',
      },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'HOST=0.0.0.0 would let other machines reach the server, but it runs in local mode',
    );
  });
});
