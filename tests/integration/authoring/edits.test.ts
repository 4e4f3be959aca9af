/**
 * The authoring API's guarantees: drafts stay out of sight and out of the
 * graph until published; every bad edit gets its own error and writes
 * nothing at all (a dump of the whole database before and after); a stale
 * version gets 409; a change is reverted as a new change.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  ApiErrorDto,
  ArticleDocumentSummaryDto,
  ArticleHistoryDto,
  ArticleSummaryDto,
  SearchResultDto,
} from '@newsgraph/model';
import { loadArticles, removeArticles, seedArticles } from '../../../seed/src/index.ts';
import type { RunningServer } from '../../../server/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { requestJson } from '../../support/http.ts';
import { startTestServer } from '../../support/server.ts';
import { dumpSeedData, MAIN_FOLDER, MAIN_ID } from '../seed/helpers.ts';
import {
  AUTH,
  AuthoringClient,
  FOLLOW_UP,
  TOKEN,
  TOKEN_LABEL,
  dumpDatabase,
  select,
} from './support.ts';

const ID = 'newsgraph-2023-03-27-authoring-edits';
const text = FOLLOW_UP.text;

describe('authoring edits', () => {
  let driver: Driver;
  let server: RunningServer;
  let client: AuthoringClient;

  const get = <T>(path: string, headers: Record<string, string> = {}) =>
    requestJson<T>(`${server.url}${path}`, { headers });

  beforeAll(async () => {
    driver = openTestDriver();
    // From scratch, so no other file's leftovers change what the dumps below compare.
    await removeArticles({ driver, articleIds: [MAIN_ID, ID] });
    const [main] = await loadArticles([MAIN_FOLDER]);
    if (!main) throw new Error('the AFP article did not load');
    await seedArticles({ driver, articles: [main.article] });
    server = await startTestServer({ writeToken: TOKEN, writeTokenLabel: TOKEN_LABEL });
    await server.prepared;
  });

  // Each test starts from a fresh draft of the follow-up article.
  beforeEach(async () => {
    await removeArticles({ driver, articleIds: [ID] });
    client = new AuthoringClient(server.url, ID);
    const imported = await client.importArticle({ ...FOLLOW_UP, id: ID });
    expect(imported.status).toBe(201);
  });

  afterAll(async () => {
    await removeArticles({ driver, articleIds: [ID] });
    await server.close();
    await driver.close();
  });

  it('keeps a draft out of sight and out of the graph until it is published', async () => {
    await client.ok({
      kind: 'createEntity',
      selection: select(text, 'Cathy McMorris Rodgers'),
      as: 'name',
      type: 'Person',
    });
    const ids = (list: { id: string }[]) => list.map((item) => item.id);

    const anonymous = await get<ArticleDocumentSummaryDto[]>('/api/authoring/articles');
    expect(ids(anonymous.body)).not.toContain(ID);
    expect(ids(anonymous.body)).toContain(MAIN_ID);
    const writer = await get<ArticleDocumentSummaryDto[]>('/api/authoring/articles', AUTH);
    expect(writer.body.find((item) => item.id === ID)).toMatchObject({
      status: 'draft',
      version: 2,
      updatedBy: TOKEN_LABEL,
    });
    for (const path of ['document', 'history', 'seed-folder']) {
      expect((await get(`/api/articles/${ID}/${path}`)).status).toBe(404);
      expect((await get(`/api/articles/${ID}/${path}`, AUTH)).status).toBe(200);
      const wrong = await get<ApiErrorDto>(`/api/articles/${ID}/${path}`, {
        authorization: 'Bearer not-the-token-at-all',
      });
      expect(wrong.status).toBe(403);
    }
    expect(ids((await get<ArticleSummaryDto[]>('/api/articles')).body)).not.toContain(ID);
    const search = () => get<SearchResultDto>('/api/search?q=McMorris');
    expect((await search()).body.hits).toStrictEqual([]);

    expect((await client.publish()).status).toBe(200);
    expect(ids((await get<ArticleDocumentSummaryDto[]>('/api/authoring/articles')).body)).toContain(
      ID,
    );
    expect(ids((await get<ArticleSummaryDto[]>('/api/articles')).body)).toContain(ID);
    expect((await search()).body.hits.map((hit) => hit.node.id)).toStrictEqual([
      'cathy-mcmorris-rodgers',
    ]);
    expect((await get(`/api/articles/${ID}/document`)).status).toBe(200);
  });

  it('refuses each bad edit with its own error and writes nothing', async () => {
    await client.ok({
      kind: 'addAlias',
      entityId: 'shou-zi-chew',
      selection: select(text, 'Chew', 2),
    });
    expect((await client.publish()).status).toBe(200);
    const denial = {
      kind: 'createRelationship',
      type: 'DENIES',
      from: 'shou-zi-chew',
      to: 'claim-tiktok-gives-chinese-authorities-user-data',
      attribution: 'attributed',
      stance: 'denies',
      speaker: 'shou-zi-chew',
      evidence: select(text, 'Chew denied that TikTok had ever shared the data of American users'),
    } as const;
    const quote = denial.evidence;
    const cases: {
      name: string;
      send: () => ReturnType<AuthoringClient['edit']>;
      status: number;
      code: string;
    }[] = [
      {
        name: 'a quote that is not the text at its offsets',
        send: () =>
          client.edit({
            ...denial,
            evidence: { ...quote, text: 'Chew admitted that TikTok had shared the data' },
          }),
        status: 400,
        code: 'SELECTION_MISMATCH',
      },
      {
        name: 'a quote past the end of the text',
        send: () =>
          client.edit({ ...denial, evidence: { start: text.length - 2, end: text.length + 40 } }),
        status: 400,
        code: 'SELECTION_MISMATCH',
      },
      {
        name: 'a stance that contradicts the type',
        send: () => client.edit({ ...denial, stance: 'asserts' }),
        status: 400,
        code: 'INVALID_EDIT',
      },
      {
        name: 'an unknown entity',
        send: () => client.edit({ ...denial, from: 'no-such-entity' }),
        status: 400,
        code: 'UNKNOWN_ENTITY',
      },
      {
        name: 'a duplicate of a shared entity',
        send: () =>
          client.edit({
            kind: 'createEntity',
            selection: select(text, 'TikTok'),
            as: 'name',
            type: 'Product',
          }),
        status: 409,
        code: 'ALREADY_EXISTS',
      },
      {
        name: 'a relationship that the graph already states under another id',
        send: () =>
          client.edit({
            kind: 'createRelationship',
            type: 'CEO_OF',
            from: 'shou-zi-chew',
            to: 'tiktok',
            attribution: 'narrated',
            evidence: select(text, 'Shou Zi Chew, the chief executive of TikTok'),
          }),
        status: 409,
        code: 'ALREADY_EXISTS',
      },
      {
        name: 'a stale version',
        send: () =>
          requestJson(`${server.url}/api/articles/${ID}/edits`, {
            body: { expectedVersion: client.version - 1, edit: denial },
            headers: AUTH,
          }),
        status: 409,
        code: 'VERSION_CONFLICT',
      },
      {
        name: 'no write token',
        send: () =>
          requestJson(`${server.url}/api/articles/${ID}/edits`, {
            body: { expectedVersion: client.version, edit: denial },
          }),
        status: 401,
        code: 'UNAUTHORIZED',
      },
      {
        name: 'a wrong write token',
        send: () =>
          requestJson(`${server.url}/api/articles/${ID}/edits`, {
            body: { expectedVersion: client.version, edit: denial },
            headers: { authorization: 'Bearer not-the-token-at-all' },
          }),
        status: 403,
        code: 'FORBIDDEN',
      },
    ];
    for (const { name, send, status, code } of cases) {
      const before = await dumpDatabase(driver);
      const response = await send();
      const body = response.body as unknown as ApiErrorDto;
      expect({ name, status: response.status, code: body.error.code }).toStrictEqual({
        name,
        status,
        code,
      });
      expect(await dumpDatabase(driver), name).toStrictEqual(before);
    }
    const stance = await client.edit({ ...denial, stance: 'asserts' });
    expect((stance.body as unknown as ApiErrorDto).error.details).toStrictEqual({
      issues: [
        {
          path: '$.relationships[0].stance',
          field: 'edit.stance',
          message: 'a DENIES relationship must be attributed with stance "denies"',
        },
      ],
    });
    const stale = await requestJson<ApiErrorDto>(`${server.url}/api/articles/${ID}/edits`, {
      body: { expectedVersion: client.version - 1, edit: denial },
      headers: AUTH,
    });
    expect(stale.body.error.details).toStrictEqual({ currentVersion: client.version });

    // The good edit goes through, and two editors racing on one version get one 200 and one 409.
    const race = await Promise.all([client.edit(denial), client.edit(denial)]);
    expect(race.map((response) => response.status).sort()).toStrictEqual([200, 409]);
  });

  it('reverts a change as a new change, on the document and in the graph', async () => {
    expect((await client.publish()).status).toBe(200);
    await client.ok({
      kind: 'createEntity',
      selection: select(text, 'House Energy and Commerce Committee'),
      as: 'name',
      type: 'GovernmentBody',
    });
    const beforeAlias = await dumpSeedData(driver, [MAIN_ID, ID]);
    // An alias no other article lists, so that the revert takes it off the shared entity
    // ("the app" served until issue #14 added it to the AFP article's TikTok).
    const alias = await client.ok({
      kind: 'addAlias',
      entityId: 'shou-zi-chew',
      selection: select(text, 'the chief executive of TikTok'),
    });
    const aliasesOf = async () =>
      (
        await driver.executeQuery(
          "MATCH (n:Entity {id: 'shou-zi-chew'}) RETURN n.aliases AS aliases",
        )
      ).records[0]?.get('aliases') as string[];
    expect(await aliasesOf()).toContain('the chief executive of TikTok');

    const reverted = await client.revert(alias.change.version);
    expect(reverted.status).toBe(200);
    expect(reverted.body.change).toMatchObject({
      kind: 'revert',
      revertOf: alias.change.version,
      author: TOKEN_LABEL,
    });
    expect(await aliasesOf()).not.toContain('the chief executive of TikTok');
    expect(await dumpSeedData(driver, [MAIN_ID, ID])).toStrictEqual(beforeAlias);

    const history = await get<ArticleHistoryDto>(`/api/articles/${ID}/history`);
    expect(history.body.changes.map((change) => change.kind)).toStrictEqual([
      'revert',
      'addAlias',
      'createEntity',
      'publish',
      'import',
    ]);

    const publish = history.body.changes.find((change) => change.kind === 'publish');
    const refused = await client.revert(publish?.version ?? 0);
    expect(refused.status).toBe(409);
    expect((refused.body as unknown as ApiErrorDto).error.code).toBe('REVERT_CONFLICT');
  });
});
