/**
 * Merging two entities across article documents, through the HTTP API on
 * the test Neo4j: "Bytedance Ltd" (two small fixture articles of ours) is
 * ByteDance (the AFP article's). The merge rewrites both fixture documents
 * in one transaction; the graph it leaves equals what the seeder writes from
 * the documents a person would have written by hand; its revert gives back
 * exactly the graph before; every refusal writes nothing at all.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiErrorDto,
  ArticleDocumentDto,
  ArticleHistoryDto,
  EntityRedirectDto,
  MergePlanDto,
  MergeResultDto,
  MergeRevertResultDto,
} from '@newsgraph/model';
import {
  loadArticles,
  removeArticles,
  seedArticles,
  type SeedArticle,
} from '../../../seed/src/index.ts';
import type { RunningServer } from '../../../server/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { requestJson } from '../../support/http.ts';
import { startTestServer } from '../../support/server.ts';
import { dumpSeedData, MAIN_FOLDER, MAIN_ID } from '../seed/helpers.ts';
import { AUTH, AuthoringClient, TOKEN, TOKEN_LABEL, dumpDatabase } from './support.ts';
import { expectedDocuments, expectedPlan } from './mergeExpected.ts';

const ONE = 'newsgraph-2023-03-28-merge-one';
const TWO = 'newsgraph-2023-03-29-merge-two';
const fixture = (id: string) => path.join(import.meta.dirname, 'fixtures', id);
const ALL = [MAIN_ID, ONE, TWO];

/** A document's entities and relationships in the seed format's shape (no sentence indexes). */
const withoutSentenceIndexes = ({ entities, relationships }: ArticleDocumentDto) => ({
  entities,
  relationships: relationships.map((r) => ({
    ...r,
    evidence: r.evidence.map(({ sentenceIndex: _index, ...evidence }) => evidence),
  })),
});

