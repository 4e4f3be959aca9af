/**
 * What merging Bytedance Ltd into ByteDance should give, written by hand
 * from the two fixture articles: the plan the API answers, and the two
 * documents as a person would have written them had they known from the
 * start that Bytedance Ltd is ByteDance.
 */
import type { MergePlanDto } from '@newsgraph/model';
import type { SeedArticle, SeedEvidence } from '../../../seed/src/index.ts';

const ONE = 'newsgraph-2023-03-28-merge-one';
const TWO = 'newsgraph-2023-03-29-merge-two';

export function expectedPlan(versions: Record<string, number>): MergePlanDto {
  return {
    from: { id: 'bytedance-ltd', name: 'Bytedance Ltd', type: 'Company' },
    into: { id: 'bytedance', name: 'ByteDance', type: 'Company' },
    type: 'Company',
    articles: [
      {
        articleId: ONE,
        title: 'Bytedance Ltd and TikTok',
        status: 'published',
        version: versions[ONE] ?? -1,
        aliasesAdded: ['Bytedance Ltd'],
        relationshipsRewritten: 3,
      },
      {
        articleId: TWO,
        title: 'Bytedance Ltd in America',
        status: 'published',
        version: versions[TWO] ?? -1,
        aliasesAdded: ['Bytedance Ltd'],
        relationshipsRewritten: 1,
      },
    ],
    combined: [
      {
        relationshipId: 'bytedance-ltd-owns-tiktok',
        into: 'bytedance-owns-tiktok',
        statement: 'OWNS bytedance → tiktok',
        quotes: [{ articleId: ONE, quote: 'Bytedance Ltd owns TikTok' }],
      },
      {
        relationshipId: 'bytedance-ltd-based-in-china',
        into: 'bytedance-based-in-china',
        statement: 'BASED_IN bytedance → china',
        quotes: [{ articleId: ONE, quote: 'Bytedance Ltd is based in China' }],
      },
    ],
    selfLoops: [
      {
        relationshipId: 'bytedance-similar-to-bytedance-ltd',
        statement: 'SIMILAR_TO bytedance → bytedance',
        quotes: [{ articleId: ONE, quote: 'ByteDance is the same group as Bytedance Ltd' }],
      },
    ],
  };
}

function quote(article: SeedArticle, words: string): SeedEvidence {
  const start = article.text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in ${article.id}`);
  return { quote: words, start, end: start + words.length };
}

/** The two fixture documents after the merge; `seeded` are the AFP article and the fixtures as loaded. */
export function expectedDocuments(seeded: readonly SeedArticle[]): SeedArticle[] {
  const find = (id: string): SeedArticle => {
    const found = seeded.find((article) => article.id === id);
    if (!found) throw new Error(`${id} was not loaded`);
    return found;
  };
  const one = find(ONE);
  const two = find(TWO);
  // ByteDance as the fixtures list it (the AFP article's name, type and description), with the new alias.
  const bytedance = {
    ...(one.entities.find((entity) => entity.id === 'bytedance') ?? one.entities[0]),
    aliases: ['Bytedance Ltd'],
  } as SeedArticle['entities'][number];
  const others = (article: SeedArticle) =>
    article.entities.filter((entity) => !['bytedance', 'bytedance-ltd'].includes(entity.id));
  const narrated = { attribution: 'narrated' as const, properties: {} };
  return [
    {
      ...one,
      entities: [bytedance, ...others(one)],
      relationships: [
        {
          id: 'bytedance-owns-tiktok',
          type: 'OWNS',
          from: 'bytedance',
          to: 'tiktok',
          ...narrated,
          evidence: [quote(one, 'Bytedance Ltd owns TikTok')],
        },
        {
          id: 'bytedance-based-in-china',
          type: 'BASED_IN',
          from: 'bytedance',
          to: 'china',
          ...narrated,
          evidence: [quote(one, 'Bytedance Ltd is based in China')],
        },
      ],
    },
    {
      ...two,
      entities: [bytedance, ...others(two)],
      relationships: [
        {
          id: 'bytedance-ltd-operates-in-united-states',
          type: 'OPERATES_IN',
          from: 'bytedance',
          to: 'united-states',
          ...narrated,
          evidence: [quote(two, 'Bytedance Ltd operates in the United States')],
        },
      ],
    },
  ];
}
