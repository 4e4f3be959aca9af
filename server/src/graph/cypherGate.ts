import { ServerBusyError, TooManyQueriesError } from '../domain/errors.ts';

export interface CypherGateOptions {
  /** Queries from users that may run in Neo4j at once, for the whole server. */
  maxConcurrent: number;
  /** Of those, how many one client may hold. */
  maxPerClient: number;
  /** Queries that may wait for a slot; more get 503 at once. */
  maxQueued: number;
}

interface Waiter {
  clientKey: string;
  grant: () => void;
  timer: NodeJS.Timeout;
}

/**
 * A bounded pool of slots for user Cypher (ad-hoc and saved-query runs).
 * A slot is given back when Neo4j has finished with the query, not when the
 * API answered: a query past its deadline that Neo4j cannot interrupt keeps
 * its slot, so a client cannot pile up work Neo4j is still doing. Waiting has
 * its own deadline; a full pool answers 503 and a greedy client 429, both
 * with Retry-After.
 */
export class CypherGate {
  private running = 0;
  private readonly perClient = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  constructor(private readonly options: CypherGateOptions) {}

  /**
   * Resolves with a release function once a slot is free, or rejects when
   * the client already holds its share, the queue is full, or `waitMs` passes.
   */
  acquire(clientKey: string, waitMs: number): Promise<() => void> {
    const held = this.perClient.get(clientKey) ?? 0;
    if (held >= this.options.maxPerClient) {
      return Promise.reject(
        new TooManyQueriesError(
          `You already have ${held} queries running (the limit is ${this.options.maxPerClient} per client). Wait for them to finish, then retry.`,
          { retryAfterSeconds: 2 },
        ),
      );
    }
    if (this.running < this.options.maxConcurrent && this.queue.length === 0) {
      return Promise.resolve(this.take(clientKey));
    }
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(this.busy());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        clientKey,
        grant: () => {
          clearTimeout(waiter.timer);
          resolve(this.take(clientKey));
        },
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(this.busy());
        }, waitMs),
      };
      this.queue.push(waiter);
    });
  }

  stats(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  private busy(): ServerBusyError {
    return new ServerBusyError(
      `The server is running as many queries as it allows (${this.options.maxConcurrent}) and none finished in time. Retry in a few seconds.`,
      { retryAfterSeconds: 3 },
    );
  }

  private take(clientKey: string): () => void {
    this.running += 1;
    this.perClient.set(clientKey, (this.perClient.get(clientKey) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const left = (this.perClient.get(clientKey) ?? 1) - 1;
      if (left === 0) this.perClient.delete(clientKey);
      else this.perClient.set(clientKey, left);
      this.next();
    };
  }

  /** Hands a freed slot to the first waiter whose client is still under its share. */
  private next(): void {
    if (this.running >= this.options.maxConcurrent) return;
    const index = this.queue.findIndex(
      (waiter) => (this.perClient.get(waiter.clientKey) ?? 0) < this.options.maxPerClient,
    );
    if (index < 0) return;
    const [waiter] = this.queue.splice(index, 1);
    waiter?.grant();
  }
}
