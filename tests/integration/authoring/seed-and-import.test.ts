/**
 * Where the app meets the seed files: `npm run seed` leaves an article the
 * app edited alone and says why (and overwrites it with --force, or refuses
 * --reset over it), and an HTML import becomes clean text once.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDocumentDto, ArticleHistoryDto } from '@newsgraph/model';
import { loadArticles, removeArticles, seedArticles } from '../../../seed/src/index.ts';
import type { RunningServer } from '../../../server/src/index.ts';
import { openTestDriver } from '../../support/driver.ts';
import { requestJson } from '../../support/http.ts';
import { startTestServer } from '../../support/server.ts';
import { CLI_TEST_TIMEOUT_MS, MAIN_FOLDER, MAIN_ID, runSeedCli } from '../seed/helpers.ts';
import { AUTH, AuthoringClient, TOKEN, TOKEN_LABEL, select } from './support.ts';

const HTML_ID = 'newsgraph-2023-03-28-html-import';

describe('the seeder and the app share articles', () => {
  let driver: Driver;
  let server: RunningServer;

  const tiktokAliases = async (): Promise<string[]> =>
    (
      await driver.executeQuery("MATCH (n:Entity {id: 'tiktok'}) RETURN n.aliases AS a")
    ).records[0]?.get('a') as string[];

  beforeAll(async () => {
    driver = openTestDriver();
    await removeArticles({ driver, articleIds: [MAIN_ID, HTML_ID] });
    const [main] = await loadArticles([MAIN_FOLDER]);
    if (!main) throw new Error('the AFP article did not load');
    await seedArticles({ driver, articles: [main.article] });
    server = await startTestServer({ writeToken: TOKEN, writeTokenLabel: TOKEN_LABEL });
    await server.prepared;
  });

  afterAll(async () => {
    await removeArticles({ driver, articleIds: [MAIN_ID, HTML_ID] });
    const [main] = await loadArticles([MAIN_FOLDER]);
    if (main) await seedArticles({ driver, articles: [main.article] });
    await server.close();
    await driver.close();
  });

  it(
    'skips an article edited in the app unless --force, and says why',
    async () => {
      const { body: afp } = await requestJson<ArticleDocumentDto>(
        `${server.url}/api/articles/${MAIN_ID}/document`,
      );
      expect(afp.editedInApp).toBe(false);
      const client = new AuthoringClient(server.url, MAIN_ID);
      client.version = afp.version;
      // The AFP text says "The famous short video platform"; the seed folder lacks the
      // shorter form (it had lacked "the app" until issue #14's correction added it).
      await client.ok({
        kind: 'addAlias',
        entityId: 'tiktok',
        selection: select(afp.text, 'short video platform'),
      });
      expect(await tiktokAliases()).toContain('short video platform');

      const skipped = await runSeedCli([]);
      expect(skipped.code, skipped.stderr).toBe(0);
      expect(skipped.stdout).toContain(
        `[seed] skipped ${MAIN_ID}: edited in the app (version ${client.version}, last changed`,
      );
      expect(skipped.stdout).toContain(
        `by ${TOKEN_LABEL}); export it with GET /api/articles/${MAIN_ID}/seed-folder`,
      );
      expect(await tiktokAliases()).toContain('short video platform');

      const reset = await runSeedCli(['--reset']);
      expect(reset.code).toBe(1);
      expect(reset.stderr).toContain(`--reset would delete articles edited in the app: ${MAIN_ID}`);
      expect(await tiktokAliases()).toContain('short video platform');

      const forced = await runSeedCli(['--force']);
      expect(forced.code, forced.stderr).toBe(0);
      expect(forced.stdout).not.toContain('skipped');
      expect(await tiktokAliases()).not.toContain('short video platform');
      const history = await requestJson<ArticleHistoryDto>(
        `${server.url}/api/articles/${MAIN_ID}/history`,
      );
      expect(
        history.body.changes
          .slice(0, 2)
          .map(({ kind, author, summary }) => ({ kind, author, summary })),
      ).toStrictEqual([
        {
          kind: 'seed',
          author: 'npm run seed',
          summary: 'Written from its seed folder with --force',
        },
        {
          kind: 'addAlias',
          author: TOKEN_LABEL,
          summary: 'Added the alias "short video platform" to tiktok',
        },
      ]);
    },
    CLI_TEST_TIMEOUT_MS * 3,
  );

  it('imports HTML as clean text, verbatim from then on', async () => {
    const html = `<!doctype html><html><head><title>Site name | Story</title><script>alert(1)</script></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Canada bans TikTok on government phones</h1>
      <p>Canada said on 27 February 2023 that TikTok would be removed from
         government-issued   mobile devices, citing an <em>unacceptable</em> level of risk to privacy and security.</p>
      <p>The ban took effect the next day, and users of those devices were blocked from downloading the app again.</p>
      </article><footer>© Example</footer></body></html>`;
    const imported = await requestJson<ArticleDocumentDto>(`${server.url}/api/articles`, {
      headers: AUTH,
      body: {
        id: HTML_ID,
        title: 'Canada bans TikTok on government phones',
        outlet: 'Newsgraph test desk',
        publishedAt: '2023-03-28',
        html,
      },
    });
    expect(imported.status).toBe(201);
    expect(imported.body.text).toBe(
      'Canada bans TikTok on government phones\n\n' +
        'Canada said on 27 February 2023 that TikTok would be removed from government-issued mobile devices, citing an unacceptable level of risk to privacy and security.\n\n' +
        'The ban took effect the next day, and users of those devices were blocked from downloading the app again.\n',
    );
    expect(imported.body.sentences.map((sentence) => sentence.index)).toStrictEqual([0, 1, 2]);
    const both = await requestJson(`${server.url}/api/articles`, {
      headers: AUTH,
      body: { id: HTML_ID, title: 'x', outlet: 'y', publishedAt: '2023-03-28', text: 'a', html },
    });
    expect(both.status).toBe(400);
    const again = await requestJson<{ error: { code: string } }>(`${server.url}/api/articles`, {
      headers: AUTH,
      body: { id: HTML_ID, title: 'x', outlet: 'y', publishedAt: '2023-03-28', text: 'Some text.' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_EXISTS');
  });
});
