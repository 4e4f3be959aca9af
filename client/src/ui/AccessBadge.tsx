import { useAccess } from '../state/AccessContext.tsx';

/**
 * The server's access mode in the header, so a user knows before trying
 * whether edits and ad-hoc Cypher are open to them; the detail is both
 * the tooltip and what a screen reader announces.
 */
export function AccessBadge() {
  const { mode, summary, detail } = useAccess();
  return (
    <span
      className="access-badge"
      data-mode={mode}
      data-testid="access-badge"
      title={detail}
      aria-label={detail}
      role="note"
    >
      {summary}
    </span>
  );
}

/** Why a control next to it is disabled; nothing when it is allowed. */
export function PermissionNote({ reason }: { reason: string | null }) {
  if (reason === null) return null;
  return (
    <p className="access-note" data-testid="access-note">
      {reason}
    </p>
  );
}
