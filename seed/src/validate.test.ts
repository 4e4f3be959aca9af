/**
 * checkArticle and checkArticleSet, rule by rule: each test breaks one thing
 * in the small valid test article and expects exactly the issue that names it.
 * The integration suite (tests/integration/seed/bad-input.test.ts) checks the
 * same rules end to end, through files, the CLI and Neo4j.
 */
import { describe, expect, it } from 'vitest';
import type { SeedIssue } from './errors.ts';
import { parseGraphFile, toSeedArticle } from './load.ts';
import type { SeedArticle } from './model.ts';
import { TEST_TEXT, testGraph } from './testArticle.ts';
import { checkArticle, checkArticleSet, memoryFiles, type ArticleFiles } from './validate.ts';

const FILES: ArticleFiles = { graph: 'a/graph.json', text: 'a/article.txt' };
const AGAINST_TEXT = 'a/graph.json (against a/article.txt)';

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The test article changed shape.');
  return value;
}

function validArticle(id = 'test-article'): SeedArticle {
  const parsed = parseGraphFile(testGraph(id), FILES.graph);
  if (!('graph' in parsed)) throw new Error('the test article no longer parses');
  return toSeedArticle(parsed.graph, TEST_TEXT);
}

/** The valid article with entity `i` changed; the cast lets a test break the types on purpose. */
function withEntity(i: number, changes: Record<string, unknown>): SeedArticle {
  const article = validArticle();
  const entities = article.entities.map((e, j) => (j === i ? { ...e, ...changes } : e));
  return { ...article, entities };
}

function withRelationship(i: number, changes: Record<string, unknown>): SeedArticle {
  const article = validArticle();
  const relationships = article.relationships.map((r, j) => (j === i ? { ...r, ...changes } : r));
  return { ...article, relationships };
}

const issue = (path: string, message: string, file = FILES.graph): SeedIssue => ({
  file,
  path,
  message,
});
const check = (article: SeedArticle, aliasesMustOccur = true) =>
  checkArticle(article, FILES, { aliasesMustOccur });

