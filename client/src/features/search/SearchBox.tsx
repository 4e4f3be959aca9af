import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import type { SearchHitDto } from '../../api/types.ts';
import { displayName, entityTypeOf } from '../../domain/entities.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';

interface SearchBoxProps {
  onPick: (nodeId: string) => void;
}

/**
 * Full-text search as an ARIA combobox: typing waits 250 ms before asking
 * the server, arrows move through the hits, Enter adds and focuses one.
 */
export function SearchBox({ onPick }: SearchBoxProps) {
  const api = useApi();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHitDto[]>([]);
  /** The query the current hits answer, so "no match" is never said before the answer. */
  const [answered, setAnswered] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const query = useDebouncedValue(text.trim(), 250);
  const listId = useId();

  useEffect(() => {
    if (query.length < 2) return;
    const controller = new AbortController();
    api.search(query, 10, controller.signal).then(
      (result) => {
        setHits(result.hits);
        setAnswered(query);
        setActive(result.hits.length > 0 ? 0 : -1);
        setError(null);
        setOpen(true);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof Error ? cause.message : 'Search failed.');
      },
    );
    return () => controller.abort();
  }, [api, query]);

  const pick = (hit: SearchHitDto | undefined) => {
    if (!hit) return;
    onPick(hit.node.id);
    // The hits stay: typing the same words again shows them without a new request.
    setOpen(false);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(hits.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter') pick(hits[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    if (event.key !== 'Enter' && event.key !== 'Escape') setOpen(true);
    event.preventDefault();
  };

  const showList = open && query.length >= 2 && answered === query && hits.length > 0;
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search entities"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${String(active)}` : undefined}
        placeholder="Search entities (e.g. TikTok)…"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-results"
        hidden={!showList}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.node.id}
            id={`${listId}-${String(index)}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(hit);
            }}
          >
            <span>{displayName(hit.node)}</span>{' '}
            <span className="muted">{entityTypeOf(hit.node)}</span>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="error search-error" role="alert">
          {error}
        </p>
      ) : null}
      {open && query.length >= 2 && answered === query && hits.length === 0 && !error ? (
        <p className="muted search-empty">No entity matches “{query}”.</p>
      ) : null}
    </div>
  );
}
