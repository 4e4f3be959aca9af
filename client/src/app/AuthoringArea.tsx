import { lazy } from 'react';
import type { EvidenceFocus } from '../features/details/evidence.ts';
import { useAccess } from '../state/AccessContext.tsx';
import { LazyPart } from '../ui/LazyPart.tsx';

// Its own chunk: readers never download the authoring mode.
const AuthoringWorkspace = lazy(() => import('../features/authoring/AuthoringWorkspace.tsx'));

/** The header switch for authoring mode, shown only to those the server lets edit articles. */
export function AuthoringToggle({
  on,
  onChange,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const { editArticles } = useAccess();
  if (!editArticles.allowed) return null;
  return (
    <button
      type="button"
      className="authoring-toggle"
      aria-pressed={on}
      title="Import articles and annotate them in the reader"
      onClick={() => onChange(!on)}
    >
      Authoring
    </button>
  );
}

interface AuthoringAreaProps {
  focus: EvidenceFocus | null;
  onEvidence: (focus: EvidenceFocus, relationshipId: string) => void;
}

/** Authoring mode in the reader's place, while access lasts (a removed token closes it). */
export function AuthoringArea({ focus, onEvidence }: AuthoringAreaProps) {
  const { editArticles } = useAccess();
  if (!editArticles.allowed) return <p className="muted">{editArticles.reason}</p>;
  return (
    <LazyPart what="the authoring mode">
      <AuthoringWorkspace focus={focus} onEvidence={onEvidence} />
    </LazyPart>
  );
}
