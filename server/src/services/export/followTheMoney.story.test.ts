import { describe, expect, it } from 'vitest';
import type { GraphDto, NodeDto } from '../../contract.ts';
import { toFollowTheMoney } from './followTheMoney.ts';

// A story-shaped graph: the article as a Publication entity, a second article
// cited but not exported, entities of every mapped type, and claims with
// stances. Each expected line below follows from README's mapping table.

const entity = (id: string, type: string, properties: NodeDto['properties'] = {}): NodeDto => ({
  id,
  labels: ['Entity', type],
  properties: { id, name: id.toUpperCase(), ...properties },
});

const story: GraphDto = {
  nodes: [
    entity('afp-2023-03-24', 'Publication', {
      name: null,
      title: '  China, TikTok and data  ',
      // Only a calendar date is an FtM date; a time of day or a word is left out.
      publishedAt: ['2023-03-24', '2023-03-24T10:00', 'March'],
      articleIds: ['afp-2023-03-24'],
    }),
    entity('shou-zi-chew', 'Person', {
      aliases: ['SHOU-ZI-CHEW', 'Chew', ' ', 'Mr Chew'],
      description: 'TikTok chief executive',
      articleIds: ['afp-2023-03-24', 'reuters-1'],
    }),
    entity('oracle', 'Organization', { articleIds: ['reuters-1'] }),
    entity('china', 'Country', { bornOn: { year: 1949 } }),
    entity('white-house', 'Government'),
    entity('commission', 'GovernmentBody'),
    entity('young-people', 'Group'),
    entity('texas', 'Place'),
    entity('hearing', 'Event'),
    entity('tiktok', 'Product'),
    entity('claim-1', 'Claim', { name: '', title: 'China denies it' }),
    { id: 'untyped', labels: ['Entity'], properties: { id: 'untyped', name: 7 } },
  ],
  edges: [
    {
      id: 'china-denies-claim-1',
      type: 'ABOUT',
      source: 'china',
      target: 'claim-1',
      properties: {
        attribution: 'attributed',
        stance: 'denies',
        evidenceQuotes: ['China has never asked'],
        evidenceArticleIds: ['reuters-1', 'afp-2023-03-24'],
      },
    },
    {
      id: 'young-people-owns-tiktok',
      type: 'OWNS',
      source: 'young-people',
      target: 'tiktok',
      properties: { evidenceArticleIds: ['afp-2023-03-24'] },
    },
    {
      id: 'tiktok-owns-texas',
      type: 'OWNS',
      source: 'tiktok',
      target: 'texas',
      properties: {},
    },
  ],
};

describe('toFollowTheMoney on a story', () => {
  it('writes every entity by the mapping table, the cited articles, and each claim as a dated link', () => {
    expect(toFollowTheMoney(story)).toStrictEqual([
      {
        id: 'afp-2023-03-24',
        schema: 'Article',
        properties: {
          name: ['China, TikTok and data'],
          keywords: ['Publication'],
          title: ['China, TikTok and data'],
          publishedAt: ['2023-03-24'],
        },
      },
      {
        id: 'shou-zi-chew',
        schema: 'Person',
        properties: {
          name: ['SHOU-ZI-CHEW'],
          alias: ['Chew', 'Mr Chew'],
          description: ['TikTok chief executive'],
          proof: ['afp-2023-03-24', 'reuters-1'],
          keywords: ['Person'],
        },
      },
      {
        id: 'oracle',
        schema: 'Organization',
        properties: { name: ['ORACLE'], proof: ['reuters-1'], keywords: ['Organization'] },
      },
      { id: 'china', schema: 'PublicBody', properties: { name: ['CHINA'], keywords: ['Country'] } },
      {
        id: 'white-house',
        schema: 'PublicBody',
        properties: { name: ['WHITE-HOUSE'], keywords: ['Government'] },
      },
      {
        id: 'commission',
        schema: 'PublicBody',
        properties: { name: ['COMMISSION'], keywords: ['GovernmentBody'] },
      },
      {
        id: 'young-people',
        schema: 'LegalEntity',
        properties: { name: ['YOUNG-PEOPLE'], keywords: ['Group'] },
      },
      {
        id: 'texas',
        schema: 'Address',
        properties: { name: ['TEXAS'], keywords: ['Place'], full: ['TEXAS'] },
      },
      { id: 'hearing', schema: 'Event', properties: { name: ['HEARING'], keywords: ['Event'] } },
      { id: 'tiktok', schema: 'Asset', properties: { name: ['TIKTOK'], keywords: ['Product'] } },
      {
        id: 'claim-1',
        schema: 'Note',
        properties: { name: ['China denies it'], keywords: ['Claim'] },
      },
      { id: 'untyped', schema: 'Note', properties: { name: ['7'], keywords: ['Entity'] } },
      // Cited by evidence but not exported: a stub Article named by its id.
      { id: 'reuters-1', schema: 'Article', properties: { name: ['reuters-1'] } },
      {
        id: 'china-denies-claim-1',
        schema: 'UnknownLink',
        properties: {
          subject: ['china'],
          object: ['claim-1'],
          role: ['ABOUT'],
          summary: ['China has never asked'],
          description: ['attributed (denies)'],
          recordId: ['china-denies-claim-1'],
          // The stub has no date; the exported article has one.
          date: ['2023-03-24'],
        },
      },
      {
        id: 'young-people-owns-tiktok',
        schema: 'Ownership',
        properties: {
          owner: ['young-people'],
          asset: ['tiktok'],
          role: ['OWNS'],
          description: ['narrated'],
          recordId: ['young-people-owns-tiktok'],
          date: ['2023-03-24'],
        },
      },
      {
        // An address cannot be owned in FtM: the fallback link.
        id: 'tiktok-owns-texas',
        schema: 'UnknownLink',
        properties: {
          subject: ['tiktok'],
          object: ['texas'],
          role: ['OWNS'],
          description: ['narrated'],
          recordId: ['tiktok-owns-texas'],
        },
      },
    ]);
  });
});
