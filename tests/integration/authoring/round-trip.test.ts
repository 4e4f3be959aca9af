/**
 * Issue #14's round trip: a second article is authored through the HTTP
 * API only (selections found in its text, never typed offsets), published,
 * exported with the AFP article as seed folders, checked by `npm run seed
 * -- --check`, and seeded into an emptied database: entities,
 * relationships, evidence, articles, sentences and ids are identical.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDocumentDto, SeedFolderDto } from '@newsgraph/model';
import {
  loadArticles,
  removeArticles,
  resetSeedData,
  seedArticles,
} from '../../../seed/src/index.ts';
import type { RunningServer } from '../../../server/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { requestJson } from '../../support/http.ts';
import { startTestServer } from '../../support/server.ts';
import {
  CLI_TEST_TIMEOUT_MS,
  dumpSeedData,
  MAIN_FOLDER,
  MAIN_ID,
  runSeedCli,
} from '../seed/helpers.ts';
import { AUTH, AuthoringClient, FOLLOW_UP, TOKEN, TOKEN_LABEL, select } from './support.ts';

const ID = FOLLOW_UP.id;
const text = FOLLOW_UP.text;

describe('an article authored in the app round-trips through seed folders', () => {
  let driver: Driver;
  let server: RunningServer;
  let client: AuthoringClient;
  let folderRoot: string;

  beforeAll(async () => {
    driver = openTestDriver();
    await removeArticles({ driver, articleIds: [MAIN_ID, ID] });
    const [main] = await loadArticles([MAIN_FOLDER]);
    if (!main) throw new Error('the AFP article did not load');
    await seedArticles({ driver, articles: [main.article] });
    server = await startTestServer({ writeToken: TOKEN, writeTokenLabel: TOKEN_LABEL });
    await server.prepared;
    client = new AuthoringClient(server.url, ID);
    folderRoot = mkdtempSync(path.join(tmpdir(), 'newsgraph-authoring-'));
  });

  afterAll(async () => {
    await removeArticles({ driver, articleIds: [ID] });
    // Leave the AFP article as every other file expects it: seeded from its own folder.
    const [main] = await loadArticles([MAIN_FOLDER]);
    if (main) await seedArticles({ driver, articles: [main.article], force: true });
    await server.close();
    await driver.close();
    rmSync(folderRoot, { recursive: true, force: true });
  });

  it(
    'authors, publishes, exports, checks and re-seeds to the same graph',
    async () => {
      const imported = await client.importArticle(FOLLOW_UP);
      expect(imported.status).toBe(201);
      expect(imported.body).toMatchObject({ id: ID, status: 'draft', version: 1, text });

      // Entities: four new ones, and AFP entities reused by id (aliases, endpoints).
      const committee = await client.ok({
        kind: 'createEntity',
        selection: select(text, 'House Energy and Commerce Committee'),
        as: 'name',
        type: 'GovernmentBody',
      });
      expect(committee.createdId).toBe('house-energy-and-commerce-committee');
      await client.ok({
        kind: 'addAlias',
        entityId: 'house-energy-and-commerce-committee',
        selection: select(text, 'The committee'),
      });
      await client.ok({
        kind: 'createEntity',
        selection: select(text, 'Cathy McMorris Rodgers'),
        as: 'name',
        type: 'Person',
        description: 'Chair of the House Energy and Commerce Committee.',
      });
      await client.ok({
        kind: 'createEntity',
        selection: select(text, 'French government'),
        as: 'alias',
        name: 'Government of France',
        type: 'Government',
        id: 'french-government',
      });
      await client.ok({
        kind: 'createEntity',
        selection: select(text, 'New Zealand'),
        as: 'name',
        type: 'Country',
      });
      await client.ok({
        kind: 'addAlias',
        entityId: 'shou-zi-chew',
        selection: select(text, 'Chew', 2),
      });
      await client.ok({
        kind: 'addAlias',
        entityId: 'bytedance',
        selection: select(text, 'the Chinese company ByteDance'),
      });
      await client.ok({ kind: 'addAlias', entityId: 'tiktok', selection: select(text, 'the app') });

      // Relationships, each with its quote from a selection.
      await client.ok({
        kind: 'createRelationship',
        type: 'TESTIFIED_BEFORE',
        from: 'shou-zi-chew',
        to: 'house-energy-and-commerce-committee',
        attribution: 'narrated',
        date: '2023-03-23',
        evidence: select(
          text,
          'Shou Zi Chew, the chief executive of TikTok, was questioned for about five hours by the House Energy and Commerce Committee',
        ),
      });
      await client.ok({
        kind: 'createRelationship',
        type: 'PART_OF',
        from: 'cathy-mcmorris-rodgers',
        to: 'house-energy-and-commerce-committee',
        attribution: 'narrated',
        evidence: select(text, "The committee's chair, Cathy McMorris Rodgers"),
      });
      const denial = await client.ok({
        kind: 'createRelationship',
        type: 'DENIES',
        from: 'shou-zi-chew',
        to: 'claim-tiktok-gives-chinese-authorities-user-data',
        attribution: 'attributed',
        stance: 'denies',
        speaker: 'shou-zi-chew',
        evidence: select(
          text,
          'Chew denied that TikTok had ever shared the data of American users with the Chinese government',
        ),
      });
      expect(denial.createdId).toBe(
        'shou-zi-chew-denies-claim-tiktok-gives-chinese-authorities-user-data',
      );
      const claim = await client.ok({
        kind: 'createClaim',
        selection: select(text, 'the app should be banned in the United States'),
        name: 'TikTok should be banned in the United States',
        speaker: 'cathy-mcmorris-rodgers',
        stanceType: 'ASSERTS',
        evidence: select(
          text,
          'Cathy McMorris Rodgers, told him at the start of the hearing that the app should be banned in the United States',
        ),
      });
      expect(claim.createdId).toBe('claim-tiktok-should-be-banned-in-the-united-states');

      // Publishing writes the graph; edits after it rewrite it at once.
      const published = await client.publish();
      expect(published.status).toBe(200);
      expect(published.body.article.status).toBe('published');

      await client.ok({
        kind: 'addEvidence',
        relationshipId: 'bytedance-owns-tiktok',
        evidence: select(text, 'TikTok is owned by the Chinese company ByteDance'),
      });
      await client.ok({
        kind: 'createRelationship',
        type: 'BANS',
        from: 'french-government',
        to: 'tiktok',
        attribution: 'narrated',
        date: '2023-03-24',
        scope: 'work phones of civil servants',
        evidence: select(
          text,
          'the French government banned recreational apps such as TikTok from the work phones of civil servants',
        ),
      });
      await client.ok({
        kind: 'createRelationship',
        type: 'BANS',
        from: 'new-zealand',
        to: 'tiktok',
        attribution: 'narrated',
        scope: "devices with access to the parliament's network",
        evidence: select(
          text,
          "TikTok would be removed from devices with access to its parliament's network",
        ),
      });

      const { body: article } = await requestJson<ArticleDocumentDto>(
        `${server.url}/api/articles/${ID}/document`,
        { headers: AUTH },
      );
      const reused = [
        'shou-zi-chew',
        'bytedance',
        'tiktok',
        'claim-tiktok-gives-chinese-authorities-user-data',
      ];
      expect(article.entities.length).toBeGreaterThanOrEqual(6);
      expect(reused.every((id) => article.entities.some((e) => e.id === id))).toBe(true);
      expect(article.relationships.length).toBeGreaterThanOrEqual(6);

      // The AFP relationship now carries both articles' quotes, the new one after AFP's.
      const owns = await driver.executeQuery(
        "MATCH ()-[r:OWNS {id: 'bytedance-owns-tiktok'}]->() RETURN r.evidenceArticleIds AS ids, r.evidenceQuotes AS quotes",
      );
      const ids = owns.records[0]?.get('ids') as string[];
      const quotes = owns.records[0]?.get('quotes') as string[];
      expect(ids.at(-1)).toBe(ID);
      expect(new Set(ids.slice(0, -1))).toStrictEqual(new Set([MAIN_ID]));
      expect(quotes.at(-1)).toBe('TikTok is owned by the Chinese company ByteDance');

      const history = await requestJson<{ changes: { author: string; kind: string }[] }>(
        `${server.url}/api/articles/${ID}/history`,
      );
      expect(history.body.changes.at(-1)).toMatchObject({ kind: 'import', author: TOKEN_LABEL });
      expect(history.body.changes.length).toBe(client.version);

      const authored = await dumpSeedData(driver, [MAIN_ID, ID]);

      for (const id of [MAIN_ID, ID]) {
        const folder = await requestJson<SeedFolderDto>(
          `${server.url}/api/articles/${id}/seed-folder`,
        );
        expect(folder.status).toBe(200);
        mkdirSync(path.join(folderRoot, id));
        for (const [name, content] of Object.entries(folder.body.files)) {
          writeFileSync(path.join(folderRoot, id, name), content);
        }
      }
      const check = await runSeedCli(['--check', '--dir', folderRoot]);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);

      await resetSeedData({ driver });
      const left = await driver.executeQuery(
        'MATCH (n) WHERE n:Entity OR n:Article OR n:Sentence OR n:ArticleDocument RETURN count(n) AS n',
      );
      expect(Number(left.records[0]?.get('n'))).toBe(0);
      const seeded = await runSeedCli(['--dir', folderRoot]);
      expect(seeded.code, seeded.stderr).toBe(0);

      expect(await dumpSeedData(driver, [MAIN_ID, ID])).toStrictEqual(authored);
    },
    CLI_TEST_TIMEOUT_MS * 2,
  );
});
