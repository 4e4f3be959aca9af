/**
 * The in-memory form of one article, after validation. The seeder writes
 * exactly this; a generator (the benchmark) can build it directly, without
 * files, and hand it to seedArticles.
 */
import type {
  Attribution,
  EntityType,
  RelationshipType,
  SourceProvenance,
  Stance,
} from '@newsgraph/model';

/** A scalar property value; integers are written to Neo4j as integers. */
export type ScalarValue = string | number | boolean;

export interface SeedEntity {
  /** Stable slug; the same id in two articles is the same entity. */
  id: string;
  name: string;
  type: EntityType;
  /** Every other surface form the article uses for the entity. */
  aliases: string[];
  description: string;
  /** Article-bound (its id starts with the article's id); see graphFile.ts. */
  generic?: true;
  properties: Record<string, ScalarValue>;
}

/** An exact quote: `article.text.slice(start, end) === quote`. Offsets count UTF-16 code units. */
export interface SeedEvidence {
  quote: string;
  start: number;
  end: number;
}

export interface SeedRelationship {
  /** Stable slug, unique across all types; the same id in two articles is the same relationship. */
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  attribution: Attribution;
  /** Only on attributed relationships: how the speaker relates to the statement. */
  stance?: Stance;
  /** Only on attributed relationships: the entity id of who made the statement. */
  speaker?: string;
  /** yyyy, yyyy-mm or yyyy-mm-dd, as precise as the text. */
  date?: string;
  scope?: string;
  /** The text implies it rather than states it; `inferenceNote` says why. */
  inferred?: true;
  inferenceNote?: string;
  properties: Record<string, ScalarValue>;
  evidence: SeedEvidence[];
}

export interface SeedArticle {
  /** Slug; also the name of the article's folder. */
  id: string;
  title: string;
  outlet: string;
  /** yyyy-mm-dd */
  publishedAt: string;
  language: string;
  /** Where the article was published, when known (kept in graph.json, not on the Article node). */
  url?: string;
  /** How sure outlet and date are, when the text does not state them. */
  provenance?: SourceProvenance;
  text: string;
  entities: SeedEntity[];
  relationships: SeedRelationship[];
}
