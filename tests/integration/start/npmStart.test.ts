import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientIfStale } from '../../../tools/clientBuild.ts';
import { testNeo4j } from '../../support/neo4jEnv.ts';
import { seedTestDatabase } from '../../support/seedTestDatabase.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const AFP_ARTICLE = 'afp-2023-03-24-china-tiktok-data';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function waitUntilHealthy(url: string, app: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`npm start exited early (${app.exitCode})`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no healthy answer from ${url} within ${timeoutMs} ms`);
}

let app: ChildProcess | undefined;
// Other files leave the test database in whatever state they need; seeding
// it here first times what a user's everyday start does: find every article
// unchanged (or edited in the app), write nothing, and serve.
beforeAll(() => seedTestDatabase());
afterAll(() => {
  if (app?.exitCode === null) app.kill('SIGKILL');
});

// What `npm start` runs (package.json), against the test instance: NEO4J_URI
// names a Neo4j that is not the launcher's dev instance, so it is used as is.
describe('npm start (node tools/launch.mjs)', () => {
  it('serves the seeded app, then stops cleanly on SIGTERM', async () => {
    // The start would build the client itself; building it first keeps the
    // build out of the timed wait and off the e2e suites' toes.
    await buildClientIfStale();
    const port = await freePort();
    const neo4j = testNeo4j();
    const output: string[] = [];
    app = spawn(process.execPath, [path.join(repoRoot, 'tools', 'launch.mjs')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    app.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    app.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    await waitUntilHealthy(url, app, 90_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${output.join('')}`);
    });

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const articles = (await (await fetch(`${url}/api/articles`)).json()) as { id: string }[];
    expect(articles.map((article) => article.id)).toContain(AFP_ARTICLE);
    expect(output.join('')).toMatch(/\[start\] .*article\(s\) written, \d+ unchanged/);

    const exited = new Promise<number | null>((resolve) => app?.once('exit', resolve));
    app.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
