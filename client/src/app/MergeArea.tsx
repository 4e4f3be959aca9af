import { lazy } from 'react';
import { useAccess } from '../state/AccessContext.tsx';
import { LazyPart } from '../ui/LazyPart.tsx';
import type { MergeEntityProps } from '../features/authoring/MergeEntity.tsx';

// In the authoring chunk's company: readers never download it.
const MergeEntity = lazy(() => import('../features/authoring/MergeEntity.tsx'));

/** "Merge into…" for the selected entity, in authoring mode only and while write access lasts. */
export function MergeArea(props: MergeEntityProps & { authoring: boolean }) {
  const { editArticles } = useAccess();
  const { authoring, ...rest } = props;
  if (!authoring || !editArticles.allowed) return null;
  if (rest.entity === null && rest.lastMerge === null) return null;
  return (
    <LazyPart what="the merge tool">
      <MergeEntity {...rest} />
    </LazyPart>
  );
}
