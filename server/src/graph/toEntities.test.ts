import neo4j from 'neo4j-driver';
import { entitySchema, relationshipSchema } from '@newsgraph/model';
import { describe, expect, it } from 'vitest';
import { evidenceOf, toEntityDto, toRelationshipDto } from './toEntities.ts';

// Stored values as the driver hands them over: integers are neo4j Integers.
const int = (value: number) => neo4j.int(value);

const tiktok = {
  elementId: '4:db:1',
  labels: ['Product', 'Entity'],
  properties: {
    id: 'tiktok',
    name: 'TikTok',
    type: 'Product',
    aliases: ['Tiktok', 'the platform'],
    aliasesText: 'TikTok | Tiktok | the platform',
    description: 'Short-video app.',
    articleIds: ['afp-2023-03-24-china-tiktok-data'],
    category: 'short-video platform',
    americanUsers: int(150_000_000),
  },
};

const owns = {
  elementId: '5:db:9',
  type: 'OWNS',
  properties: {
    id: 'bytedance-owns-tiktok',
    attribution: 'narrated',
    articleIds: ['a1', 'a2'],
    evidenceArticleIds: ['a1', 'a1', 'a2'],
    evidenceQuotes: ['in the hands of ByteDance', 'owned by ByteDance', 'ByteDance owns it'],
    evidenceStarts: [int(465), int(1822), int(10)],
    evidenceEnds: [int(490), int(1840), int(27)],
    evidenceSentenceIndexes: [int(3), int(14), int(0)],
    share: 0.5,
  },
};

describe('toEntityDto', () => {
  it('types the fields of an entity and passes its own properties on as attributes', () => {
    const entity = toEntityDto(tiktok);
    expect(entity).toStrictEqual({
      id: 'tiktok',
      labels: ['Entity', 'Product'],
      type: 'Product',
      name: 'TikTok',
      aliases: ['Tiktok', 'the platform'],
      description: 'Short-video app.',
      articleIds: ['afp-2023-03-24-china-tiktok-data'],
      attributes: { category: 'short-video platform', americanUsers: 150_000_000 },
    });
    expect(entitySchema.safeParse(entity).success).toBe(true);
  });

  it('leaves articleIds out when asked, and when a projection nulled it', () => {
    expect(toEntityDto(tiktok, { withoutArticleIds: true })).not.toHaveProperty('articleIds');
    const projected = { ...tiktok, properties: { ...tiktok.properties, articleIds: null } };
    expect(toEntityDto(projected)).not.toHaveProperty('articleIds');
  });

  it('reads the type from the labels, and gives null for a type outside the vocabulary', () => {
    const stored = { ...tiktok.properties, type: '' };
    expect(toEntityDto({ ...tiktok, properties: stored }).type).toBe('Product');
    const unknown = { elementId: '4:db:2', labels: ['Entity', 'Concept'], properties: { id: 'x' } };
    expect(toEntityDto(unknown)).toStrictEqual({
      id: 'x',
      labels: ['Entity', 'Concept'],
      type: null,
      name: 'x',
      aliases: [],
      description: null,
      attributes: {},
    });
  });

  it('names a node that is no entity by its title, keeps all it stores, and addresses it by elementId', () => {
    const article = {
      elementId: '4:db:77',
      labels: ['Article'],
      properties: { id: 'afp', title: 'TikTok: China claims…', sentenceCount: int(18) },
    };
    const dto = toEntityDto(article);
    expect(dto).toStrictEqual({
      id: '4:db:77',
      labels: ['Article'],
      type: null,
      name: 'TikTok: China claims…',
      aliases: [],
      description: null,
      attributes: { id: 'afp', title: 'TikTok: China claims…', sentenceCount: 18 },
    });
    expect(entitySchema.safeParse(dto).success).toBe(true);
    expect(toEntityDto({ ...article, properties: {} }).name).toBe('4:db:77');
  });
});

describe('toRelationshipDto', () => {
  it('decodes the evidence arrays into quotes, once, and keeps only own properties as attributes', () => {
    const relationship = toRelationshipDto(owns, 'bytedance', 'tiktok');
    expect(relationship).toStrictEqual({
      id: 'bytedance-owns-tiktok',
      type: 'OWNS',
      source: 'bytedance',
      target: 'tiktok',
      attribution: 'narrated',
      stance: null,
      speaker: null,
      date: null,
      scope: null,
      inference: null,
      evidence: [
        {
          articleId: 'a1',
          quote: 'in the hands of ByteDance',
          start: 465,
          end: 490,
          sentenceIndex: 3,
        },
        { articleId: 'a1', quote: 'owned by ByteDance', start: 1822, end: 1840, sentenceIndex: 14 },
        { articleId: 'a2', quote: 'ByteDance owns it', start: 10, end: 27, sentenceIndex: 0 },
      ],
      attributes: { share: 0.5 },
    });
    expect(relationshipSchema.safeParse(relationship).success).toBe(true);
  });

  it('types stance, speaker, date, scope and inference of an attributed relationship', () => {
    const denies = {
      elementId: '5:db:10',
      type: 'DENIES',
      properties: {
        id: 'china-denies',
        attribution: 'attributed',
        stance: 'denies',
        speaker: 'mao-ning',
        date: '2023-03-24',
        scope: 'abroad',
        inferred: true,
        inferenceNote: 'Read from "rejected these accusations".',
        qualifier: 'never',
      },
    };
    expect({ ...toRelationshipDto(denies, 'china', 'claim'), evidence: null }).toStrictEqual({
      id: 'china-denies',
      type: 'DENIES',
      source: 'china',
      target: 'claim',
      attribution: 'attributed',
      stance: 'denies',
      speaker: 'mao-ning',
      date: '2023-03-24',
      scope: 'abroad',
      inference: 'Read from "rejected these accusations".',
      evidence: null,
      attributes: { qualifier: 'never' },
    });
  });

  it('gives a storage relationship no attribution and no evidence, and its elementId as id', () => {
    const link = { elementId: '5:db:11', type: 'HAS_SENTENCE', properties: {} };
    const dto = toRelationshipDto(link, '4:db:77', '4:db:78');
    expect(dto).toStrictEqual({
      id: '5:db:11',
      type: 'HAS_SENTENCE',
      source: '4:db:77',
      target: '4:db:78',
      attribution: null,
      stance: null,
      speaker: null,
      date: null,
      scope: null,
      inference: null,
      evidence: [],
      attributes: {},
    });
    expect(relationshipSchema.safeParse(dto).success).toBe(true);
  });

  it('drops a stance or attribution outside the vocabulary rather than sending it', () => {
    const odd = { ...owns, properties: { attribution: 'rumoured', stance: 'shrugs' } };
    const dto = toRelationshipDto(odd, 'a', 'b');
    expect([dto.attribution, dto.stance]).toStrictEqual([null, null]);
  });
});

describe('evidenceOf', () => {
  it('gives no quotes for a relationship that stores none', () => {
    expect(evidenceOf({})).toStrictEqual([]);
  });
});
