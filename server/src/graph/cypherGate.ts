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
 * its own deadline; then a client over its share gets 429 and anyone else
 * 503, both with Retry-After. A full queue refuses at once.
 */
export class CypherGate {
  private running = 0;
  private readonly perClient = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  constructor(private readonly options: CypherGateOptions) {}

  /**
   * Resolves with a release function once a slot is free for this client, or
   * rejects when the queue is full or `waitMs` passes.
   */
  acquire(clientKey: string, waitMs: number): Promise<() => void> {
    if (this.queue.length === 0 && this.hasRoomFor(clientKey)) {
      return Promise.resolve(this.take(clientKey));
    }
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(this.refusal(clientKey));
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
          reject(this.refusal(clientKey));
        }, waitMs),
      };
      this.queue.push(waiter);
    });
  }

  stats(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  private hasRoomFor(clientKey: string): boolean {
    return (
      this.running < this.options.maxConcurrent &&
      (this.perClient.get(clientKey) ?? 0) < this.options.maxPerClient
    );
  }

  /** 429 when the client itself holds its share (its own queries are what it waits for), else 503. */
  private refusal(clientKey: string): TooManyQueriesError | ServerBusyError {
    const held = this.perClient.get(clientKey) ?? 0;
    if (held >= this.options.maxPerClient) {
      return new TooManyQueriesError(
        `You already have ${held} ${held === 1 ? 'query' : 'queries'} running (the limit is ${this.options.maxPerClient} per client). Wait for ${held === 1 ? 'it' : 'them'} to finish, then retry.`,
        { retryAfterSeconds: 2 },
      );
    }
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
