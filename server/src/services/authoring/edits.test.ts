import { describe, expect, it } from 'vitest';
import type { SeedArticle } from '@newsgraph/seed';
import type { GraphLookups } from '../../graph/articleDocumentStore.ts';
import { applyEdit, selectedText } from './edits.ts';
import { validateDocument } from './service.ts';

const TEXT = 'Follow-up\n\nChew denied that TikTok shares data. ByteDance owns TikTok, the app.\n';

const article: SeedArticle = {
  id: 'follow-up',
  title: 'Follow-up',
  outlet: 'Desk',
  publishedAt: '2023-03-27',
  language: 'en',
  text: TEXT,
  entities: [],
  relationships: [],
};

/** The published graph, in memory: one AFP-like article's entities and relationship. */
const graph: GraphLookups = {
  entity: (id) =>
    Promise.resolve(
      {
        tiktok: { id: 'tiktok', name: 'TikTok', type: 'Product' as const, description: 'App.' },
        bytedance: {
          id: 'bytedance',
          name: 'ByteDance',
          type: 'Company' as const,
          description: 'Group.',
        },
        'shou-zi-chew': {
          id: 'shou-zi-chew',
          name: 'Shou Zi Chew',
          type: 'Person' as const,
          description: 'CEO.',
        },
      }[id] ?? null,
    ),
  relationship: (id) =>
    Promise.resolve(
      id === 'bytedance-owns-tiktok'
        ? {
            id,
            type: 'OWNS' as const,
            from: 'bytedance',
            to: 'tiktok',
            attribution: 'narrated' as const,
          }
        : null,
    ),
  relationshipBetween: (type, from, to) =>
    Promise.resolve(
      type === 'OWNS' && from === 'bytedance' && to === 'tiktok' ? 'bytedance-owns-tiktok' : null,
    ),
  otherDocumentWith: (id) => Promise.resolve(id === 'claimed-by-a-draft' ? 'other-draft' : null),
  change: () => Promise.resolve(null),
};

const at = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};

describe('selectedText', () => {
  it('returns the text at the offsets and refuses a mismatch, overflow or whitespace', () => {
    expect(selectedText(TEXT, at('ByteDance'), 'edit.selection')).toBe('ByteDance');
    expect(() =>
      selectedText(TEXT, { ...at('ByteDance'), text: 'Bytedance' }, 'edit.selection'),
    ).toThrow(/edit.selection: the text at \[\d+, \d+\) is "ByteDance", not "Bytedance"/);
    expect(() => selectedText(TEXT, { start: 1, end: TEXT.length + 1 }, 'edit.evidence')).toThrow(
      /past the end/,
    );
    const spaced = at(' ByteDance');
    expect(() => selectedText(TEXT, spaced, 'edit.selection')).toThrow(/whitespace/);
  });
});

