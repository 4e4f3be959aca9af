/**
 * What `npm run seed` prints: per article, entities and relationships by
 * type, and which sentences no evidence covers, so a reader can check the
 * graph against the text. Pure; computed from the articles, not from Neo4j.
 */
import type { SeedArticle } from './model.ts';
import { splitSentences, type Sentence } from './sentences.ts';

export interface ArticleSummary {
  articleId: string;
  title: string;
  entitiesByType: Record<string, number>;
  relationshipsByType: Record<string, number>;
  sentenceCount: number;
  coveredSentences: number;
  uncoveredSentences: Pick<Sentence, 'index' | 'text'>[];
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** A sentence counts as covered when any evidence quote overlaps it. */
export function summarizeArticle(article: SeedArticle): ArticleSummary {
  const sentences = splitSentences(article.text);
  const spans = article.relationships.flatMap((r) => r.evidence);
  const uncovered = sentences.filter(
    (sentence) => !spans.some((span) => span.start < sentence.end && span.end > sentence.start),
  );
  return {
    articleId: article.id,
    title: article.title,
    entitiesByType: countBy(article.entities, (entity) => entity.type),
    relationshipsByType: countBy(article.relationships, (relationship) => relationship.type),
    sentenceCount: sentences.length,
    coveredSentences: sentences.length - uncovered.length,
    uncoveredSentences: uncovered.map(({ index, text }) => ({ index, text })),
  };
}

const total = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((sum, n) => sum + n, 0);

const list = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');

/** The printable summary, one line per string. */
export function formatSummary(articles: readonly SeedArticle[]): string[] {
  const lines: string[] = [];
  for (const summary of articles.map(summarizeArticle)) {
    lines.push(`${summary.articleId}  "${summary.title}"`);
    lines.push(`  entities (${total(summary.entitiesByType)}): ${list(summary.entitiesByType)}`);
    lines.push(
      `  relationships (${total(summary.relationshipsByType)}): ${list(summary.relationshipsByType)}`,
    );
    lines.push(
      `  evidence covers ${summary.coveredSentences} of ${summary.sentenceCount} sentences${summary.uncoveredSentences.length > 0 ? '; not covered:' : ''}`,
    );
    for (const sentence of summary.uncoveredSentences) {
      lines.push(`    #${sentence.index} ${JSON.stringify(sentence.text)}`);
    }
  }
  if (articles.length > 1) {
    const entityIds = new Set(articles.flatMap((a) => a.entities.map((e) => e.id)));
    const relationshipIds = new Set(articles.flatMap((a) => a.relationships.map((r) => r.id)));
    lines.push(
      `all ${articles.length} articles: ${entityIds.size} distinct entities, ${relationshipIds.size} distinct relationships`,
    );
  }
  return lines;
}
