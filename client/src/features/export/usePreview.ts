import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import type { LayoutTracker } from '../../graph/layout/layoutTracker.ts';
import { exportPng, type ImageExportOptions } from './exportImage.ts';
import type { FrameSize } from './frame.ts';

/** Preview width in CSS pixels; the panel is 300 px wide. */
const PREVIEW_WIDTH = 280;
/** Typing a title should not redraw on every key. */
export const PREVIEW_DEBOUNCE_MS = 400;

/** The same frame, shrunk so the preview is cheap to draw: presets keep their proportions. */
export function previewSize(size: FrameSize): FrameSize {
  if (size.kind === 'fit') return { kind: 'fit', scale: 0.5 };
  const k = Math.min(1, (2 * PREVIEW_WIDTH) / size.width);
  return {
    ...size,
    width: Math.round(size.width * k),
    height: Math.round(size.height * k),
    unit: size.unit * k,
    ...(size.labelPx === undefined ? {} : { labelPx: size.labelPx * k }),
  };
}

/**
 * An object URL of a small PNG of the export as it would be saved, redrawn
 * (debounced) whenever `key` changes (the options, serialised by the caller)
 * or the canvas does (`canvasVersion`). It is not drawn while a layout runs:
 * the nodes are not in place yet, and the layout's end changes the version.
 */
export function usePreview(
  cy: Core | null,
  tracker: LayoutTracker,
  options: ImageExportOptions | null,
  key: string,
  canvasVersion: number,
): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!cy || !options) return undefined;
    let cancelled = false;
    const timer = setTimeout(() => {
      if (tracker.running) return;
      const full = options.size ?? { kind: 'fit', scale: 1 };
      exportPng(cy, { ...options, size: previewSize(full), searchSize: full, record: false })
        .then(({ blob }) => {
          if (cancelled) return;
          // The old preview stays on screen until this one is ready; its URL is then revoked below.
          setUrl(URL.createObjectURL(blob));
        })
        .catch(() => {
          // A preview that cannot be drawn is left out; the export itself reports its errors.
          if (!cancelled) setUrl(null);
        });
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for `options`, which the caller builds anew on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, tracker, key, canvasVersion]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