describe('applyEdit', () => {
  it('creates an entity from a selection, with a slug id, and never changes the input', async () => {
    const result = await applyEdit(
      article,
      {
        kind: 'createEntity',
        selection: at('Chew'),
        as: 'alias',
        name: 'Shou Zi Chew the Second',
        type: 'Person',
      },
      graph,
    );
    expect(result.article.entities).toStrictEqual([
      {
        id: 'shou-zi-chew-the-second',
        name: 'Shou Zi Chew the Second',
        type: 'Person',
        aliases: ['Chew'],
        description: 'Person named in "Follow-up".',
        properties: {},
      },
    ]);
    expect(result.createdId).toBe('shou-zi-chew-the-second');
    expect(article.entities).toStrictEqual([]);
  });

  it('refuses to duplicate an entity of the graph or of another draft', async () => {
    await expect(
      applyEdit(
        article,
        { kind: 'createEntity', selection: at('ByteDance'), as: 'name', type: 'Company' },
        graph,
      ),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { id: 'bytedance', name: 'ByteDance', type: 'Company' },
    });
    await expect(
      applyEdit(
        article,
        {
          kind: 'createEntity',
          selection: at('ByteDance'),
          as: 'name',
          type: 'Company',
          id: 'claimed-by-a-draft',
        },
        graph,
      ),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { id: 'claimed-by-a-draft', articleId: 'other-draft' },
    });
  });

  it('adds a quote to a relationship of another article, bringing its endpoints along', async () => {
    const result = await applyEdit(
      article,
      {
        kind: 'addEvidence',
        relationshipId: 'bytedance-owns-tiktok',
        evidence: at('ByteDance owns TikTok'),
      },
      graph,
    );
    expect(result.article.entities.map((e) => [e.id, e.aliases])).toStrictEqual([
      ['bytedance', []],
      ['tiktok', []],
    ]);
    expect(result.article.relationships).toStrictEqual([
      {
        id: 'bytedance-owns-tiktok',
        type: 'OWNS',
        from: 'bytedance',
        to: 'tiktok',
        attribution: 'narrated',
        properties: {},
        evidence: [
          {
            quote: 'ByteDance owns TikTok',
            start: at('ByteDance owns TikTok').start,
            end: at('ByteDance owns TikTok').end,
          },
        ],
      },
    ]);
    expect(() => validateDocument(result.article)).not.toThrow();
  });

  it('sends a statement the graph already has to addEvidence', async () => {
    await expect(
      applyEdit(
        article,
        {
          kind: 'createRelationship',
          type: 'OWNS',
          from: 'bytedance',
          to: 'tiktok',
          attribution: 'narrated',
          evidence: at('ByteDance owns TikTok'),
        },
        graph,
      ),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      details: { relationshipId: 'bytedance-owns-tiktok' },
    });
  });

  it('creates a claim with its stance, which passes the seed rules', async () => {
    const result = await applyEdit(
      article,
      {
        kind: 'createClaim',
        selection: at('TikTok shares data'),
        speaker: 'shou-zi-chew',
        stanceType: 'DENIES',
        evidence: at('Chew denied that TikTok shares data'),
      },
      graph,
    );
    expect(result.createdId).toBe('claim-tiktok-shares-data');
    expect(result.article.relationships[0]).toMatchObject({
      id: 'shou-zi-chew-denies-claim-tiktok-shares-data',
      type: 'DENIES',
      attribution: 'attributed',
      stance: 'denies',
      speaker: 'shou-zi-chew',
    });
    expect(() => validateDocument(result.article)).not.toThrow();
  });

  it('names the field when the seed rules refuse the result', async () => {
    const result = await applyEdit(
      article,
      {
        kind: 'createRelationship',
        type: 'DENIES',
        from: 'shou-zi-chew',
        to: 'tiktok',
        attribution: 'narrated',
        evidence: at('Chew denied'),
      },
      graph,
    );
    expect(() => validateDocument(result.article)).toThrow(
      expect.objectContaining({
        code: 'INVALID_EDIT',
        details: {
          issues: [
            {
              path: '$.relationships[0].stance',
              field: 'edit.stance',
              message: 'a DENIES relationship must be attributed with stance "denies"',
            },
          ],
        },
      }),
    );
  });

  it('links an entity of the graph named by its own name, without an alias, once', async () => {
    const result = await applyEdit(
      article,
      { kind: 'addAlias', entityId: 'tiktok', selection: at('TikTok') },
      graph,
    );
    expect(result.article.entities).toStrictEqual([
      {
        id: 'tiktok',
        name: 'TikTok',
        type: 'Product',
        description: 'App.',
        aliases: [],
        properties: {},
      },
    ]);
    expect(result.summary).toBe('Linked tiktok to this article by its name');
    expect(() => validateDocument(result.article)).not.toThrow();
    await expect(
      applyEdit(
        result.article,
        { kind: 'addAlias', entityId: 'tiktok', selection: at('TikTok') },
        graph,
      ),
    ).rejects.toMatchObject({ code: 'INVALID_EDIT' });
    const alias = await applyEdit(
      result.article,
      { kind: 'addAlias', entityId: 'tiktok', selection: at('the app') },
      graph,
    );
    expect(alias.article.entities[0]?.aliases).toStrictEqual(['the app']);
  });

  it('refuses to delete an entity a relationship still uses, and an unknown one', async () => {
    const { article: withOwns } = await applyEdit(
      article,
      {
        kind: 'addEvidence',
        relationshipId: 'bytedance-owns-tiktok',
        evidence: at('ByteDance owns TikTok'),
      },
      graph,
    );
    await expect(
      applyEdit(withOwns, { kind: 'deleteEntity', entityId: 'tiktok' }, graph),
    ).rejects.toMatchObject({ code: 'INVALID_EDIT' });
    await expect(
      applyEdit(withOwns, { kind: 'deleteEntity', entityId: 'nobody' }, graph),
    ).rejects.toMatchObject({ code: 'UNKNOWN_ENTITY' });
    const { article: bare } = await applyEdit(
      withOwns,
      { kind: 'deleteRelationship', relationshipId: 'bytedance-owns-tiktok' },
      graph,
    );
    const { article: empty } = await applyEdit(
      bare,
      { kind: 'deleteEntity', entityId: 'tiktok' },
      graph,
    );
    expect(empty.entities.map((e) => e.id)).toStrictEqual(['bytedance']);
  });
});
