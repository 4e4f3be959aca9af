import { useEffect, useState } from 'react';

export type Resource<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/**
 * Loads `load(signal)` whenever `key` changes, aborting the previous load;
 * a null key means nothing to load. Small on purpose: the app reads a handful
 * of resources and needs no cache beyond this. The answer is stored with its
 * key, so a new key reads as "loading" without a state update in the effect.
 */
export function useResource<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): Resource<T> {
  const [answer, setAnswer] = useState<{ key: string; resource: Resource<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setAnswer({ key, resource: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setAnswer({ key, resource: { status: 'error', message } });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` says when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return { status: 'idle' };
  return answer?.key === key ? answer.resource : { status: 'loading' };
}
