import type { EntityType, RelationshipType } from '@newsgraph/model';
import type { PickedEntity } from './EntityPicker.tsx';

/**
 * What a suggestion fills in before its form opens. The person still
 * sees every field, can change any of them, and nothing is written until
 * they submit; `key` is the suggestion's, to mark it accepted then.
 */
export interface Prefill {
  key: string;
  /** For an entity: its type, or null when the NLP could not tell (the person picks). */
  entityType?: EntityType | null;
  relationship?: { from: PickedEntity; type: RelationshipType; to: PickedEntity };
}
