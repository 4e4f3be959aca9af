import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ENTITY_TYPE_INFO, type EntityType } from '@newsgraph/model';
import { useDebouncedValue } from '../search/useDebouncedValue.ts';
import type { AuthoringApi } from './authoringApi.ts';

/** An entity chosen in a picker: of this article, or of the published graph. */
export interface PickedEntity {
  id: string;
  name: string;
  type: EntityType | null;
}

interface EntityPickerProps {
  label: string;
  api: AuthoringApi;
  /** This article's entities, offered first (drafts are not in the search index). */
  local: readonly (PickedEntity & { aliases: readonly string[] })[];
  value: PickedEntity | null;
  onChange: (entity: PickedEntity | null) => void;
}

const typeLabel = (type: EntityType | null) =>
  type === null ? 'node' : ENTITY_TYPE_INFO[type].label;

/**
 * A searchable choice of entity: this article's own entities match by name
 * or alias as you type, and the search API adds the graph's (names and
 * aliases across all articles), so an entity that exists is reused.
 */
export function EntityPicker({ label, api, local, value, onChange }: EntityPickerProps) {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const listId = useId();
  const search = useQuery({
    queryKey: ['authoring', 'search', query],
    queryFn: ({ signal }) => api.search(query, 8, signal),
    enabled: query.length >= 2,
  });

  if (value !== null) {
    return (
      <div className="picker picked" role="group" aria-label={label}>
        <span className="picker-label">{label}</span>{' '}
        <strong data-testid="picked">{value.name}</strong>{' '}
        <span className="muted">
          ({typeLabel(value.type)}, {value.id})
        </span>{' '}
        <button type="button" onClick={() => onChange(null)}>
          Change
        </button>
      </div>
    );
  }

  const needle = text.trim().toLowerCase();
  const matches = (name: string) => name.toLowerCase().includes(needle);
  const mine = needle === '' ? [] : local.filter((e) => matches(e.name) || e.aliases.some(matches));
  const seen = new Set(mine.map((e) => e.id));
  const theirs =
    search.data?.hits
      .map((hit) => hit.node)
      .filter((node) => !seen.has(node.id) && query === text.trim()) ?? [];
  const options: PickedEntity[] = [
    ...mine,
    ...theirs.map((node) => ({ id: node.id, name: node.name, type: node.type })),
  ];

  return (
    <div className="picker">
      <label>
        <span className="picker-label">{label}</span>
        <input
          type="search"
          value={text}
          placeholder="Type a name or alias"
          aria-label={label}
          aria-controls={listId}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <ul id={listId} className="picker-options" aria-label={`${label}: matches`}>
        {options.map((option) => (
          <li key={option.id}>
            <button type="button" onClick={() => onChange(option)}>
              {option.name} <span className="muted">({typeLabel(option.type)})</span>
            </button>
          </li>
        ))}
        {needle !== '' && options.length === 0 && !search.isFetching ? (
          <li className="muted">No entity matches “{text.trim()}”.</li>
        ) : null}
      </ul>
    </div>
  );
}
