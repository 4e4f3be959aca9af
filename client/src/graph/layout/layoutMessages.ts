import type { ForceLayoutJob, Positions } from './forceLayout.ts';

/** What the page and the layout worker say to each other. */
export interface LayoutRequest {
  jobId: number;
  job: ForceLayoutJob;
}

export type LayoutReply =
  { jobId: number; positions: Positions } | { jobId: number; error: string };
