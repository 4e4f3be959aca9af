/**
 * Read-only queries that would burn Neo4j's CPU or memory for a long time.
 * None writes, so the read-only guard lets each through; what stops them is
 * the containment of issue #15:
 * - `refused`: the cost guard (server/src/graph/costGuard.ts) answers 422
 *   QUERY_UNBOUNDED before Neo4j sees it, because Neo4j could not interrupt
 *   the work (it sits inside one expression);
 * - `timeout`: the work flows as rows, so Neo4j's transaction timeout stops it
 *   and the API answers 504 QUERY_TIMEOUT;
 * - `memory`: Neo4j's per-query memory limit stops it, 422 QUERY_MEMORY_LIMIT.
 * Some may meet either of two limits first; `expect` lists every code that
 * is a correct answer.
 */
export type RunawayClass = 'expression' | 'regex-string' | 'rows' | 'paths' | 'memory';

export interface RunawayQuery {
  name: string;
  class: RunawayClass;
  query: string;
  params?: Record<string, unknown>;
  expect: ('QUERY_UNBOUNDED' | 'QUERY_TIMEOUT' | 'QUERY_MEMORY_LIMIT')[];
}

const refused = (
  name: string,
  runawayClass: RunawayClass,
  query: string,
  params?: Record<string, unknown>,
): RunawayQuery => ({
  name,
  class: runawayClass,
  query,
  expect: ['QUERY_UNBOUNDED'],
  ...(params ? { params } : {}),
});

