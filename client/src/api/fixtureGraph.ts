import type { ArticleDto, EdgeDto, GraphDto, NodeDto, SentenceDto } from './types.ts';

/**
 * A small, hand-made slice of the AFP article's graph. It lets the client and
 * its component tests run without a server; its shape follows the seed's
 * (labels ['Entity', type], evidence arrays on every relationship).
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

export const FIXTURE_ARTICLE_ID = 'afp-2023-03-24-tiktok';

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

function entity(id: string, type: string, name: string, aliases: string[] = []): NodeDto {
  return {
    id,
    labels: ['Entity', type],
    properties: { id, name, type, aliases, description: `${name} (${type}) in the AFP article.` },
  };
}

interface EdgeSpec {
  id: string;
  type: string;
  source: string;
  target: string;
  quote: string;
  stance?: string;
  speaker?: string;
}

function edge(spec: EdgeSpec): EdgeDto {
  const start = ARTICLE_TEXT.indexOf(spec.quote);
  if (start < 0) throw new Error(`Fixture quote not in the fixture article: "${spec.quote}"`);
  const sentence = RAW_SENTENCES.find((s) => s.start <= start && start < s.end);
  return {
    id: spec.id,
    type: spec.type,
    source: spec.source,
    target: spec.target,
    properties: {
      attribution: spec.stance ? 'attributed' : 'narrated',
      ...(spec.stance ? { stance: spec.stance } : {}),
      ...(spec.speaker ? { speaker: spec.speaker } : {}),
      evidenceQuotes: [spec.quote],
      evidenceStarts: [start],
      evidenceEnds: [start + spec.quote.length],
      evidenceSentenceIndexes: [sentence?.index ?? 0],
      evidenceArticleIds: [FIXTURE_ARTICLE_ID],
      articleIds: [FIXTURE_ARTICLE_ID],
    },
  };
}

const NODES: NodeDto[] = [
  entity('china', 'Country', 'China', ['Beijing']),
  entity('tiktok', 'Product', 'TikTok', ['Tiktok']),
  entity('bytedance', 'Organization', 'ByteDance'),
  entity('shou-zi-chew', 'Person', 'Shou Zi Chew', ['Chew']),
  entity('mao-ning', 'Person', 'Mao Ning'),
  entity('china-mfa', 'GovernmentBody', 'Ministry of Foreign Affairs'),
  entity('us-congress', 'GovernmentBody', 'US Congress', ['US congressmen']),
  entity('oracle', 'Organization', 'Oracle'),
  entity('chinese-law', 'Law', '2017 Chinese law', ['Chinese law']),
  entity('us-users-data', 'Concept', 'Americans’ personal data'),
];

const EDGES: EdgeDto[] = [
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

export const FIXTURE_GRAPH: GraphDto = { nodes: NODES, edges: EDGES };

function sentenceIndexesOf(edgeDto: EdgeDto): number[] {
  const indexes = edgeDto.properties.evidenceSentenceIndexes;
  return Array.isArray(indexes) ? indexes.filter((i): i is number => typeof i === 'number') : [];
}

export const FIXTURE_ARTICLE: ArticleDto = {
  id: FIXTURE_ARTICLE_ID,
  title: 'TikTok: China claims it never asked companies to hand over data collected abroad',
  outlet: 'AFP',
  publishedAt: '2023-03-24',
  language: 'en',
  sentenceCount: RAW_SENTENCES.length,
  text: ARTICLE_TEXT,
  sentences: RAW_SENTENCES.map((sentence) => ({
    ...sentence,
    relationshipIds: EDGES.filter((e) => sentenceIndexesOf(e).includes(sentence.index)).map(
      (e) => e.id,
    ),
  })),
};
