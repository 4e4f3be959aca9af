/**
 * Whether a layout is running and how many have finished. Mutable on
 * purpose: it is read by the test hook at any time, never rendered.
 */
export class LayoutTracker {
  #running = false;
  #runs = 0;

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
  }
}
