import type { SeedArticle, SeedEntity, SeedRelationship } from '../seed/src/model.ts';
import type { EntityType, RelationshipType } from '@newsgraph/model';

/**
 * A deterministic synthetic news graph for benchmarks: N articles, each with
 * generated text whose sentences are the evidence for its relationships.
 * Degrees are heavy-tailed (a few entities appear everywhere), with one hub
 * of at least HUB_DEGREE relationships and one "ten" node with exactly 10.
 * The same seed always gives the same graph.
 */
export interface GeneratorOptions {
  entities: number;
  relationships: number;
  hubDegree: number;
  relationshipsPerArticle: number;
  seed: number;
}

export const PRESETS: Record<'small' | 'full', GeneratorOptions> = {
  small: {
    entities: 10_000,
    relationships: 100_000,
    hubDegree: 20_000,
    relationshipsPerArticle: 500,
    seed: 42,
  },
  full: {
    entities: 100_000,
    relationships: 1_000_000,
    hubDegree: 120_000,
    relationshipsPerArticle: 1000,
    seed: 42,
  },
};

export const HUB_ID = 'bench-hub';
const RELATIONSHIPS_PER_SENTENCE = 3;
export const TEN_ID = 'bench-ten';

const TYPES: EntityType[] = [
  'Person',
  'Company',
  'Organization',
  'Government',
  'Country',
  'Product',
  'Place',
];
// Narrated types only: attributed ones (DENIES, ACCUSES…) would each need a speaker and a stance.
const RELATIONSHIP_TYPES: RelationshipType[] = [
  'OWNS',
  'PART_OF',
  'BASED_IN',
  'RANKS_CLOSE_TO',
  'BANS',
  'OPERATES_IN',
  'SIMILAR_TO',
  'SUBJECT_TO',
];

/** mulberry32: tiny, fast and good enough for reproducible benchmark data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entityFor(index: number): SeedEntity {
  if (index === 0)
    return {
      id: HUB_ID,
      name: 'Hub Holdings',
      type: 'Company',
      aliases: ['Hub'],
      description: 'The synthetic hub.',
      properties: {},
    };
  if (index === 1)
    return {
      id: TEN_ID,
      name: 'Tenfold Ltd',
      type: 'Company',
      aliases: ['Tenfold'],
      description: 'Has exactly ten relationships.',
      properties: {},
    };
  const type = TYPES[index % TYPES.length] ?? 'Organization';
  return {
    id: `bench-e${index}`,
    name: `Entity ${index} ${type}`,
    type,
    aliases: [`E${index}`],
    description: `Synthetic ${type.toLowerCase()} number ${index}.`,
    properties: {},
  };
}

/** Heavy-tailed pick: u^3 crowds choices towards low indexes, so early entities become hubs. */
function heavyTailedIndex(random: () => number, count: number): number {
  return 2 + Math.floor(Math.pow(random(), 3) * (count - 2));
}

export function* generateArticles(options: GeneratorOptions): Generator<SeedArticle> {
  const random = prng(options.seed);
  const articleCount = Math.ceil(options.relationships / options.relationshipsPerArticle);
  let made = 0;
  let hubLeft = options.hubDegree;
  let tenLeft = 10;
  for (let articleIndex = 0; articleIndex < articleCount; articleIndex += 1) {
    const id = `bench-article-${articleIndex}`;
    const entities = new Map<number, SeedEntity>();
    const relationships: SeedRelationship[] = [];
    let text = `Synthetic report ${articleIndex}\n\n`;
    const inThis = Math.min(options.relationshipsPerArticle, options.relationships - made);
    for (let i = 0; i < inThis; i += 1) {
      const remaining = options.relationships - made - i;
      // Spread the hub's and the ten-node's relationships evenly over the run.
      const useHub = hubLeft > 0 && random() < hubLeft / remaining;
      const useTen = !useHub && tenLeft > 0 && articleIndex === 0;
      const from = useHub ? 0 : useTen ? 1 : heavyTailedIndex(random, options.entities);
      let to = heavyTailedIndex(random, options.entities);
      if (to === from) to = from + 1 < options.entities ? from + 1 : 2;
      if (useHub) hubLeft -= 1;
      if (useTen) tenLeft -= 1;
      const source = entities.get(from) ?? entityFor(from);
      const target = entities.get(to) ?? entityFor(to);
      entities.set(from, source);
      entities.set(to, target);
      const type: RelationshipType =
        RELATIONSHIP_TYPES[Math.floor(random() * RELATIONSHIP_TYPES.length)] ?? 'OWNS';
      // Clauses of one sentence, each the quote for its relationship: the
      // article has about three relationships per sentence, and so does this.
      const quote = `${source.name} ${type.toLowerCase().replaceAll('_', ' ')} ${target.name} (${articleIndex}.${i})`;
      const endsSentence = (i + 1) % RELATIONSHIPS_PER_SENTENCE === 0 || i === inThis - 1;
      const start = text.length;
      text += `${quote}${endsSentence ? '. ' : '; '}`;
      relationships.push({
        id: `bench-r${made + i}`,
        from: source.id,
        to: target.id,
        type,
        attribution: 'narrated',
        properties: {},
        evidence: [{ quote, start, end: start + quote.length }],
      });
    }
    made += inThis;
    yield {
      id,
      title: `Synthetic report ${articleIndex}`,
      outlet: 'Synthetic Wire',
      publishedAt: '2023-03-24',
      language: 'en',
      text: `${text.trimEnd()}\n`,
      entities: [...entities.values()],
      relationships,
    };
  }
}
