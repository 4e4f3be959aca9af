import type { Page } from 'playwright-core';

/**
 * In-page measurements shared by the app and the bare page: frames per
 * second while the viewport moves every frame, and the longest main-thread
 * task seen by a PerformanceObserver.
 */
export async function installLongTaskObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { __longest: number };
    state.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.__longest = Math.max(state.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function resetLongestTask(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __longest: number }).__longest = 0;
  });
}

export async function longestTaskMs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/** Pans and zooms through `window.cy` once per animation frame for `ms`, counting frames. */
export async function framesPerSecondWhilePanning(page: Page, ms = 3000): Promise<number> {
  return page.evaluate(async (duration) => {
    const cy = (
      window as unknown as {
        cy: { panBy(p: { x: number; y: number }): void; zoom(): number; zoom(z: number): void };
      }
    ).cy;
    let frames = 0;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const tick = (): void => {
        frames += 1;
        const t = performance.now() - start;
        cy.panBy({ x: Math.sin(t / 300) * 8, y: Math.cos(t / 300) * 8 });
        cy.zoom(cy.zoom() * (1 + Math.sin(t / 500) * 0.01));
        if (t < duration) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    return Math.round((frames / ((performance.now() - start) / 1000)) * 10) / 10;
  }, ms);
}
