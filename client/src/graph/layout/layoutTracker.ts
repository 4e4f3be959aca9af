/**
 * Whether a layout is running and how many have finished. Mutable on
 * purpose: it is read by the test hook at any time, never rendered.
 */
export class LayoutTracker {
  #running = false;
  #runs = 0;
  #waiting: (() => void)[] = [];
  readonly #listeners = new Set<() => void>();

  get running(): boolean {
    return this.#running;
  }

  get runs(): number {
    return this.#runs;
  }

  started(): void {
    this.#running = true;
  }

  finished(): void {
    this.#running = false;
    this.#runs += 1;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const callback of waiting) callback();
    for (const listener of this.#listeners) listener();
  }

  /** Calls back after every layout that finishes from now on; returns the way to stop. */
  onFinished(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves now if no layout is running, else once the running one has finished. */
  idle(): Promise<void> {
    return new Promise((resolve) => this.whenIdle(resolve));
  }

  /** Calls back now if no layout is running, else once the running one has finished (nodes are in place). */
  whenIdle(callback: () => void): void {
    if (this.#running) this.#waiting.push(callback);
    else callback();
  }
}
