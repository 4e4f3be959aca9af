import type { ReactNode } from 'react';
import { useState } from 'react';
import type { ApiError } from '../../api/http.ts';
import type { ArticleChangeResultDto, ArticleDocumentDto } from '../../api/types.ts';
import { ChangeError } from './ChangeError.tsx';
import type { TextSelection } from './selectionOffsets.ts';
import { useChange, useReloadDocument } from './useAuthoring.ts';

/** What every annotation form is given. */
export interface AnnotationFormProps {
  document: ArticleDocumentDto;
  selection: TextSelection;
  /** The change went through: say what it did, and close the form. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A form's sending state: busy, the last error, and a send that keeps the fields on failure. */
export function useFormChange(document: ArticleDocumentDto) {
  const change = useChange(document);
  const reload = useReloadDocument();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const send = async (
    request: (id: string, version: number) => Promise<ArticleChangeResultDto>,
  ): Promise<ArticleChangeResultDto | null> => {
    setBusy(true);
    const outcome = await change(request);
    setBusy(false);
    setError(outcome.ok ? null : outcome.error);
    return outcome.ok ? outcome.result : null;
  };
  return { busy, error, send, reload: () => void reload(document.id) };
}

interface FormFrameProps {
  title: string;
  selection: TextSelection;
  busy: boolean;
  submitLabel: string;
  error: ApiError | null;
  onReload: () => void;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame of an annotation form: what is selected, the fields, the error, the buttons. */
export function FormFrame(props: FormFrameProps) {
  return (
    <form
      className="annotation-form"
      aria-label={props.title}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <h3>{props.title}</h3>
      <p className="selected-quote">
        <span className="muted">Selected: </span>“{props.selection.text}”
      </p>
      {props.children}
      <ChangeError error={props.error} onReload={props.onReload} />
      <div className="form-buttons">
        <button type="submit" disabled={props.busy}>
          {props.busy ? 'Saving…' : props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The selection as the API takes it: offsets plus the text seen, which the server checks. */
export const asSelection = (selection: TextSelection) => ({
  start: selection.start,
  end: selection.end,
  text: selection.text,
});

/** This article's entities as pickers offer them. */
export const localEntities = (document: ArticleDocumentDto) =>
  document.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases }));
