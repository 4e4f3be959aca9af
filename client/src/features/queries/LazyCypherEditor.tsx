import { lazy, type ComponentProps } from 'react';
import { LazyPart } from '../../ui/LazyPart.tsx';
import type { CypherEditor as Editor } from './CypherEditor.tsx';

// CodeMirror is about a third of what the first visit would otherwise load, and only
// the Cypher tab and the saved-query form use it: it loads when one of them first opens.
const CypherEditor = lazy(() =>
  import('./CypherEditor.tsx').then(({ CypherEditor }) => ({ default: CypherEditor })),
);

/** The Cypher editor, loaded on first use, with a loading status in its place meanwhile. */
export function LazyCypherEditor(props: ComponentProps<typeof Editor>) {
  return (
    <LazyPart what="the Cypher editor">
      <CypherEditor {...props} />
    </LazyPart>
  );
}