describe('checkArticle', () => {
  it('finds nothing wrong with the valid test article', () => {
    expect(check(validArticle())).toStrictEqual([]);
    expect(memoryFiles('gen-1')).toStrictEqual({
      graph: '<memory:gen-1>/graph.json',
      text: '<memory:gen-1>/article.txt',
    });
  });

  it('checks the article id and that the text is not blank', () => {
    expect(check({ ...validArticle(), id: 'Not A Slug' })).toStrictEqual([
      issue('$.source.id', '"Not A Slug" is not a slug'),
    ]);
    const blank = { ...validArticle(), text: ' \n ', relationships: [], entities: [] };
    expect(check(blank)).toStrictEqual([
      issue('$.source.textFile', 'the article text is empty', AGAINST_TEXT),
    ]);
  });

  it('checks entity ids and types, and duplicate ids', () => {
    expect(check(withEntity(0, { id: 'Acme!' }))).toContainEqual(
      issue('$.entities[0].id', '"Acme!" is not a slug'),
    );
    const unknownType = check(withEntity(1, { type: 'Spaceship' }));
    expect(unknownType).toHaveLength(1);
    expect(unknownType[0]?.path).toBe('$.entities[1].type');
    expect(unknownType[0]?.message).toMatch(/^unknown entity type "Spaceship"; known: .*Company/);
    const article = validArticle();
    const duplicate = { ...article, entities: [...article.entities, defined(article.entities[1])] };
    expect(check(duplicate)).toStrictEqual([
      issue('$.entities[3].id', 'duplicate entity id "widgets" (first at $.entities[1])'),
    ]);
  });

  it('scopes a generic entity to its article by its id', () => {
    const renamed = 'test-article-acme';
    expect(check(withEntity(0, { generic: true }))).toStrictEqual([
      issue(
        '$.entities[0].id',
        `"acme" is generic, so its id must start with the article's id ("test-article-…") to keep it from merging with another article's; rename it "${renamed}"`,
      ),
    ]);
    const article = validArticle();
    const rename = (id: string) => (id === 'acme' ? renamed : id);
    const scoped: SeedArticle = {
      ...article,
      entities: article.entities.map((e) =>
        e.id === 'acme' ? { ...e, id: renamed, generic: true } : e,
      ),
      relationships: article.relationships.map((r) => ({
        ...r,
        from: rename(r.from),
        to: rename(r.to),
        ...(r.speaker === undefined ? {} : { speaker: rename(r.speaker) }),
      })),
    };
    expect(check(scoped)).toStrictEqual([]);
  });

  it('checks relationship ids, unique across types', () => {
    expect(check(withRelationship(0, { id: 'Owns_1' }))).toStrictEqual([
      issue('$.relationships[0].id', '"Owns_1" is not a slug'),
    ]);
    expect(check(withRelationship(2, { id: 'acme-owns-widgets' }))).toStrictEqual([
      issue(
        '$.relationships[2].id',
        'duplicate relationship id "acme-owns-widgets" (first at $.relationships[0]); ids are unique across all types',
      ),
    ]);
  });

  it('checks aliases: trimmed, non-empty, not the name, not repeated, and in the text', () => {
    const aliases = (list: string[], mustOccur = false) =>
      check(withEntity(0, { aliases: list }), mustOccur);
    const blankRule = 'an alias must be non-empty and have no surrounding whitespace';
    expect(aliases([' Acme'])).toStrictEqual([issue('$.entities[0].aliases[0]', blankRule)]);
    expect(aliases(['Acme '])).toStrictEqual([issue('$.entities[0].aliases[0]', blankRule)]);
    expect(aliases([''])).toStrictEqual([issue('$.entities[0].aliases[0]', blankRule)]);
    expect(aliases(['Acme Corp'])).toStrictEqual([
      issue('$.entities[0].aliases[0]', '"Acme Corp" repeats the name; list only other forms'),
    ]);
    expect(aliases(['Acme', 'Acme'])).toStrictEqual([
      issue('$.entities[0].aliases[1]', 'duplicate alias "Acme"'),
    ]);
    expect(aliases(['Acme', 'Acme Inc'])).toStrictEqual([]);
    expect(aliases(['Acme', 'Acme Inc'], true)).toStrictEqual([
      issue(
        '$.entities[0].aliases[1]',
        'the alias "Acme Inc" does not occur in the text as whole words (case-sensitive); aliases list surface forms the text uses',
        AGAINST_TEXT,
      ),
    ]);
  });

  it('checks the relationship type and both ends', () => {
    const unknownType = check(withRelationship(0, { type: 'LIKES' }));
    expect(unknownType.map((i) => i.path)).toStrictEqual(['$.relationships[0].type']);
    expect(unknownType[0]?.message).toMatch(/^unknown relationship type "LIKES"; known: .*OWNS/);
    expect(check(withRelationship(0, { from: 'nobody', to: 'noone' }))).toStrictEqual([
      issue(
        '$.relationships[0].from',
        'unknown entity id "nobody"; declare it in $.entities of a/graph.json',
      ),
      issue(
        '$.relationships[0].to',
        'unknown entity id "noone"; declare it in $.entities of a/graph.json',
      ),
    ]);
    expect(check(withRelationship(0, { to: 'acme' }))).toStrictEqual([
      issue('$.relationships[0].to', 'a relationship cannot point at its own source'),
    ]);
    expect(check(withRelationship(2, { from: 'acme' }))).toStrictEqual([
      issue('$.relationships[2].from', 'an ABOUT relationship starts at a Claim entity'),
    ]);
  });

  it('requires a stance relationship on every claim', () => {
    const article = validArticle();
    const noDenial = {
      ...article,
      relationships: article.relationships.slice(0, 1).concat(defined(article.relationships[2])),
    };
    expect(check(noDenial)).toStrictEqual([
      issue(
        '$.entities[2]',
        'the claim "claim-acme-owns-widgets" has no stance relationship (ASSERTS, DENIES, ADMITTED, …) pointing at it; say who holds it',
      ),
    ]);
  });

  it('checks attribution, stance and speaker together', () => {
    const at = (field: string) => `$.relationships[0].${field}`;
    expect(check(withRelationship(0, { attribution: 'rumoured' }))).toStrictEqual([
      issue(at('attribution'), 'must be one of narrated, attributed'),
    ]);
    const unknownStance = check(withRelationship(0, { stance: 'shrugs' }));
    expect(unknownStance).toHaveLength(1);
    expect(unknownStance[0]?.message).toMatch(/^unknown stance "shrugs"; known: .*denies/);
    expect(
      check(withRelationship(0, { attribution: 'narrated', stance: 'asserts', speaker: 'acme' })),
    ).toStrictEqual([
      issue(
        at('stance'),
        'a narrated relationship has no stance; make it "attributed" or drop the stance',
      ),
      issue(
        at('speaker'),
        'a narrated relationship has no speaker; make it "attributed" or drop the speaker',
      ),
    ]);
    expect(check(withRelationship(0, { stance: undefined, speaker: undefined }))).toStrictEqual([
      issue(at('stance'), 'an attributed relationship needs a stance'),
      issue(at('speaker'), 'an attributed relationship needs a speaker (an entity id)'),
    ]);
    expect(check(withRelationship(0, { speaker: 'ghost' }))).toStrictEqual([
      issue(at('speaker'), 'unknown entity id "ghost"'),
    ]);
    expect(check(withRelationship(1, { stance: 'asserts' }))).toStrictEqual([
      issue(
        '$.relationships[1].stance',
        'a DENIES relationship must be attributed with stance "denies"',
      ),
    ]);
  });

  it('wants an inferred relationship and its note together', () => {
    const note = 'Read from the sentence before; the text does not say it outright.';
    expect(check(withRelationship(1, { inferred: true, inferenceNote: note }))).toStrictEqual([]);
    expect(check(withRelationship(1, { inferred: true }))).toStrictEqual([
      issue('$.relationships[1].inferenceNote', 'an inferred relationship needs a note saying why'),
    ]);
    expect(check(withRelationship(1, { inferenceNote: note }))).toStrictEqual([
      issue('$.relationships[1].inferred', 'an inference note needs "inferred": true'),
    ]);
  });

  it('finds the credit line of the provenance verbatim in the text', () => {
    const provenance = {
      outlet: 'unknown',
      publishedAt: 'inferred',
      note: 'Republished.',
    } as const;
    const credited = (credit: string): SeedArticle => ({
      ...validArticle(),
      provenance: { ...provenance, credit },
    });
    expect(check(credited('Widgets denies it.'))).toStrictEqual([]);
    expect(check(credited('(With information from AFP)'))).toStrictEqual([
      issue(
        '$.source.provenance.credit',
        'the credit "(With information from AFP)" does not occur in the text; quote the credit line verbatim',
        AGAINST_TEXT,
      ),
    ]);
  });

  it('checks every quote against the text, its sentence, and repeats', () => {
    const evidence = (list: { quote: string; start: number; end: number }[]) =>
      check(withRelationship(0, { evidence: list }));
    const quote = { quote: 'it owns Widgets Ltd', start: 49, end: 68 };
    expect(evidence([{ ...quote, start: 50, end: 69 }])).toStrictEqual([
      issue(
        '$.relationships[0].evidence[0]',
        'the text at [50, 69) is "t owns Widgets Ltd ", not the quote; the quote occurs at 49. Run `npm run seed -- --fix-offsets`',
        AGAINST_TEXT,
      ),
    ]);
    expect(TEST_TEXT.slice(17, 23)).toBe('\n\nAcme');
    expect(evidence([{ quote: '\n\nAcme', start: 17, end: 23 }])).toStrictEqual([
      issue('$.relationships[0].evidence[0].start', 'the quote does not start inside a sentence'),
    ]);
    expect(evidence([quote, quote])).toStrictEqual([
      issue('$.relationships[0].evidence[1]', 'the same quote is listed twice'),
    ]);
    expect(evidence([quote, { quote: 'Acme Corp', start: 19, end: 28 }])).toStrictEqual([]);
  });
});

