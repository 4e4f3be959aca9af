/**
 * The response cache: serialized answers of the read routes, kept in memory
 * and keyed by route and normalized input, each stamped with the graph
 * revision it was read at (docs/architecture-server.md, "Response cache").
 *
 * Why it cannot serve stale data: a request reads the current revision R
 * from Neo4j after it arrives, so R counts every write acknowledged before
 * that (each writer bumps R in its own transaction). An entry stamped R was
 * read from Neo4j after R was current, so it includes those writes too.
 * Entries of other revisions are never served.
 */
import type { Request, Response } from 'express';
import { ByteLru } from './byteLru.ts';
import { matchesIfNoneMatch, strongEtag } from './etag.ts';

/** A request with this header and value skips the cache (the benchmark's uncached figures). */
export const BYPASS_HEADER = 'x-response-cache';
export const BYPASS_VALUE = 'bypass';
/** Tells how an answer was made: hit, miss, bypass (asked) or off (RESPONSE_CACHE_MB=0). */
export const OUTCOME_HEADER = 'X-Response-Cache';

interface Entry {
  revision: number;
  status: number;
  body: Buffer;
  etag: string;
  readonly bytes: number;
}

export interface ResponseCacheOptions {
  maxBytes: number;
  /** The graph revision as Neo4j has it now (one small read, shared by requests that arrive together). */
  revision: () => Promise<number>;
}

export interface CacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
}

type Outcome = 'hit' | 'miss' | 'bypass' | 'off';

export class ResponseCache {
  private readonly lru: ByteLru<Entry>;

  constructor(private readonly options: ResponseCacheOptions) {
    this.lru = new ByteLru(options.maxBytes);
  }

  stats(): CacheStats {
    return { entries: this.lru.size, bytes: this.lru.bytes, maxBytes: this.lru.maxBytes };
  }

  /**
   * Answers from the cache when it holds `key` at the current revision, or
   * runs `produce`, serializes its result once and keeps the bytes. Without
   * a result (the handler wrote its own answer) nothing is kept.
   */
  async serve(
    request: Request,
    response: Response,
    key: string,
    status: number,
    produce: () => Promise<unknown>,
  ): Promise<void> {
    const bypass = request.get(BYPASS_HEADER) === BYPASS_VALUE;
    if (bypass || this.options.maxBytes === 0) {
      const result = await produce();
      if (result !== undefined)
        send(request, response, toEntry(result, status, -1), bypass ? 'bypass' : 'off');
      return;
    }
    const revision = await this.options.revision();
    const cached = this.lru.get(key);
    if (cached?.revision === revision) {
      send(request, response, cached, 'hit');
      return;
    }
    const result = await produce();
    if (result === undefined) return;
    const entry = toEntry(result, status, revision);
    // A slower request of an older revision must not replace a newer entry.
    const current = this.lru.get(key);
    if (current === undefined || current.revision <= revision) this.lru.set(key, entry);
    send(request, response, entry, 'miss');
  }
}

function toEntry(result: unknown, status: number, revision: number): Entry {
  const body = Buffer.from(JSON.stringify(result));
  return { revision, status, body, etag: strongEtag(body), bytes: body.length };
}

function send(request: Request, response: Response, entry: Entry, outcome: Outcome): void {
  if (response.headersSent) return;
  response.setHeader('ETag', entry.etag);
  // Browsers keep the answer but ask again each time, with If-None-Match.
  response.setHeader('Cache-Control', 'no-cache');
  response.setHeader(OUTCOME_HEADER, outcome);
  const conditional = request.method === 'GET' || request.method === 'HEAD';
  if (conditional && matchesIfNoneMatch(request.get('if-none-match'), entry.etag)) {
    response.status(304).end();
    return;
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', entry.body.length);
  response.status(entry.status).end(entry.body);
}
