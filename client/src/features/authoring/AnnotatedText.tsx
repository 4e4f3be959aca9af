import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { ArticleDocumentDto } from '../../api/types.ts';
import type { EvidenceFocus } from '../details/evidence.ts';
import { segmentText, type Mark, type Segment } from './segments.ts';
import { selectionOffsets, type TextSelection } from './selectionOffsets.ts';

interface AnnotatedTextProps {
  document: ArticleDocumentDto;
  /** Mentions (of this article's entities, and suggested ones), from suggestions.ts. */
  mentions: readonly Mark[];
  focus: EvidenceFocus | null;
  /** The user selected words of the text (null: the selection went away). */
  onSelect: (selection: TextSelection | null, anchor: DOMRect | null) => void;
}

const KEYS_THAT_SELECT = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'a',
]);

function classesOf(segment: Segment): string {
  const kinds = new Set(segment.marks.map((mark) => mark.kind));
  return ['seg', ...kinds].join(' ');
}

function titleOf(segment: Segment, names: Map<string, string>): string | undefined {
  const parts = segment.marks
    .filter((mark) => mark.kind !== 'focus')
    .map((mark) => {
      const name = names.get(mark.refId) ?? mark.refId;
      return mark.kind === 'suggestion' ? `suggested: ${name}` : name;
    });
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * The article text as it is stored, line by line, with this article's
 * mentions, suggestions and quotes marked. Every leaf span carries its
 * offset, which is how a selection becomes exact offsets (selectionOffsets.ts).
 */
export function AnnotatedText({ document, mentions, focus, onSelect }: AnnotatedTextProps) {
  const rootRef = useRef<HTMLDivElement | null>(null);
  const focusOn = focus?.articleId === document.id ? focus : null;

  const blocks = useMemo(() => {
    const marks: Mark[] = [...mentions];
    for (const relationship of document.relationships) {
      for (const e of relationship.evidence) {
        marks.push({ start: e.start, end: e.end, kind: 'evidence', refId: relationship.id });
      }
    }
    if (focusOn) marks.push({ start: focusOn.start, end: focusOn.end, kind: 'focus', refId: '' });
    return segmentText(document.text, marks);
  }, [document, mentions, focusOn]);

  const names = useMemo(() => {
    const map = new Map(document.entities.map((e) => [e.id, e.name]));
    for (const r of document.relationships)
      map.set(r.id, `${map.get(r.from) ?? r.from} ${r.type} ${map.get(r.to) ?? r.to}`);
    return map;
  }, [document]);

  useEffect(() => {
    if (!focusOn) return;
    const target = rootRef.current?.querySelector('.focus');
    target?.scrollIntoView({ block: 'center' });
  }, [focusOn]);

  const capture = () => {
    const root = rootRef.current;
    const selection = window.getSelection();
    if (!root || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const picked = selectionOffsets(root, range, document.text);
    onSelect(picked, picked ? range.getBoundingClientRect() : null);
  };

  return (
    <div
      ref={rootRef}
      className="annotated-text"
      data-testid="annotated-text"
      data-text-length={document.text.length}
      // Focusable, so a selection made with the keyboard (caret browsing, Shift+arrows) is seen.
      tabIndex={0}
      role="document"
      aria-label="Article text: select words to annotate them"
      onMouseUp={capture}
      onKeyUp={(event: KeyboardEvent) => {
        if (event.shiftKey || KEYS_THAT_SELECT.has(event.key)) capture();
      }}
    >
      {blocks.map((block, index) => {
        const Line = index === 0 ? 'h2' : 'p';
        return (
          <Line key={block.start} className="annotated-line">
            {block.segments.map((segment) =>
              segment.marks.length === 0 ? (
                <span key={segment.start} data-offset={segment.start}>
                  {segment.text}
                </span>
              ) : (
                <mark
                  key={segment.start}
                  data-offset={segment.start}
                  className={classesOf(segment)}
                  title={titleOf(segment, names)}
                >
                  {segment.text}
                </mark>
              ),
            )}
          </Line>
        );
      })}
    </div>
  );
}
