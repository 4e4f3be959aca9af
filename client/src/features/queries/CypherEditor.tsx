import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { SchemaDto } from '../../api/types.ts';
import { cypherLanguage, schemaCompletion } from './cypherLanguage.ts';

const setErrorAt = StateEffect.define<number | null>();
const errorMark = Decoration.mark({ class: 'cm-cypher-error' });

/** Underlines the token at the server's error offset until the text changes. */
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    if (transaction.docChanged) return Decoration.none;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorAt)) continue;
      const offset = effect.value;
      if (offset === null) return Decoration.none;
      const doc = transaction.state.doc;
      const from = Math.min(Math.max(0, offset), Math.max(0, doc.length - 1));
      const word = /^\S+/.exec(doc.sliceString(from, from + 40))?.[0].length ?? 1;
      return Decoration.set([errorMark.range(from, Math.min(doc.length, from + word))]);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

interface CypherEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter: receives the text as it is now, which a render may not have caught up with. */
  onRun?: (text: string) => void;
  schema: SchemaDto | null;
  errorOffset: number | null;
}

/**
 * CodeMirror 6 with Cypher highlighting and schema completion. The view is
 * created once; later `value` changes from outside (history, a saved query)
 * replace the document only when it differs from what the user typed.
 */
export function CypherEditor({
  label,
  value,
  onChange,
  onRun,
  schema,
  errorOffset,
}: CypherEditorProps) {
  const hostRef = useRef<HTMLDivElement | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef({ onChange, onRun, schema });
  useEffect(() => {
    latest.current = { onChange, onRun, schema };
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const extensions: Extension[] = [
      lineNumbers(),
      history(),
      closeBrackets(),
      bracketMatching(),
      cypherLanguage,
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      autocompletion({ override: [schemaCompletion(() => latest.current.schema)] }),
      errorField,
      keymap.of([
        {
          key: 'Mod-Enter',
          run: (view) => (latest.current.onRun?.(view.state.doc.toString()), true),
        },
        ...closeBracketsKeymap,
        ...defaultKeymap,
        ...historyKeymap,
        ...completionKeymap,
      ]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': label }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) latest.current.onChange(update.state.doc.toString());
      }),
    ];
    const view = new EditorView({
      parent: host,
      state: EditorState.create({ doc: value, extensions }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The editor owns its text after creation; see the effect below for outside changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || view.state.doc.toString() === value) return;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch({ effects: setErrorAt.of(errorOffset) });
    if (errorOffset !== null) {
      const anchor = Math.min(errorOffset, view.state.doc.length);
      view.dispatch({ selection: { anchor }, scrollIntoView: true });
    }
  }, [errorOffset]);

  return <div className="cypher-editor" ref={hostRef} data-testid="cypher-editor" />;
}