// One story: each step builds on the one before, so the steps keep their order.
describe('merging entities', { shuffle: false }, () => {
  let driver: Driver;
  let server: RunningServer;
  let articles: SeedArticle[];
  let before: Awaited<ReturnType<typeof graph>>;
  let afterMerge: Awaited<ReturnType<typeof graph>>;

  /** Entities and relationships (with their evidence) of the three articles. */
  const graph = async () => {
    const { entities, relationships } = await dumpSeedData(driver, ALL);
    return { entities, relationships };
  };
  const post = <T>(route: string, body: object, headers: Record<string, string> = AUTH) =>
    requestJson<T>(`${server.url}/api${route}`, { body, headers });
  const get = <T>(route: string) => requestJson<T>(`${server.url}/api${route}`, { headers: AUTH });
  const versions = async (): Promise<Record<string, number>> => {
    const [one, two] = await Promise.all(
      [ONE, TWO].map((id) => get<ArticleDocumentDto>(`/articles/${id}/document`)),
    );
    return { [ONE]: one?.body.version ?? -1, [TWO]: two?.body.version ?? -1 };
  };
  const merge = { from: 'bytedance-ltd', into: 'bytedance' };

  beforeAll(async () => {
    driver = openTestDriver();
    await removeArticles({ driver, articleIds: ALL });
    articles = (await loadArticles([MAIN_FOLDER, fixture(ONE), fixture(TWO)])).map(
      (loaded) => loaded.article,
    );
    await seedArticles({ driver, articles });
    server = await startTestServer({ writeToken: TOKEN, writeTokenLabel: TOKEN_LABEL });
    await server.prepared;
    before = await graph();
    // A cold Neo4j on 2 busy cores took over two minutes to seed the AFP article.
  }, 300_000);

  afterAll(async () => {
    await removeArticles({ driver, articleIds: [ONE, TWO] });
    await server.close();
    await driver.close();
  });

  it('refuses each bad merge with its error, and writes nothing', async () => {
    const database = await dumpDatabase(driver);
    const refusals: [object, Record<string, string>, number, string][] = [
      [{ ...merge, into: 'bytedance-ltd' }, AUTH, 400, 'INVALID_INPUT'],
      [{ ...merge, from: 'no-such-entity' }, AUTH, 400, 'UNKNOWN_ENTITY'],
      [{ ...merge, into: 'tiktok' }, AUTH, 409, 'MERGE_CONFLICT'],
      [{ ...merge, into: 'tiktok', type: 'Person' }, AUTH, 400, 'INVALID_INPUT'],
      // A generic AFP entity into ByteDance, which other articles use too.
      [
        { from: `${MAIN_ID}-chinese-companies`, into: 'bytedance', type: 'Company' },
        AUTH,
        409,
        'MERGE_CONFLICT',
      ],
      // Into a generic AFP entity: the fixtures' Bytedance Ltd would cross into the AFP article's group.
      [
        { ...merge, into: `${MAIN_ID}-chinese-companies`, type: 'Group' },
        AUTH,
        409,
        'MERGE_CONFLICT',
      ],
      [{ ...merge, expectedVersions: { [ONE]: 0, [TWO]: 1 } }, AUTH, 409, 'VERSION_CONFLICT'],
      [{ ...merge, expectedVersions: { [ONE]: 1 } }, AUTH, 409, 'VERSION_CONFLICT'],
      [{ ...merge, expectedVersions: await versions() }, {}, 401, 'UNAUTHORIZED'],
      [
        { ...merge, expectedVersions: await versions() },
        { authorization: 'Bearer wrong-token-0123456789' },
        403,
        'FORBIDDEN',
      ],
    ];
    for (const [body, headers, status, code] of refusals) {
      const route = 'expectedVersions' in body ? '/entities/merge' : '/entities/merge/preview';
      const response = await post<ApiErrorDto>(route, body, headers);
      expect({ body, status: response.status, code: response.body.error.code }).toStrictEqual({
        body,
        status,
        code,
      });
    }
    const stale = await post<ApiErrorDto>('/entities/merge', {
      ...merge,
      expectedVersions: { [ONE]: 0, [TWO]: 1 },
    });
    expect(stale.body.error.details).toStrictEqual({ currentVersions: await versions() });
    expect(await dumpDatabase(driver)).toStrictEqual(database);
  });

  it('previews the merge without writing, then merges both articles in one change each', async () => {
    const database = await dumpDatabase(driver);
    const preview = await post<MergePlanDto>('/entities/merge/preview', merge);
    expect(preview.status).toBe(200);
    expect(preview.body).toStrictEqual(expectedPlan(await versions()));
    expect(await dumpDatabase(driver)).toStrictEqual(database);

    const expectedVersions = await versions();
    const done = await post<MergeResultDto>('/entities/merge', { ...merge, expectedVersions });
    expect(done.status).toBe(200);
    const { mergeId, changes, ...plan } = done.body;
    expect(plan).toStrictEqual(expectedPlan(expectedVersions));
    expect(
      changes.map(({ articleId, change }) => [
        articleId,
        change.kind,
        change.version,
        change.mergeId,
        change.author,
      ]),
    ).toStrictEqual([
      [ONE, 'merge', (expectedVersions[ONE] ?? 0) + 1, mergeId, TOKEN_LABEL],
      [TWO, 'merge', (expectedVersions[TWO] ?? 0) + 1, mergeId, TOKEN_LABEL],
    ]);

    const documents = await Promise.all(
      [ONE, TWO].map(
        async (id) => (await get<ArticleDocumentDto>(`/articles/${id}/document`)).body,
      ),
    );
    const expected = expectedDocuments(articles);
    expect(documents.map(withoutSentenceIndexes)).toStrictEqual(
      expected.map(({ entities, relationships }) => ({ entities, relationships })),
    );
    const history = await get<ArticleHistoryDto>(`/articles/${TWO}/history`);
    expect(history.body.changes[0]?.summary).toBe(
      'Merged Bytedance Ltd (bytedance-ltd) into ByteDance (bytedance) across 2 article(s); 2 relationship(s) combined, 1 dropped as self-loops',
    );

    // The old id leads to the kept entity; the kept one leads to itself.
    const resolved = await get<EntityRedirectDto>('/entities/bytedance-ltd/resolve');
    expect(resolved.body).toStrictEqual({ id: 'bytedance-ltd', resolvedId: 'bytedance', mergeId });
    const itself = await get<EntityRedirectDto>('/entities/bytedance/resolve');
    expect(itself.body).toStrictEqual({ id: 'bytedance', resolvedId: 'bytedance' });
    expect((await get<ApiErrorDto>('/nodes/bytedance-ltd')).status).toBe(404);

    // Every document the merge read (the AFP one lists ByteDance) is unlocked again.
    expect((await dumpDatabase(driver)).filter((line) => line.includes('lockToken'))).toStrictEqual(
      [],
    );
    afterMerge = await graph();
    const owns = afterMerge.relationships.find((r) => r.properties.id === 'bytedance-owns-tiktok');
    expect(owns?.properties.evidenceArticleIds).toContain(ONE);
  });

  it('reverts the merge as a whole, giving back exactly the graph before', async () => {
    const history = await get<ArticleHistoryDto>(`/articles/${ONE}/history`);
    const mergeChange = history.body.changes[0];
    const mergeId = mergeChange?.mergeId ?? '';

    // One article's part cannot be undone alone.
    const client = new AuthoringClient(server.url, ONE);
    client.version = history.body.version;
    const alone = await client.revert(mergeChange?.version ?? 0);
    expect([alone.status, (alone.body as unknown as ApiErrorDto).error.code]).toStrictEqual([
      409,
      'REVERT_CONFLICT',
    ]);

    // A later edit in between, on what the merge changed, stands in the way.
    const two = new AuthoringClient(server.url, TWO);
    two.version = (await versions())[TWO] ?? 0;
    const removed = await two.edit({
      kind: 'removeAlias',
      entityId: 'bytedance',
      alias: 'Bytedance Ltd',
    });
    expect(removed.status).toBe(200);
    const database = await dumpDatabase(driver);
    const blocked = await post<ApiErrorDto>(`/merges/${mergeId}/revert`, {});
    expect([blocked.status, blocked.body.error.code]).toStrictEqual([409, 'REVERT_CONFLICT']);
    expect(blocked.body.error.message).toContain(TWO);
    expect(await dumpDatabase(driver)).toStrictEqual(database);
    expect((await two.revert(removed.body.change.version)).status).toBe(200);

    const reverted = await post<MergeRevertResultDto>(`/merges/${mergeId}/revert`, {});
    expect(reverted.status).toBe(200);
    expect(
      reverted.body.changes.map(({ articleId, change }) => [
        articleId,
        change.kind,
        change.mergeId,
      ]),
    ).toStrictEqual([
      [ONE, 'revert', mergeId],
      [TWO, 'revert', mergeId],
    ]);
    expect(await graph()).toStrictEqual(before);
    const documents = await Promise.all(
      [ONE, TWO].map(
        async (id) => (await get<ArticleDocumentDto>(`/articles/${id}/document`)).body,
      ),
    );
    const seeded = articles.filter((a) => a.id !== MAIN_ID);
    expect(documents.map(withoutSentenceIndexes)).toStrictEqual(
      seeded.map(({ entities, relationships }) => ({ entities, relationships })),
    );
    expect((await get<ApiErrorDto>('/entities/bytedance-ltd/resolve')).body).toStrictEqual({
      id: 'bytedance-ltd',
      resolvedId: 'bytedance-ltd',
    });
    // Nor can one article's part of the merge's revert be undone alone.
    const oneRevert = reverted.body.changes[0]?.change.version ?? 0;
    client.version = oneRevert;
    const redo = await client.revert(oneRevert);
    expect([redo.status, (redo.body as unknown as ApiErrorDto).error.code]).toStrictEqual([
      409,
      'REVERT_CONFLICT',
    ]);
    const again = await post<ApiErrorDto>(`/merges/${mergeId}/revert`, {});
    expect([again.status, again.body.error.code]).toStrictEqual([409, 'REVERT_CONFLICT']);
  });

  it('left the graph the seeder writes from the merged documents, written by hand', async () => {
    await removeArticles({ driver, articleIds: [ONE, TWO] });
    await seedArticles({
      driver,
      articles: [articles[0] as SeedArticle, ...expectedDocuments(articles)],
    });
    expect(await graph()).toStrictEqual(afterMerge);
  }, 240_000);
});
