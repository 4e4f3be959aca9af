import type { TextSelection } from './selectionOffsets.ts';

export type AnnotationKind = 'entity' | 'relationship' | 'evidence' | 'claim';

interface SelectionToolbarProps {
  selection: TextSelection;
  /** Where to float, relative to the positioned container. */
  position: { top: number; left: number };
  onChoose: (kind: AnnotationKind) => void;
  onDismiss: () => void;
}

const ACTIONS: { kind: AnnotationKind; label: string; hint: string }[] = [
  { kind: 'entity', label: 'Entity', hint: 'Create an entity, or add an alias to one' },
  { kind: 'relationship', label: 'Relationship', hint: 'A relationship with this quote' },
  { kind: 'evidence', label: 'Quote for…', hint: 'Add this quote to a relationship that exists' },
  { kind: 'claim', label: 'Claim', hint: 'A claim someone makes, with their stance' },
];

/** The small toolbar that floats over a selection and offers what can be made of it. */
export function SelectionToolbar({
  selection,
  position,
  onChoose,
  onDismiss,
}: SelectionToolbarProps) {
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Annotate the selection"
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <span className="visually-hidden">Selected: {selection.text}</span>
      {ACTIONS.map((action) => (
        <button
          key={action.kind}
          type="button"
          title={action.hint}
          // Keep the text selection while the button is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(action.kind)}
        >
          {action.label}
        </button>
      ))}
    </div>
  );
}
