import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSearch } from '../../api/resources.ts';
import type { SearchHitDto } from '../../api/types.ts';
import { displayName, entityTypeOf } from '../../domain/entities.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';

const NO_HITS: readonly SearchHitDto[] = [];

interface SearchBoxProps {
  onPick: (nodeId: string) => void;
}

/**
 * Full-text search as an ARIA combobox: typing waits 250 ms before asking
 * the server, arrows move through the hits, Enter adds and focuses one.
 */
export function SearchBox({ onPick }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebouncedValue(text.trim(), 250);
  // Answers are cached by their words: typing the same words again shows them without a request.
  const search = useSearch(query, 10);
  // Hits for words no longer in the box are neither shown nor picked: typing new words and
  // pressing Enter within the debounce picked a hit of the words before (an e2e caught it).
  const upToDate = query === text.trim();
  const hits = upToDate && search.status === 'ready' ? search.data.hits : NO_HITS;
  const error = search.status === 'error' ? search.message : null;
  // The arrow keys' place in the list, kept with the words it belongs to: new hits start at the top.
  const [cursor, setCursor] = useState<{ query: string; index: number } | null>(null);
  const active = cursor?.query === query ? cursor.index : hits.length > 0 ? 0 : -1;
  const listId = useId();
  // Leaving the box closes the list a moment later (so a click on a hit still lands).
  // Coming back before then must cancel that, or typing right after a click elsewhere
  // would open the list only for the late timer to close it again.
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keepOpen = () => clearTimeout(closeTimer.current);

  const pick = (hit: SearchHitDto | undefined) => {
    if (!hit) return;
    onPick(hit.node.id);
    setOpen(false);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown')
      setCursor({ query, index: Math.min(hits.length - 1, active + 1) });
    else if (event.key === 'ArrowUp') setCursor({ query, index: Math.max(0, active - 1) });
    else if (event.key === 'Enter') pick(hits[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    if (event.key !== 'Enter' && event.key !== 'Escape') setOpen(true);
    event.preventDefault();
  };

  const showList = open && hits.length > 0;
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
          keepOpen();
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={keepOpen}
        onKeyDown={onKeyDown}
        onBlur={() => {
          closeTimer.current = setTimeout(() => setOpen(false), 150);
        }}
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
      {open && search.status === 'ready' && hits.length === 0 ? (
        <p className="muted search-empty">No entity matches “{query}”.</p>
      ) : null}
    </div>
  );
}
