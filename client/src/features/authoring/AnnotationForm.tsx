import type { AuthoringApi } from './authoringApi.ts';
import { ClaimForm } from './ClaimForm.tsx';
import { EntityForm } from './EntityForm.tsx';
import { EvidenceForm } from './EvidenceForm.tsx';
import type { AnnotationFormProps } from './formParts.tsx';
import { RelationshipForm } from './RelationshipForm.tsx';
import type { AnnotationKind } from './SelectionToolbar.tsx';

/** The form for what the user chose to make of the selection. */
export function AnnotationForm({
  kind,
  ...props
}: AnnotationFormProps & { api: AuthoringApi; kind: AnnotationKind }) {
  switch (kind) {
    case 'entity':
      return <EntityForm {...props} />;
    case 'relationship':
      return <RelationshipForm {...props} />;
    case 'evidence':
      return <EvidenceForm {...props} />;
    case 'claim':
      return <ClaimForm {...props} />;
  }
}
