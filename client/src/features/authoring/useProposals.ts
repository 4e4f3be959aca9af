/**
 * The suggestions of one article beyond the known-entity ones: new
 * entities from the NLP (its chunk is fetched here, the first time the
 * suggestions of an article are shown) and candidate relationships from
 * the verb patterns. Both are worked out in the page, from the text and
 * the entities already known; the server sees nothing until a form is sent.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { findMentions } from '@newsgraph/model';
import type { ArticleDocumentDto } from '../../api/types.ts';
import { proposeEntities, type EntityProposal } from './entityProposals.ts';
import { proposeRelationships, type RelationshipCandidate } from './relationPatterns.ts';
import { mergeKnown, type KnownEntity } from './suggestions.ts';

export interface RelationshipProposal extends RelationshipCandidate {
  key: string;
  accepted: boolean;
}

/** Runs the NLP over `text` once per text; loading the library is part of the first run. */
function useNames(text: string) {
  return useQuery({
    queryKey: ['authoring', 'names', text],
    queryFn: async () => (await import('./nlp/nameSpans.ts')).findNames(text),
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  });
}

export function useProposals(document: ArticleDocumentDto, graph: readonly KnownEntity[] | null) {
  const names = useNames(document.text);

  const entities = useMemo<EntityProposal[] | null>(
    () =>
      names.data && graph
        ? proposeEntities(document.text, names.data, graph, document.entities)
        : null,
    [names.data, graph, document],
  );

  const relationships = useMemo<RelationshipProposal[] | null>(() => {
    if (!graph) return null;
    const known = mergeKnown(graph, document.entities).filter((e) => e.type !== 'Claim');
    const mentions = findMentions(document.text, known);
    const has = new Set(document.relationships.map((r) => `${r.from}|${r.type}|${r.to}`));
    return proposeRelationships(document.text, document.sentences, mentions).map((c) => {
      const statement = `${c.from}|${c.type}|${c.to}`;
      return {
        ...c,
        key: `relationship:${statement}|${String(c.sentence.start)}`,
        accepted: has.has(statement),
      };
    });
  }, [graph, document]);

  return {
    entities,
    relationships,
    loading: names.isPending,
    error: names.isError ? names.error.message : null,
  };
}
