import { useState, type SyntheticEvent } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import type { SavedQueryInput } from '../../api/explorerApi.ts';
import { ApiError } from '../../api/http.ts';
import type {
  QueryParameterDto,
  QueryParameterType,
  SavedQueryDto,
  SchemaDto,
} from '../../api/types.ts';
import { QueryErrorView } from '../../ui/QueryErrorView.tsx';
import { LazyCypherEditor } from './LazyCypherEditor.tsx';
import { typedDefault } from './paramCoercion.ts';
import { useAccess } from '../../state/AccessContext.tsx';
import { PermissionNote } from '../../ui/AccessBadge.tsx';

const TYPES: QueryParameterType[] = ['string', 'integer', 'float', 'boolean', 'node-id'];

interface QueryFormProps {
  /** The query being edited (with its version), or the starting values of a new one. */
  initial: SavedQueryInput & { id?: string; version?: number };
  schema: SchemaDto | null;
  onSaved: (query: SavedQueryDto) => void;
  onCancel: () => void;
}

/** Creates or edits a saved query; a stale version comes back as 409 and is explained. */
export function QueryForm({ initial, schema, onSaved, onCancel }: QueryFormProps) {
  const api = useApi();
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [cypher, setCypher] = useState(initial.cypher);
  const [parameters, setParameters] = useState<QueryParameterDto[]>(initial.parameters);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const { editQueries } = useAccess();

  const updateParameter = (index: number, patch: Partial<QueryParameterDto>) =>
    setParameters((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    // Enter in a field submits too, so the disabled button alone does not stop it.
    if (!editQueries.allowed) return;
    setSaving(true);
    setError(null);
    const input: SavedQueryInput = {
      name: name.trim(),
      description: description.trim(),
      cypher,
      parameters: parameters.filter((p) => p.name.trim()).map(typedDefault),
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    };
    try {
      const saved =
        initial.id !== undefined && initial.version !== undefined
          ? await api.updateQuery(initial.id, { ...input, version: initial.version })
          : await api.createQuery(input);
      onSaved(saved);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, 'CLIENT', String(cause)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="query-form"
      onSubmit={(event) => void onSubmit(event)}
      aria-label={initial.id ? 'Edit saved query' : 'New saved query'}
    >
      <label>
        Name <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Description{' '}
        <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label>
        Tags (comma-separated) <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <span className="field-label">Cypher</span>
      <LazyCypherEditor
        label="Saved query Cypher"
        value={cypher}
        onChange={setCypher}
        schema={schema}
        errorOffset={error?.position?.offset ?? null}
      />
      <fieldset>
        <legend>Parameters</legend>
        {parameters.map((parameter, index) => (
          <div key={index} className="parameter-row">
            <input
              aria-label={`Parameter ${String(index + 1)} name`}
              value={parameter.name}
              onChange={(e) => updateParameter(index, { name: e.target.value })}
            />
            <select
              aria-label={`Parameter ${String(index + 1)} type`}
              value={parameter.type}
              onChange={(e) =>
                updateParameter(index, { type: e.target.value as QueryParameterType })
              }
            >
              {TYPES.map((type) => (
                <option key={type}>{type}</option>
              ))}
            </select>
            <input
              aria-label={`Parameter ${String(index + 1)} default`}
              placeholder="default"
              value={
                parameter.default === undefined || parameter.default === null
                  ? ''
                  : String(parameter.default)
              }
              onChange={(e) =>
                updateParameter(index, { default: e.target.value === '' ? null : e.target.value })
              }
            />
            <button
              type="button"
              aria-label={`Remove parameter ${parameter.name || String(index + 1)}`}
              onClick={() => setParameters((list) => list.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setParameters((list) => [...list, { name: '', type: 'string' }])}
        >
          Add parameter
        </button>
      </fieldset>
      <PermissionNote reason={editQueries.allowed ? null : editQueries.reason} />
      {error ? <QueryErrorView error={error} query={cypher} /> : null}
      <div className="button-row">
        <button
          type="submit"
          disabled={saving || !editQueries.allowed}
          title={editQueries.allowed ? undefined : editQueries.reason}
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
