import { useState } from 'react';
import {
  RELATIONSHIP_TYPE_INFO,
  RELATIONSHIP_TYPES,
  STANCE_INFO,
  STANCE_OF_TYPE,
  STANCES,
  type Attribution,
  type RelationshipType,
  type Stance,
} from '@newsgraph/model';
import type { AuthoringApi } from './authoringApi.ts';
import { EntityPicker, type PickedEntity } from './EntityPicker.tsx';
import {
  asSelection,
  FormFrame,
  localEntities,
  useFormChange,
  type AnnotationFormProps,
} from './formParts.tsx';
import type { Prefill } from './prefill.ts';

const existingId = (details: unknown): string | null =>
  typeof details === 'object' &&
  details !== null &&
  'relationshipId' in details &&
  typeof details.relationshipId === 'string'
    ? details.relationshipId
    : null;

/**
 * Relationship with the selection as its quote. A type that is a stance
 * (DENIES, ASSERTS…) fixes the stance and asks for the speaker, as the seed
 * rules want; the server still checks everything and names the field.
 */
export function RelationshipForm({
  api,
  document,
  selection,
  onDone,
  onCancel,
  prefill,
}: AnnotationFormProps & { api: AuthoringApi; prefill?: Prefill }) {
  // A suggested relationship fills from, type and to; the speaker of a stance is still asked for.
  const [from, setFrom] = useState<PickedEntity | null>(prefill?.relationship?.from ?? null);
  const [to, setTo] = useState<PickedEntity | null>(prefill?.relationship?.to ?? null);
  const [type, setType] = useState<RelationshipType>(prefill?.relationship?.type ?? 'OWNS');
  const [attribution, setAttribution] = useState<Attribution>('narrated');
  const [stance, setStance] = useState<Stance | ''>('');
  const [speaker, setSpeaker] = useState<PickedEntity | null>(null);
  const [date, setDate] = useState('');
  const [scope, setScope] = useState('');
  const { busy, error, send, reload } = useFormChange(document);
  const fixedStance = STANCE_OF_TYPE[type];
  const attributed = fixedStance !== undefined || attribution === 'attributed';
  const local = localEntities(document);
  const already = error?.code === 'ALREADY_EXISTS' ? existingId(error.details) : null;

  const submit = async () => {
    if (from === null || to === null) return;
    const chosenStance = fixedStance ?? (stance === '' ? undefined : stance);
    const done = await send((id, version) =>
      api.edit(id, version, {
        kind: 'createRelationship',
        type,
        from: from.id,
        to: to.id,
        attribution: attributed ? 'attributed' : 'narrated',
        ...(chosenStance ? { stance: chosenStance } : {}),
        ...(attributed && speaker ? { speaker: speaker.id } : {}),
        ...(date.trim() ? { date: date.trim() } : {}),
        ...(scope.trim() ? { scope: scope.trim() } : {}),
        evidence: asSelection(selection),
      }),
    );
    if (done) onDone(done.change.summary);
  };

  const addToExisting = async (relationshipId: string) => {
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
      title="Relationship"
      selection={selection}
      busy={busy}
      submitLabel="Create relationship"
      error={error}
      onReload={reload}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <EntityPicker label="From" api={api} local={local} value={from} onChange={setFrom} />
      <label>
        Type
        <select
          name="type"
          value={type}
          onChange={(event) => setType(event.target.value as RelationshipType)}
        >
          {RELATIONSHIP_TYPES.map((t) => (
            <option key={t} value={t} title={RELATIONSHIP_TYPE_INFO[t].meaning}>
              {t} ({RELATIONSHIP_TYPE_INFO[t].label})
            </option>
          ))}
        </select>
      </label>
      <p className="muted hint">{RELATIONSHIP_TYPE_INFO[type].meaning}</p>
      <EntityPicker label="To" api={api} local={local} value={to} onChange={setTo} />
      <label>
        Attribution
        <select
          name="attribution"
          value={attributed ? 'attributed' : 'narrated'}
          disabled={fixedStance !== undefined}
          onChange={(event) => setAttribution(event.target.value as Attribution)}
        >
          <option value="narrated">narrated (the article states it)</option>
          <option value="attributed">attributed (someone says it)</option>
        </select>
      </label>
      {attributed ? (
        <>
          <label>
            Stance
            <select
              name="stance"
              value={fixedStance ?? stance}
              disabled={fixedStance !== undefined}
              onChange={(event) => setStance(event.target.value as Stance | '')}
            >
              <option value="">none</option>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {s} ({STANCE_INFO[s].description})
                </option>
              ))}
            </select>
          </label>
          <EntityPicker
            label="Speaker"
            api={api}
            local={local}
            value={speaker}
            onChange={setSpeaker}
          />
        </>
      ) : null}
      <label>
        Date (optional, yyyy, yyyy-mm or yyyy-mm-dd)
        <input name="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <label>
        Scope (optional)
        <input name="scope" value={scope} onChange={(event) => setScope(event.target.value)} />
      </label>
      {already ? (
        <button type="button" onClick={() => void addToExisting(already)}>
          Add this quote to {already} instead
        </button>
      ) : null}
    </FormFrame>
  );
}
