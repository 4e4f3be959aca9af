import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import type { SearchHitDto } from '../../api/types.ts';
import { displayName } from '../../domain/entities.ts';
import { useDebouncedValue } from '../search/useDebouncedValue.ts';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'list'>;

/**
 * A text field for an entity id that suggests entities as you type: a name
 * (typos and prefixes welcome) finds the entity, picking it fills in its id.
 */
export function EntityIdInput({
  value,
  onChange,
  ...input
}: InputProps & { id: string; value: string; onChange: (value: string) => void }) {
  const api = useApi();
  const typed = useDebouncedValue(value.trim(), 250);
  const [hits, setHits] = useState<SearchHitDto[]>([]);
  useEffect(() => {
    if (typed.length < 2) return;
    const abort = new AbortController();
    api.search(typed, 8, abort.signal).then(
      (result) => setHits(result.hits),
      () => setHits([]),
    );
    return () => abort.abort();
  }, [api, typed]);
  const listId = `${input.id}-entities`;
  return (
    <>
      <input
        {...input}
        type="text"
        list={listId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId} data-testid="entity-suggestions">
        {hits.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {displayName(node)}
          </option>
        ))}
      </datalist>
    </>
  );
}
