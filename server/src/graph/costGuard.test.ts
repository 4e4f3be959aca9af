import { describe, expect, it } from 'vitest';
import { UnboundedQueryError } from '../domain/errors.ts';
import { STARTER_QUERIES } from '../services/starterQueries.ts';
import { assertBoundedCost } from './costGuard.ts';
import { tokenize } from './cypherTokens.ts';

function refusal(query: string, params: Record<string, unknown> = {}): string {
  try {
    assertBoundedCost(query, params);
  } catch (error) {
    if (error instanceof UnboundedQueryError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('tokenize', () => {
  it('keeps strings, comments, backticks and parameters apart from keywords', () => {
    const tokens = tokenize("RETURN 'range(1, 9)' /* reduce( */ AS `x IN y`, $p // [a IN b]\n");
    expect(tokens.map((token) => [token.kind, token.text])).toStrictEqual([
      ['word', 'RETURN'],
      ['string', 'range(1, 9)'],
      ['word', 'AS'],
      ['name', 'x IN y'],
      ['punct', ','],
      ['param', 'p'],
    ]);
  });

  it('matches brackets both ways', () => {
    const tokens = tokenize('f([a], {b: (c)})');
    expect(tokens.map((token) => token.match ?? null)).toStrictEqual([
      null,
      13,
      4,
      null,
      2,
      null,
      12,
      null,
      null,
      11,
      null,
      9,
      6,
      1,
    ]);
  });
});

describe('assertBoundedCost accepts everyday queries', () => {
  it.each(STARTER_QUERIES.map((query) => [query.name, query.cypher]))(
    'starter: %s',
    (_, cypher) => {
      expect(refusal(cypher, { id: 'tiktok', limit: 10, from: 'a', to: 'b' })).toBe('accepted');
    },
  );

  it.each([
    'MATCH (n:Entity) RETURN count(n)',
    'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)',
    'WITH range(1, 3000) AS xs UNWIND xs AS a UNWIND xs AS b RETURN count(*)',
    'MATCH p = (a)-[*..4]-(b) RETURN [n IN nodes(p) | n.name], reduce(s = 0, r IN relationships(p) | s + 1)',
    'MATCH (n) WITH collect(n) AS ns RETURN [x IN ns WHERE x.name STARTS WITH "T" | x.name]',
    "MATCH (n) WHERE n.name =~ '(?i)tik.*' AND n.type IN ['Person', 'Company'] RETURN n",
    'RETURN [a IN range(1, 1000) | [b IN range(1, 1000) | a * b]] AS table',
    "RETURN reduce(s = '', x IN range(1, 1000) | s + 'x') AS line",
    'MATCH (n) WHERE n.id IN $ids RETURN n',
    "RETURN replace(replace('abc', 'a', 'x'), 'b', 'y') AS s",
  ])('%s', (query) => {
    expect(refusal(query, { ids: ['a', 'b'] })).toBe('accepted');
  });
});

describe('assertBoundedCost refuses unstoppable work inside one expression', () => {
  it('refuses a big range outside UNWIND, naming its size and where it is', () => {
    expect(refusal('RETURN size(\n  range(1, 100000000)) AS n')).toBe(
      'This range() has 100,000,000 elements, and Neo4j builds it inside one expression, where its time limit cannot stop the work. ' +
        'Use UNWIND range(...) AS x to turn it into rows, or keep ranges under 100,000 elements with literal or parameter bounds (at line 2, column 3).',
    );
  });

  it('refuses a range whose bounds are computed, and reads number parameters', () => {
    expect(refusal('MATCH (n) RETURN [x IN range(1, n.count) | x]')).toMatch(
      /^This range\(\) has bounds the query text does not fix/,
    );
    expect(refusal('RETURN [x IN range(1, $n) | x]', { n: 50 })).toBe('accepted');
    expect(refusal('RETURN [x IN range(1, $n) | x]', { n: 5e8 })).toMatch(/500,000,000 elements/);
    expect(refusal('RETURN [x IN range(-100000000, 0) | x]')).toMatch(/100,000,001 elements/);
  });

  it('refuses nested loops over lists of unknown size, and growing reduce', () => {
    expect(refusal('WITH [1] AS xs RETURN [a IN xs WHERE any(b IN xs WHERE b = a)]')).toMatch(
      /^The query asks for about 1e\+10 steps inside one expression: this any runs inside another loop/,
    );
    expect(refusal("WITH ['a'] AS xs RETURN reduce(s = '', x IN xs | s + x)")).toMatch(
      /this reduce\(\) builds a string or list that it copies at every step/,
    );
    expect(refusal('WITH [1] AS xs RETURN [a IN xs WHERE a IN xs]')).toMatch(
      /this IN test runs inside another loop/,
    );
    expect(
      refusal('RETURN [a IN range(1, 1000) | [b IN range(1, 1000) | [c IN range(1, 100) | 1]]]'),
    ).toMatch(/about 1e\+8 steps.*inside 2 other loops/);
  });

  it('refuses regexes that can backtrack without end, or that it cannot see', () => {
    expect(refusal("RETURN 'aaaa!' =~ '(a+)+b'")).toMatch(/nests repetitions/);
    expect(refusal("RETURN 'abab' =~ '(ab)\\\\1'")).toMatch(/back-references/);
    expect(refusal('RETURN $t =~ $p', { t: 'x', p: '(x*)*y' })).toMatch(/nests repetitions/);
    expect(refusal("WITH 'a' AS p RETURN 'abc' =~ p")).toMatch(
      /must be a string literal or a string parameter/,
    );
  });

  it('refuses replace() nested deeper than three', () => {
    const bomb =
      "replace(replace(replace(replace('a', 'a', 'aa'), 'a', 'aa'), 'a', 'aa'), 'a', 'aa')";
    expect(refusal(`RETURN ${bomb}`)).toMatch(/^replace\(\) is nested 4 deep/);
  });

  it('is not fooled by keywords in strings or comments', () => {
    expect(refusal("RETURN 'range(1, 1000000000)' AS s // reduce(x IN range(1, 1e12))")).toBe(
      'accepted',
    );
  });
});
