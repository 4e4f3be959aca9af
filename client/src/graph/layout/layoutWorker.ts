import { forceLayout } from './forceLayout.ts';
import type { LayoutReply, LayoutRequest } from './layoutMessages.ts';

/**
 * The worker side of layoutClient.ts: lays out one job at a time. A job is
 * never interrupted here; the page replaces the worker to cancel one.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(reply: LayoutReply): void;
};

scope.onmessage = (event) => {
  const { jobId, job } = event.data;
  try {
    scope.postMessage({ jobId, positions: forceLayout(job) });
  } catch (error) {
    scope.postMessage({ jobId, error: error instanceof Error ? error.message : String(error) });
  }
};
