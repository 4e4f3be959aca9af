import type { AuthoringApi } from './authoringApi.ts';
import { ClaimForm } from './ClaimForm.tsx';
import { EntityForm } from './EntityForm.tsx';
import { EvidenceForm } from './EvidenceForm.tsx';
import type { AnnotationFormProps } from './formParts.tsx';
import type { Prefill } from './prefill.ts';
import { RelationshipForm } from './RelationshipForm.tsx';
import type { AnnotationKind } from './SelectionToolbar.tsx';

/** The form for what the user chose to make of the selection. */
export function AnnotationForm({
  kind,
  prefill,
  ...props
}: AnnotationFormProps & { api: AuthoringApi; kind: AnnotationKind; prefill?: Prefill }) {
  switch (kind) {
    case 'entity':
      return <EntityForm {...props} prefill={prefill} />;
    case 'relationship':
      return <RelationshipForm {...props} prefill={prefill} />;
    case 'evidence':
      return <EvidenceForm {...props} />;
    case 'claim':
      return <ClaimForm {...props} />;
  }
}
