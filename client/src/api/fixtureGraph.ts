import {
  asArticleId,
  asEntityId,
  asRelationshipId,
  type ArticleDto,
  type EntityDto,
  type EntityGraphDto,
  type EntityType,
  type RelationshipDto,
  type SentenceDto,
  type Stance,
} from '@newsgraph/model';

/**
 * A small, hand-made slice of the AFP article's graph. It lets the client and
 * its component tests run without a server. It holds the typed DTOs the
 * explore routes send (labels ['Entity', type], decoded evidence on every
 * relationship), so nothing here decodes storage.
 */
const SENTENCES = [
  'China said on Friday that it “never” asks companies to hand over data collected abroad.',
  'TikTok is accused of giving Chinese authorities access to data from its users around the world.',
  'Tiktok denies this information.',
  'Its chief executive, Shou Zi Chew, underwent intense questioning on Thursday from US congressmen.',
  'Mao Ning, a spokeswoman for China’s Ministry of Foreign Affairs, told a news conference.',
  'TikTok is owned by the Chinese group ByteDance.',
  'On Thursday, Chew had to admit that some Americans’ personal data was still subject to Chinese law.',
  'All this information would be managed solely by servers of the Texan group Oracle.',
  'ByteDance had acknowledged in November that staff in China could have access to European user data.',
];

export const FIXTURE_ARTICLE_ID = asArticleId('afp-2023-03-24-tiktok');

function buildSentences(): { text: string; sentences: Omit<SentenceDto, 'relationshipIds'>[] } {
  let text = '';
  const sentences = SENTENCES.map((sentence, index) => {
    const start = text.length;
    text += `${sentence} `;
    return { index, start, end: start + sentence.length, text: sentence };
  });
  return { text, sentences };
}

const { text: ARTICLE_TEXT, sentences: RAW_SENTENCES } = buildSentences();

/** Any node DTO, for tests that need one the fixture graph lacks (an Article, a bare label). */
export function nodeDto(id: string, fields: Partial<Omit<EntityDto, 'id'>> = {}): EntityDto {
  return {
    id: asEntityId(id),
    labels: [],
    type: null,
    name: id,
    aliases: [],
    description: null,
    attributes: {},
    ...fields,
  };
}

/** Any relationship DTO, for tests: narrated, without evidence unless given. */
export function relationshipDto(
  id: string,
  source: string,
  target: string,
  fields: Partial<Omit<RelationshipDto, 'id' | 'source' | 'target'>> = {},
): RelationshipDto {
  return {
    id: asRelationshipId(id),
    type: 'OWNS',
    source: asEntityId(source),
    target: asEntityId(target),
    attribution: 'narrated',
    stance: null,
    speaker: null,
    date: null,
    scope: null,
    inference: null,
    evidence: [],
    attributes: {},
    ...fields,
  };
}

function entity(id: string, type: EntityType, name: string, aliases: string[] = []): EntityDto {
  return {
    id: asEntityId(id),
    labels: ['Entity', type],
    type,
    name,
    aliases,
    description: `${name} (${type}) in the AFP article.`,
    articleIds: [FIXTURE_ARTICLE_ID],
    attributes: {},
  };
}

interface EdgeSpec {
  id: string;
  type: string;
  source: string;
  target: string;
  quote: string;
  stance?: Stance;
  speaker?: string;
}

function edge(spec: EdgeSpec): RelationshipDto {
  const start = ARTICLE_TEXT.indexOf(spec.quote);
  if (start < 0) throw new Error(`Fixture quote not in the fixture article: "${spec.quote}"`);
  const sentence = RAW_SENTENCES.find((s) => s.start <= start && start < s.end);
  return {
    id: asRelationshipId(spec.id),
    type: spec.type,
    source: asEntityId(spec.source),
    target: asEntityId(spec.target),
    attribution: spec.stance ? 'attributed' : 'narrated',
    stance: spec.stance ?? null,
    speaker: spec.speaker === undefined ? null : asEntityId(spec.speaker),
    date: null,
    scope: null,
    inference: null,
    evidence: [
      {
        articleId: FIXTURE_ARTICLE_ID,
        quote: spec.quote,
        start,
        end: start + spec.quote.length,
        sentenceIndex: sentence?.index ?? 0,
      },
    ],
    attributes: {},
  };
}