export const RUNAWAY_CORPUS: RunawayQuery[] = [
  // Work inside one expression: Neo4j cannot stop it, so the guard refuses it.
  refused(
    'string built by reduce over a huge range',
    'expression',
    "RETURN size(reduce(s = '', i IN range(1, 100000000) | s + 'x')) AS n",
  ),
  refused(
    'sum by reduce over a huge range',
    'expression',
    'RETURN reduce(t = 0, i IN range(1, 300000000) | t + i) AS total',
  ),
  refused(
    'list comprehension over a billion',
    'expression',
    'RETURN size([x IN range(1, 1000000000) WHERE x % 7 = 0 | x * 2]) AS n',
  ),
  refused(
    'quantifier over a billion',
    'expression',
    'RETURN any(x IN range(1, 1000000000) WHERE x = -1) AS found',
  ),
  refused(
    'membership test in a huge range',
    'expression',
    'RETURN 5000000000 IN range(1, 4000000000) AS found',
  ),
  refused(
    'range bounds from a parameter',
    'expression',
    'RETURN size([x IN range(1, $n) | x]) AS n',
    { n: 1_000_000_000 },
  ),
  refused(
    'three nested comprehensions of a thousand',
    'expression',
    'RETURN size([a IN range(1, 1000) | [b IN range(1, 1000) | [c IN range(1, 1000) | a * b * c]]]) AS n',
  ),
  refused(
    'nested loops over a collected list',
    'expression',
    'UNWIND range(1, 200000) AS x WITH collect(x) AS xs RETURN size([a IN xs WHERE any(b IN xs WHERE b = a + 1)]) AS n',
  ),
  refused(
    'membership test inside a comprehension',
    'expression',
    'UNWIND range(1, 200000) AS x WITH collect(x) AS xs RETURN size([a IN xs WHERE -a IN xs]) AS n',
  ),
  refused(
    'growing reduce over a collected list',
    'expression',
    'UNWIND range(1, 300000) AS x WITH collect(x) AS xs RETURN size(reduce(acc = [], x IN xs | acc + [x])) AS n',
  ),
  refused(
    'catastrophic regex backtracking',
    'regex-string',
    "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a+)+b' AS matched",
  ),
  refused(
    'catastrophic regex from a parameter',
    'regex-string',
    'RETURN $text =~ $pattern AS matched',
    { text: `${'x'.repeat(60)}!`, pattern: '(x*)*y' },
  ),
  refused(
    'regex built by the query',
    'regex-string',
    "MATCH (e:Entity) WITH e.name AS name LIMIT 1 RETURN name =~ ('(' + name + '+)+$') AS matched",
  ),
  refused(
    'replace() bomb',
    'regex-string',
    "RETURN size(replace(replace(replace(replace(replace(replace(replace('ab', 'a', 'aaaaaaaa'), 'a', 'aaaaaaaa'), 'a', 'aaaaaaaa'), 'a', 'aaaaaaaa'), 'a', 'aaaaaaaa'), 'a', 'aaaaaaaa'), 'a', 'aaaaaaaa')) AS n",
  ),
  // Work that flows as rows: Neo4j's timeout stops it.
  {
    name: 'cartesian product of two unwinds',
    class: 'rows',
    query: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n',
    expect: ['QUERY_TIMEOUT'],
  },
  {
    name: 'billion-row filter',
    class: 'rows',
    query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n',
    expect: ['QUERY_TIMEOUT'],
  },
  {
    name: 'string work on every row',
    class: 'regex-string',
    query:
      "UNWIND range(1, 1000000000) AS i WITH toString(i) AS s WHERE s =~ '.*99999.*' RETURN count(*) AS n",
    expect: ['QUERY_TIMEOUT'],
  },
  {
    name: 'cartesian product of graph nodes the count store cannot answer',
    class: 'rows',
    query:
      'MATCH (a), (b), (c), (d) WHERE id(a) < id(b) AND id(c) <> id(d) AND a.name <> d.name RETURN count(*) AS n',
    expect: ['QUERY_TIMEOUT'],
  },
  {
    name: 'deep variable-length paths',
    class: 'paths',
    query: 'MATCH p = (a:Entity)-[*..20]-(b:Entity) RETURN count(p) AS n',
    expect: ['QUERY_TIMEOUT'],
  },
  {
    name: 'variable-length paths through sentences',
    class: 'paths',
    query: 'MATCH p = (a)-[*..25]-(b) WHERE a <> b RETURN count(DISTINCT length(p)) AS n',
    expect: ['QUERY_TIMEOUT', 'QUERY_MEMORY_LIMIT'],
  },
  {
    name: 'all shortest paths from every pair, repeated by rows',
    class: 'paths',
    query:
      'UNWIND range(1, 1000000) AS i MATCH (a:Entity), (b:Entity) WHERE a <> b MATCH p = allShortestPaths((a)-[*..10]-(b)) RETURN count(p) AS n',
    expect: ['QUERY_TIMEOUT'],
  },
  // Memory: Neo4j's per-query limit stops these; the answer names the limit.
  // With a short time limit on a busy machine the timeout may come first.
  {
    name: 'collect a huge list',
    class: 'memory',
    query: 'UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n',
    expect: ['QUERY_MEMORY_LIMIT', 'QUERY_TIMEOUT'],
  },
  {
    name: 'collect long strings',
    class: 'memory',
    query:
      "UNWIND range(1, 100000000) AS x RETURN size(collect(toString(x) + '-padding-padding-padding-padding')) AS n",
    expect: ['QUERY_MEMORY_LIMIT', 'QUERY_TIMEOUT'],
  },
  {
    name: 'distinct over a huge range',
    class: 'memory',
    query: 'UNWIND range(1, 100000000) AS x RETURN count(DISTINCT x) AS n',
    expect: ['QUERY_MEMORY_LIMIT', 'QUERY_TIMEOUT'],
  },
  {
    name: 'sort a huge range',
    class: 'memory',
    query: 'UNWIND range(1, 100000000) AS x WITH x ORDER BY x DESC RETURN collect(x)[0] AS top',
    expect: ['QUERY_MEMORY_LIMIT', 'QUERY_TIMEOUT'],
  },
];

export const RUNAWAY_CLASSES: RunawayClass[] = [
  'expression',
  'regex-string',
  'rows',
  'paths',
  'memory',
];
