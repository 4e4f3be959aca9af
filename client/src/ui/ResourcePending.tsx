import type { Resource } from '../api/resources.ts';

/** What a panel shows while its resource is not ready: a loading line or the error. */
export function ResourcePending({
  resource,
}: {
  resource: Exclude<Resource<unknown>, { status: 'ready' }>;
}) {
  if (resource.status === 'error')
    return (
      <p className="error" role="alert">
        {resource.message}
      </p>
    );
  return <p className="muted">Loading…</p>;
}