describe('checkArticleSet', () => {
  const entry = (article: SeedArticle, folder: string) => ({
    article,
    files: { graph: `${folder}/graph.json`, text: `${folder}/article.txt` },
  });

  it('accepts articles whose shared ids agree', () => {
    expect(
      checkArticleSet([entry(validArticle('one'), 'one'), entry(validArticle('two'), 'two')]),
    ).toStrictEqual([]);
  });

  it('refuses a reused article id, an entity of two types, and a relationship with two meanings', () => {
    const other = validArticle('two');
    const changed: SeedArticle = {
      ...other,
      entities: other.entities.map((e) => (e.id === 'acme' ? { ...e, type: 'Person' } : e)),
      relationships: other.relationships.map((r) =>
        r.id === 'acme-owns-widgets' ? { ...r, from: 'widgets', to: 'acme' } : r,
      ),
    };
    expect(
      checkArticleSet([
        entry(validArticle('one'), 'one'),
        entry(changed, 'two'),
        entry(validArticle('one'), 'copy'),
      ]),
    ).toStrictEqual([
      {
        file: 'two/graph.json',
        path: '$.entities[0].type',
        message:
          'entity "acme" is a Person here but a Company in one/graph.json; shared ids must agree',
      },
      {
        file: 'two/graph.json',
        path: '$.relationships[0]',
        message:
          'relationship "acme-owns-widgets" is OWNS widgets -> acme here but OWNS acme -> widgets in one/graph.json; shared ids must agree',
      },
      {
        file: 'copy/graph.json',
        path: '$.source.id',
        message: 'article id "one" is also used by one/graph.json',
      },
    ]);
  });
});
