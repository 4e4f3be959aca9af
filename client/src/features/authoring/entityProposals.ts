/**
 * New entities to propose: names the NLP found (nlp/nameSpans.ts) that no
 * mention of an entity of the published graph covers. Known names are left to the
 * known-entity suggestions (suggestions.ts), so one span is never offered
 * twice. A proposal counts as accepted once this article has an entity
 * under that very wording; until someone submits the form, nothing exists.
 */
import { findMentions, type EntityType } from '@newsgraph/model';
import type { NameSpan } from './nlp/nameSpans.ts';
import type { KnownEntity } from './suggestions.ts';

export interface EntityProposal {
  /** Stable across reloads of the same text: what dismissals are stored under. */
  key: string;
  surface: string;
  type: EntityType | null;
  /** The first occurrence, which the form takes as its selection. */
  start: number;
  end: number;
  occurrences: number;
  accepted: boolean;
}

const squash = (text: string) => text.replace(/\s+/gu, ' ');

/**
 * One proposal per wording, in text order. `graph` is the published
 * graph's entities (claims left out: their names are sentences); `article`
 * is this article's, which decide what was accepted.
 */
export function proposeEntities(
  text: string,
  names: readonly NameSpan[],
  graph: readonly KnownEntity[],
  article: readonly KnownEntity[],
): EntityProposal[] {
  const known = findMentions(
    text,
    graph.filter((e) => e.type !== 'Claim'),
  );
  const held = new Set(article.flatMap((e) => [e.name, ...e.aliases].map(squash)));
  const byWording = new Map<string, EntityProposal>();
  for (const name of names) {
    // Inside a known mention: the known-entity suggestions offer it. A longer name around
    // one ("Project Texas" around Texas) is a different thing, and stays proposed.
    if (known.some((m) => m.start <= name.start && name.end <= m.end)) continue;
    const wording = squash(name.text);
    const seen = byWording.get(wording);
    if (seen) {
      seen.occurrences += 1;
      continue;
    }
    byWording.set(wording, {
      key: `entity:${wording}`,
      surface: name.text,
      type: name.type,
      start: name.start,
      end: name.end,
      occurrences: 1,
      accepted: held.has(wording),
    });
  }
  return [...byWording.values()];
}
