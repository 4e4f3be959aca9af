import { describe, expect, it } from 'vitest';
import { ServerBusyError, TooManyQueriesError } from '../domain/errors.ts';
import { CypherGate } from './cypherGate.ts';

describe('CypherGate', () => {
  it('gives each client its share, queues the rest, and hands freed slots on in order', async () => {
    const gate = new CypherGate({ maxConcurrent: 2, maxPerClient: 1, maxQueued: 1 });
    const first = await gate.acquire('a', 1000);
    // Over its share, a client waits for its own query, then gets 429.
    await expect(gate.acquire('a', 30)).rejects.toThrow(TooManyQueriesError);
    const second = await gate.acquire('b', 1000);
    const third = gate.acquire('c', 1000);
    expect(gate.stats()).toStrictEqual({ running: 2, queued: 1 });
    await expect(gate.acquire('d', 1000)).rejects.toThrow(ServerBusyError);
    first();
    first(); // releasing twice frees one slot only
    const release = await third;
    expect(gate.stats()).toStrictEqual({ running: 2, queued: 0 });
    second();
    release();
    expect(gate.stats()).toStrictEqual({ running: 0, queued: 0 });
  });

  it('answers 503 with Retry-After when no slot frees within the wait', async () => {
    const gate = new CypherGate({ maxConcurrent: 1, maxPerClient: 1, maxQueued: 4 });
    await gate.acquire('a', 1000);
    const started = performance.now();
    const error: unknown = await gate.acquire('b', 50).catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(error).toBeInstanceOf(ServerBusyError);
    expect((error as ServerBusyError).status).toBe(503);
    expect((error as ServerBusyError).retryAfterSeconds).toBe(3);
    expect(gate.stats()).toStrictEqual({ running: 1, queued: 0 });
  });
});
