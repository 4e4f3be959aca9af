import type * as PageLayoutModule from './forceLayout.ts';
import type { ForceLayoutJob, Positions } from './forceLayout.ts';
import type { LayoutReply, LayoutRequest } from './layoutMessages.ts';

type PageLayout = typeof PageLayoutModule;

// A chunk of its own, so fcose stays out of the page's entry bundle.
const loadPageLayout = (): Promise<PageLayout> => import('./forceLayout.ts');

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Thrown (as a rejection) for a job that a newer one replaced before it finished. */
export class LayoutSuperseded extends Error {
  constructor() {
    super('A newer layout replaced this one.');
    this.name = 'LayoutSuperseded';
  }
}

interface PendingJob {
  jobId: number;
  job: ForceLayoutJob;
  resolve: (positions: Positions) => void;
  reject: (error: Error) => void;
}

/**
 * Runs force layouts in a Web Worker, one at a time. A new job cancels the
 * running one by terminating the worker: fcose cannot be interrupted, and
 * a user who changes the view mid-layout should not wait for the old one.
 * Where a worker cannot start (an old browser, a strict policy), the job
 * runs on the page instead, with the same result.
 *
 * Jobs of at most `pageMaxNodes` nodes run on the page from the start: the
 * worker script carries its own Cytoscape (about 170 KB gzipped), and a
 * small graph such as the start view lays out on the page in tens of
 * milliseconds, so the first visit need not download it at all.
 */
export class LayoutWorkerClient {
  readonly #pageMaxNodes: number;
  #worker: Worker | null = null;
  #pending: PendingJob | null = null;
  #nextJobId = 1;
  #workerFailed = false;
  /** The page's layout module, once this client's own import of it has come back. */
  #pageLayout: PageLayout | null = null;

  constructor({ pageMaxNodes = 0 }: { pageMaxNodes?: number } = {}) {
    this.#pageMaxNodes = pageMaxNodes;
    // The first small job will run on the page: fetch fcose now, while the data loads.
    if (pageMaxNodes > 0)
      void loadPageLayout().then(
        (module) => (this.#pageLayout ??= module),
        () => undefined,
      );
  }

  run(job: ForceLayoutJob): Promise<Positions> {
    this.#cancelPending();
    const jobId = this.#nextJobId++;
    return new Promise<Positions>((resolve, reject) => {
      this.#pending = { jobId, job, resolve, reject };
      const worker = job.nodes.length <= this.#pageMaxNodes ? null : this.#ensureWorker();
      if (worker) {
        const request: LayoutRequest = { jobId, job };
        worker.postMessage(request);
      } else {
        this.#runOnPage(jobId, job);
      }
    });
  }

  /** Drops the running job, if any (another kind of layout is taking over). */
  cancel(): void {
    this.#cancelPending();
  }

  dispose(): void {
    this.#cancelPending();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #cancelPending(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    // The worker is busy with the old job; a fresh one starts the new job at once.
    this.#worker?.terminate();
    this.#worker = null;
    pending.reject(new LayoutSuperseded());
  }

  #ensureWorker(): Worker | null {
    if (this.#worker || this.#workerFailed) return this.#worker;
    try {
      const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<LayoutReply>) => {
        this.#settle(event.data);
      };
      worker.onerror = (event) => {
        // The worker script could not load or crashed: finish this job, and later ones, on the page.
        event.preventDefault();
        this.#workerFailed = true;
        this.#worker?.terminate();
        this.#worker = null;
        const pending = this.#pending;
        if (pending) this.#runOnPage(pending.jobId, pending.job);
      };
      this.#worker = worker;
    } catch {
      this.#workerFailed = true;
    }
    return this.#worker;
  }

  #runOnPage(jobId: number, job: ForceLayoutJob): void {
    // Once the chunk is here, run at once, in the caller's task: a promise's turn would let
    // the browser draw the graph unplaced first (a 100 ms draw of the start view, thrown away).
    if (this.#pageLayout) {
      this.#settle(this.#layOutOnPage(jobId, job, this.#pageLayout));
      return;
    }
    loadPageLayout()
      .then((module) => {
        this.#pageLayout ??= module;
        if (this.#pending?.jobId !== jobId) return;
        this.#settle(this.#layOutOnPage(jobId, job, module));
      })
      .catch((error: unknown) => {
        this.#settle({ jobId, error: errorText(error) });
      });
  }

  #layOutOnPage(jobId: number, job: ForceLayoutJob, module: PageLayout): LayoutReply {
    try {
      return { jobId, positions: module.forceLayout(job) };
    } catch (error) {
      return { jobId, error: errorText(error) };
    }
  }

  #settle(reply: LayoutReply): void {
    const pending = this.#pending;
    if (pending?.jobId !== reply.jobId) return;
    this.#pending = null;
    if ('positions' in reply) pending.resolve(reply.positions);
    else pending.reject(new Error(`The layout failed: ${reply.error}`));
  }
}