const NODES: EntityDto[] = [
  entity('china', 'Country', 'China', ['Beijing']),
  entity('tiktok', 'Product', 'TikTok', ['Tiktok']),
  entity('bytedance', 'Organization', 'ByteDance'),
  entity('shou-zi-chew', 'Person', 'Shou Zi Chew', ['Chew']),
  entity('mao-ning', 'Person', 'Mao Ning'),
  entity('china-mfa', 'GovernmentBody', 'Ministry of Foreign Affairs'),
  entity('us-congress', 'GovernmentBody', 'US Congress', ['US congressmen']),
  entity('oracle', 'Organization', 'Oracle'),
  entity('chinese-law', 'Law', '2017 Chinese law', ['Chinese law']),
  entity('us-users-data', 'Dataset', 'Americans’ personal data'),
];

const EDGES: RelationshipDto[] = [
  edge({
    id: 'r-china-denies',
    type: 'REQUESTS_DATA_FROM',
    source: 'china',
    target: 'bytedance',
    quote: 'it “never” asks companies to hand over data collected abroad',
    stance: 'denies',
    speaker: 'mao-ning',
  }),
  edge({
    id: 'r-tiktok-accused',
    type: 'GIVES_DATA_ACCESS_TO',
    source: 'tiktok',
    target: 'china',
    quote: 'TikTok is accused of giving Chinese authorities access to data',
    stance: 'accuses',
    speaker: 'us-congress',
  }),
  edge({
    id: 'r-tiktok-denies',
    type: 'GIVES_DATA_ACCESS_TO',
    source: 'tiktok',
    target: 'china',
    quote: 'Tiktok denies this information',
    stance: 'denies',
    speaker: 'tiktok',
  }),
  edge({
    id: 'r-chew-ceo',
    type: 'CEO_OF',
    source: 'shou-zi-chew',
    target: 'tiktok',
    quote: 'Its chief executive, Shou Zi Chew',
  }),
  edge({
    id: 'r-congress-questions',
    type: 'QUESTIONED',
    source: 'us-congress',
    target: 'shou-zi-chew',
    quote: 'underwent intense questioning on Thursday from US congressmen',
  }),
  edge({
    id: 'r-mao-spokes',
    type: 'SPOKESPERSON_OF',
    source: 'mao-ning',
    target: 'china-mfa',
    quote: 'Mao Ning, a spokeswoman for China’s Ministry of Foreign Affairs',
  }),
  edge({
    id: 'r-mfa-part',
    type: 'PART_OF',
    source: 'china-mfa',
    target: 'china',
    quote: 'China’s Ministry of Foreign Affairs',
  }),
  edge({
    id: 'r-bytedance-owns',
    type: 'OWNS',
    source: 'bytedance',
    target: 'tiktok',
    quote: 'TikTok is owned by the Chinese group ByteDance',
  }),
  edge({
    id: 'r-chew-admits',
    type: 'SUBJECT_TO',
    source: 'us-users-data',
    target: 'chinese-law',
    quote: 'some Americans’ personal data was still subject to Chinese law',
    stance: 'admits',
    speaker: 'shou-zi-chew',
  }),
  edge({
    id: 'r-chew-promises',
    type: 'WILL_MANAGE',
    source: 'oracle',
    target: 'us-users-data',
    quote: 'managed solely by servers of the Texan group Oracle',
    stance: 'promises',
    speaker: 'shou-zi-chew',
  }),
  edge({
    id: 'r-bytedance-acknowledges',
    type: 'HAS_DATA_ACCESS',
    source: 'bytedance',
    target: 'china',
    quote: 'staff in China could have access to European user data',
    stance: 'acknowledges',
    speaker: 'bytedance',
  }),
];

export const FIXTURE_GRAPH: EntityGraphDto = { nodes: NODES, edges: EDGES };

const sentenceIndexesOf = (edge: RelationshipDto): number[] =>
  edge.evidence.map((quote) => quote.sentenceIndex);

export const FIXTURE_ARTICLE: ArticleDto = {
  id: FIXTURE_ARTICLE_ID,
  title: 'TikTok: China claims it never asked companies to hand over data collected abroad',
  outlet: 'AFP',
  publishedAt: '2023-03-24',
  language: 'en',
  sentenceCount: RAW_SENTENCES.length,
  provenance: null,
  text: ARTICLE_TEXT,
  sentences: RAW_SENTENCES.map((sentence) => ({
    ...sentence,
    relationshipIds: EDGES.filter((e) => sentenceIndexesOf(e).includes(sentence.index)).map(
      (e) => e.id,
    ),
  })),
};
