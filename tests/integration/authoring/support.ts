/**
 * Shared pieces of the authoring tests: the follow-up article fixture,
 * selections found in its text the way a reader's selection gives them
 * (UTF-16 offsets, never typed by hand), calls to the authoring API, and a
 * dump of the whole database to prove that a refused edit wrote nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type {
  ArticleChangeResultDto,
  ArticleDocumentDto,
  ArticleEditDto,
  SelectionDto,
} from '@newsgraph/model';
import { requestJson, type JsonResponse } from '../../support/http.ts';

export const TOKEN = 'authoring-test-token-0123456789';
export const TOKEN_LABEL = 'test editor';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

export const FOLLOW_UP_TEXT = readFileSync(
  path.join(import.meta.dirname, 'fixtures', 'follow-up.txt'),
  'utf8',
);

/** What the import sends; the id is chosen so that it sorts after the AFP article's. */
export const FOLLOW_UP = {
  id: 'newsgraph-2023-03-27-tiktok-hearing-follow-up',
  title: 'After the hearing, TikTok faces new bans on official phones',
  outlet: 'Newsgraph test desk',
  publishedAt: '2023-03-27',
  language: 'en',
  url: 'https://example.org/newsgraph/tiktok-hearing-follow-up',
  text: FOLLOW_UP_TEXT,
};

/** The selection of the `occurrence`-th appearance of `phrase` in `text`. */
export function select(text: string, phrase: string, occurrence = 1): SelectionDto {
  let start = -1;
  for (let n = 0; n < occurrence; n += 1) {
    start = text.indexOf(phrase, start + 1);
    if (start === -1) throw new Error(`"${phrase}" occurs fewer than ${occurrence} times`);
  }
  return { start, end: start + phrase.length, text: phrase };
}

export class AuthoringClient {
  version = 0;

  constructor(
    readonly baseUrl: string,
    readonly articleId: string,
    readonly headers: Record<string, string> = AUTH,
  ) {}

  async importArticle(body: object): Promise<JsonResponse<ArticleDocumentDto>> {
    const response = await requestJson<ArticleDocumentDto>(`${this.baseUrl}/api/articles`, {
      body,
      headers: this.headers,
    });
    if (response.status === 201) this.version = response.body.version;
    return response;
  }

  /** Sends an edit at the version last seen; remembers the new version when it succeeds. */
  async edit(
    edit: ArticleEditDto | Record<string, unknown>,
  ): Promise<JsonResponse<ArticleChangeResultDto>> {
    return this.post('edits', { expectedVersion: this.version, edit });
  }

  async ok(edit: ArticleEditDto): Promise<ArticleChangeResultDto> {
    const response = await this.edit(edit);
    if (response.status !== 200) {
      throw new Error(`${edit.kind} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  publish(): Promise<JsonResponse<ArticleChangeResultDto>> {
    return this.post('publish', { expectedVersion: this.version });
  }

  revert(version: number): Promise<JsonResponse<ArticleChangeResultDto>> {
    return this.post('revert', { expectedVersion: this.version, version });
  }

  private async post(action: string, body: object): Promise<JsonResponse<ArticleChangeResultDto>> {
    const response = await requestJson<ArticleChangeResultDto>(
      `${this.baseUrl}/api/articles/${this.articleId}/${action}`,
      { body, headers: this.headers },
    );
    if (response.status === 200) this.version = response.body.article.version;
    return response;
  }
}

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/**
 * Every node and relationship in the database with all its properties, as
 * sorted lines: equal dumps mean nothing at all was written in between.
 */
export async function dumpDatabase(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(`
    MATCH (n) RETURN 'node' AS kind, labels(n) AS labels, properties(n) AS properties, null AS ends
    UNION ALL
    MATCH (a)-[r]->(b)
    RETURN 'rel' AS kind, [type(r)] AS labels, properties(r) AS properties,
           [coalesce(a.id, elementId(a)), coalesce(b.id, elementId(b))] AS ends`);
  return records
    .map((record) => {
      const properties = record.get('properties') as Record<string, unknown>;
      const sorted = Object.fromEntries(
        Object.keys(properties)
          .sort()
          .map((key) => [key, plain(properties[key])]),
      );
      return JSON.stringify([
        record.get('kind'),
        (record.get('labels') as string[]).slice().sort(),
        record.get('ends'),
        sorted,
      ]);
    })
    .sort();
}
