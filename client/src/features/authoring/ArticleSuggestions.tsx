import type { ComponentProps } from 'react';
import type { ArticleDocumentDto } from '../../api/types.ts';
import type { KnownEntity } from './suggestions.ts';
import { SuggestionsPanel } from './SuggestionsPanel.tsx';
import { useProposals } from './useProposals.ts';

type PanelProps = ComponentProps<typeof SuggestionsPanel>;

/**
 * The suggestions panel of an open article. Mounting it is what first
 * fetches the NLP chunk: authoring without an article never loads it.
 */
export function ArticleSuggestions({
  graph,
  ...props
}: Omit<PanelProps, 'proposals'> & {
  document: ArticleDocumentDto;
  graph: readonly KnownEntity[] | null;
}) {
  const proposals = useProposals(props.document, graph);
  return <SuggestionsPanel {...props} proposals={proposals} />;
}
