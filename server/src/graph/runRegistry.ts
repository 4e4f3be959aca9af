import type { Driver } from 'neo4j-driver';
import { FIND_TAGGED_TRANSACTIONS, TERMINATE_TRANSACTIONS } from './queries/transactions.ts';

export interface WatchdogLogger {
  warn(payload: object, message: string): void;
  error(payload: object, message: string): void;
}

export interface RunRegistryOptions {
  /** How often the watchdog looks at runs past their deadline. */
  checkEveryMs?: number;
  /** Past the deadline by this much, a run is reported as beyond interruption. */
  escalateAfterMs?: number;
}

export interface RunStats {
  /** Queries Neo4j is working on for this server, including overdue ones. */
  inFlight: number;
  /** Queries already answered with 504 that Neo4j has not let go of yet. */
  overdue: number;
}

interface Run {
  deadlineAt: number;
  overdue: boolean;
  escalated: boolean;
}

/**
 * Knows every query this server has running in Neo4j. When one passes its
 * deadline it terminates the transaction by id from a separate session, and a
 * watchdog keeps terminating and logging until Neo4j lets go. Work inside one
 * expression ignores termination (see SECURITY.md); for those the watchdog's
 * last step is an error log that names the transaction and says to restart
 * Neo4j, and the concurrency gate keeps counting them until they end.
 */
export class RunRegistry {
  private readonly runs = new Map<string, Run>();
  private watchdog: NodeJS.Timeout | undefined;
  private readonly checkEveryMs: number;
  private readonly escalateAfterMs: number;

  constructor(
    private readonly driver: Driver,
    /** The database whose transactions it watches (SessionOptions' `database`). */
    private readonly session: { database: string | undefined },
    private readonly logger: WatchdogLogger,
    options: RunRegistryOptions = {},
  ) {
    this.checkEveryMs = options.checkEveryMs ?? 2000;
    this.escalateAfterMs = options.escalateAfterMs ?? 10_000;
  }

  track(runId: string, deadlineAt: number, settled: Promise<void>): void {
    this.runs.set(runId, { deadlineAt, overdue: false, escalated: false });
    void settled.then(() => {
      const run = this.runs.get(runId);
      this.runs.delete(runId);
      if (run?.overdue) {
        this.logger.warn(
          { runId, pastDeadlineMs: Math.round(performance.now() - run.deadlineAt) },
          'overdue query finally ended in Neo4j',
        );
      }
      if (![...this.runs.values()].some((other) => other.overdue)) this.stopWatchdog();
    });
  }

  /** Called at the deadline: the caller has had its 504; now make Neo4j stop. */
  overdue(runId: string): void {
    const run = this.runs.get(runId);
    if (!run) return;
    run.overdue = true;
    void this.terminate([runId]);
    this.watchdog ??= setInterval(() => void this.check(), this.checkEveryMs).unref();
  }

  stats(): RunStats {
    let overdue = 0;
    for (const run of this.runs.values()) if (run.overdue) overdue += 1;
    return { inFlight: this.runs.size, overdue };
  }

  stopWatchdog(): void {
    clearInterval(this.watchdog);
    this.watchdog = undefined;
  }

  private async check(): Promise<void> {
    const now = performance.now();
    const late = [...this.runs.entries()].filter(([, run]) => run.overdue);
    if (late.length === 0) return;
    for (const [runId, run] of late) {
      const pastDeadlineMs = Math.round(now - run.deadlineAt);
      if (!run.escalated && pastDeadlineMs > this.escalateAfterMs) {
        run.escalated = true;
        this.logger.error(
          { runId, pastDeadlineMs },
          'Neo4j keeps running a terminated query (work inside one expression cannot be interrupted). ' +
            'It holds a concurrency slot until it ends; if it does not, restart Neo4j (npm run db:stop && npm run db:start).',
        );
      }
    }
    await this.terminate(late.map(([runId]) => runId));
  }

  /** SHOW TRANSACTIONS finds our runs by their metadata tag; TERMINATE stops what can be stopped. */
  private async terminate(runIds: string[]): Promise<void> {
    const session = this.driver.session({ database: this.session.database });
    try {
      const found = await session.run(FIND_TAGGED_TRANSACTIONS, { runIds });
      const ids = found.records.map((record) => String(record.get('transactionId')));
      if (ids.length === 0) return;
      await session.run(TERMINATE_TRANSACTIONS, { ids });
      this.logger.warn({ runIds, transactionIds: ids }, 'terminated queries past their deadline');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn({ runIds, reason }, 'could not terminate queries past their deadline');
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}
