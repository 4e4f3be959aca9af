import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthoringApi } from './authoringApi.ts';
import { EntityPicker, type PickedEntity } from './EntityPicker.tsx';
import {
  asSelection,
  FormFrame,
  localEntities,
  useFormChange,
  type AnnotationFormProps,
} from './formParts.tsx';

interface Candidate {
  id: string;
  label: string;
}

/**
 * A second quote for a relationship that exists (in this article or the
 * published graph): pick one of its entities, then one of its relationships.
 */
export function EvidenceForm({
  api,
  document,
  selection,
  onDone,
  onCancel,
}: AnnotationFormProps & { api: AuthoringApi }) {
  const [entity, setEntity] = useState<PickedEntity | null>(null);
  const [relationshipId, setRelationshipId] = useState<string | null>(null);
  const { busy, error, send, reload } = useFormChange(document);
  const neighbours = useQuery({
    queryKey: ['authoring', 'neighbours', entity?.id ?? ''],
    queryFn: ({ signal }) => api.neighbours(entity?.id ?? '', signal),
    enabled: entity !== null,
    retry: false,
  });

  const names = new Map<string, string>(document.entities.map((e) => [e.id, e.name]));
  for (const node of neighbours.data?.nodes ?? []) names.set(node.id, node.name);
  const label = (type: string, from: string, to: string) =>
    `${names.get(from) ?? from} ${type} ${names.get(to) ?? to}`;
  const candidates: Candidate[] = [];
  if (entity !== null) {
    for (const r of document.relationships) {
      if (r.from === entity.id || r.to === entity.id)
        candidates.push({ id: r.id, label: label(r.type, r.from, r.to) });
    }
    for (const edge of neighbours.data?.edges ?? []) {
      if (!candidates.some((c) => c.id === edge.id))
        candidates.push({ id: edge.id, label: label(edge.type, edge.source, edge.target) });
    }
  }

  const submit = async () => {
    if (relationshipId === null) return;
    const done = await send((id, version) =>
      api.edit(id, version, {
        kind: 'addEvidence',
        relationshipId,
        evidence: asSelection(selection),
      }),
    );
    if (done) onDone(done.change.summary);
  };

  return (
    <FormFrame
      title="Quote for a relationship"
      selection={selection}
      busy={busy}
      submitLabel="Add quote"
      error={error}
      onReload={reload}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <EntityPicker
        label="Relationship of"
        api={api}
        local={localEntities(document)}
        value={entity}
        onChange={(picked) => {
          setEntity(picked);
          setRelationshipId(null);
        }}
      />
      {entity !== null ? (
        <fieldset className="choice relationship-choice">
          <legend>Relationship</legend>
          {neighbours.isLoading ? <p className="muted">Loading its relationships…</p> : null}
          {candidates.map((candidate) => (
            <label key={candidate.id}>
              <input
                type="radio"
                name="relationship"
                checked={relationshipId === candidate.id}
                onChange={() => setRelationshipId(candidate.id)}
              />{' '}
              {candidate.label}
            </label>
          ))}
          {!neighbours.isLoading && candidates.length === 0 ? (
            <p className="muted">{entity.name} has no relationships yet.</p>
          ) : null}
        </fieldset>
      ) : null}
    </FormFrame>
  );
}
