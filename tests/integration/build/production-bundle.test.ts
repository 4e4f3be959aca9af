import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLE, FIXTURE_ARTICLE_ID } from '../../../client/src/api/fixtureGraph.ts';
import { buildClientIfStale, CLIENT_DIST } from '../../../tools/clientBuild.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Strings only the fixture API's data holds: its article id, and sentences
 * of its article plain enough (ASCII) to survive minification unchanged.
 */
function fixtureMarkers(): string[] {
  const plain = FIXTURE_ARTICLE.sentences
    .map((sentence) => sentence.text)
    .filter((text) => /^[\x20-\x7e]+$/.test(text));
  return [FIXTURE_ARTICLE_ID, ...plain];
}

beforeAll(async () => {
  await buildClientIfStale();
}, 180_000);

describe('the production bundle (client/dist)', () => {
  it('holds no fixture code: the fixture API is for tests and the dev server only', () => {
    const chunks = filesUnder(CLIENT_DIST).filter((file) => /\.(js|mjs|map|html)$/.test(file));
    expect(chunks.some((file) => file.endsWith('.js'))).toBe(true);
    const markers = fixtureMarkers();
    // Enough markers that a renamed id alone cannot make this pass.
    expect(markers.length).toBeGreaterThanOrEqual(4);
    const found = chunks.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return markers
        .filter((marker) => text.includes(marker))
        .map((marker) => `${path.relative(CLIENT_DIST, file)}: "${marker}"`);
    });
    expect(found).toStrictEqual([]);
  });
});
