import { useState } from 'react';
import { STANCE_OF_TYPE } from '@newsgraph/model';
import type { AuthoringApi } from './authoringApi.ts';
import { EntityPicker, type PickedEntity } from './EntityPicker.tsx';
import {
  asSelection,
  FormFrame,
  localEntities,
  useFormChange,
  type AnnotationFormProps,
} from './formParts.tsx';

type StanceType = keyof typeof STANCE_OF_TYPE;
const STANCE_TYPES = Object.keys(STANCE_OF_TYPE) as StanceType[];

/**
 * A claim from the selection (its words, or a name typed here) with the
 * speaker's stance toward it. More stances toward it are relationships
 * whose "to" is the claim.
 */
export function ClaimForm({
  api,
  document,
  selection,
  onDone,
  onCancel,
}: AnnotationFormProps & { api: AuthoringApi }) {
  const [name, setName] = useState(selection.text);
  const [speaker, setSpeaker] = useState<PickedEntity | null>(null);
  const [stanceType, setStanceType] = useState<StanceType>('ASSERTS');
  const [date, setDate] = useState('');
  const { busy, error, send, reload } = useFormChange(document);

  const submit = async () => {
    if (speaker === null) return;
    const done = await send((id, version) =>
      api.edit(id, version, {
        kind: 'createClaim',
        selection: asSelection(selection),
        ...(name.trim() && name.trim() !== selection.text ? { name: name.trim() } : {}),
        speaker: speaker.id,
        stanceType,
        ...(date.trim() ? { date: date.trim() } : {}),
      }),
    );
    if (done) onDone(done.change.summary);
  };

  return (
    <FormFrame
      title="Claim"
      selection={selection}
      busy={busy}
      submitLabel="Create claim"
      error={error}
      onReload={reload}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label>
        Claim, as a statement
        <input name="name" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <EntityPicker
        label="Speaker"
        api={api}
        local={localEntities(document)}
        value={speaker}
        onChange={setSpeaker}
      />
      <label>
        Stance of the speaker
        <select
          name="stanceType"
          value={stanceType}
          onChange={(event) => setStanceType(event.target.value as StanceType)}
        >
          {STANCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Date (optional)
        <input name="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
    </FormFrame>
  );
}
