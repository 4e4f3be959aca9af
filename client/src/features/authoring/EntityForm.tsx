import { useState } from 'react';
import { ENTITY_TYPE_INFO, ENTITY_TYPES, type EntityType } from '@newsgraph/model';
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

/**
 * Entity from a selection: a new one (the selection as its name, or as an
 * alias of a name typed here), or the selection as an alias of an entity
 * that exists, found by name or alias across all articles.
 */
export function EntityForm({
  api,
  document,
  selection,
  onDone,
  onCancel,
  prefill,
}: AnnotationFormProps & { api: AuthoringApi; prefill?: Prefill }) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [as, setAs] = useState<'name' | 'alias'>('name');
  const [name, setName] = useState('');
  // A suggestion that could not tell the type leaves it empty: the person must pick one.
  const [type, setType] = useState<EntityType | ''>(
    prefill?.entityType === undefined ? 'Person' : (prefill.entityType ?? ''),
  );
  const [description, setDescription] = useState('');
  const [existing, setExisting] = useState<PickedEntity | null>(null);
  const { busy, error, send, reload } = useFormChange(document);

  const submit = async () => {
    if (mode === 'existing') {
      if (existing === null) return;
      const done = await send((id, version) =>
        api.edit(id, version, {
          kind: 'addAlias',
          entityId: existing.id,
          selection: asSelection(selection),
        }),
      );
      if (done) onDone(done.change.summary);
      return;
    }
    if (type === '') return;
    const done = await send((id, version) =>
      api.edit(id, version, {
        kind: 'createEntity',
        selection: asSelection(selection),
        as,
        type,
        ...(as === 'alias' ? { name: name.trim() } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
      }),
    );
    if (done) onDone(done.change.summary);
  };

  return (
    <FormFrame
      title="Entity"
      selection={selection}
      busy={busy}
      submitLabel={mode === 'new' ? 'Create entity' : 'Add as alias'}
      error={error}
      onReload={reload}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <fieldset className="choice">
        <legend>The selection names</legend>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === 'new'}
            onChange={() => setMode('new')}
          />{' '}
          a new entity
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === 'existing'}
            onChange={() => setMode('existing')}
          />{' '}
          an entity that exists (alias)
        </label>
      </fieldset>
      {mode === 'new' ? (
        <>
          <label>
            Selection is its
            <select
              name="as"
              value={as}
              onChange={(event) => setAs(event.target.value as 'name' | 'alias')}
            >
              <option value="name">name</option>
              <option value="alias">alias (type the name)</option>
            </select>
          </label>
          {as === 'alias' ? (
            <label>
              Name
              <input name="name" value={name} onChange={(event) => setName(event.target.value)} />
            </label>
          ) : null}
          <label>
            Type
            <select
              name="type"
              value={type}
              required
              onChange={(event) => setType(event.target.value as EntityType | '')}
            >
              {type === '' ? <option value="">Pick a type</option> : null}
              {ENTITY_TYPES.map((t) => (
                <option key={t} value={t} title={ENTITY_TYPE_INFO[t].description}>
                  {ENTITY_TYPE_INFO[t].label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Description (optional)
            <input
              name="description"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </label>
        </>
      ) : (
        <EntityPicker
          label="Entity"
          api={api}
          local={localEntities(document)}
          value={existing}
          onChange={setExisting}
        />
      )}
    </FormFrame>
  );
}
