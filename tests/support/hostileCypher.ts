/**
 * Inputs that must never change the graph through POST /api/cypher. Each
 * names what it tries and the status family it must get: 4xx for refusals,
 * 504 for queries that only the timeout can stop.
 */
export interface HostileInput {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  expect: '4xx' | 'timeout';
}

const write = (name: string, query: string, params?: Record<string, unknown>): HostileInput => ({
  name,
  query,
  expect: '4xx',
  ...(params ? { params } : {}),
});

export const HOSTILE_CYPHER: HostileInput[] = [
  // Every write clause
  write('CREATE node', 'CREATE (n:Hostile {x: 1}) RETURN n'),
  write('CREATE relationship', 'MATCH (a), (b) WITH a, b LIMIT 1 CREATE (a)-[:HOSTILE]->(b)'),
  write('MERGE node', "MERGE (n:Hostile {id: 'x'}) RETURN n"),
  write('MERGE with ON CREATE SET', "MERGE (n:Hostile {id: 'x'}) ON CREATE SET n.y = 1 RETURN n"),
  write('SET property', 'MATCH (n) SET n.hostile = true'),
  write('SET += map', 'MATCH (n) SET n += $props', { props: { hostile: true } }),
  write('SET label', 'MATCH (n) SET n:Hostile'),
  write('DELETE relationships', 'MATCH ()-[r]->() DELETE r'),
  write('DETACH DELETE everything', 'MATCH (n) DETACH DELETE n'),
  write('REMOVE property', 'MATCH (n) REMOVE n.name'),
  write('REMOVE label', 'MATCH (n:Entity) REMOVE n:Entity'),
  write('write after WITH', 'MATCH (n) WITH n LIMIT 1 CREATE (m:Hostile)'),
  write('write after OPTIONAL MATCH', 'OPTIONAL MATCH (n:Nothing) SET n.x = 1 RETURN n'),
  write(
    'write in UNION branch',
    'MATCH (n) RETURN count(n) AS c UNION CREATE (m:Hostile) RETURN 1 AS c',
  ),
  write(
    'write after read, same query',
    'MATCH (n:Entity) WITH count(n) AS c CREATE (:Hostile {c: c})',
  ),
  // Writes hidden in subqueries, FOREACH and procedures
  write('CALL { CREATE }', 'CALL () { CREATE (:Hostile) } RETURN 1'),
  write(
    'CALL { MERGE } importing',
    'MATCH (n) CALL (n) { MERGE (n)-[:HOSTILE]->(:Hostile) } RETURN 1',
  ),
  write('CALL { DELETE } correlated', 'MATCH (n) CALL (n) { DETACH DELETE n } RETURN 1'),
  write('old-style CALL { WITH }', 'MATCH (n) CALL { WITH n SET n.x = 1 } RETURN 1'),
  write(
    'CALL IN TRANSACTIONS',
    'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS',
  ),
  write('FOREACH CREATE', 'FOREACH (i IN range(1, 3) | CREATE (:Hostile {i: i}))'),
  write('FOREACH SET', 'MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.hostile = 1)'),
  write(
    'nested FOREACH',
    'FOREACH (a IN [1] | FOREACH (b IN [2] | MERGE (:Hostile {a: a, b: b})))',
  ),
  write('write inside EXISTS', 'MATCH (n) WHERE EXISTS { CREATE (:Hostile) } RETURN n'),
  write('db.createLabel', "CALL db.createLabel('Hostile')"),
  write('db.createProperty', "CALL db.createProperty('hostile')"),
  write('db.createRelationshipType', "CALL db.createRelationshipType('HOSTILE')"),
  write('db.clearQueryCaches', 'CALL db.clearQueryCaches()'),
  write('db.checkpoint', 'CALL db.checkpoint()'),
  write('db.resampleOutdatedIndexes', 'CALL db.resampleOutdatedIndexes()'),
  write('dbms.setConfigValue', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"),
  write('dbms.listConfig', 'CALL dbms.listConfig() YIELD name, value RETURN name, value'),
  write('dbms.components', 'CALL dbms.components()'),
  write(
    'dbms.security.createUser',
    "CALL dbms.security.createUser('mallory', 'password123', false)",
  ),
  write('apoc write procedure', "CALL apoc.cypher.runWrite('CREATE (:Hostile)', {})"),
  write(
    'apoc.periodic.iterate',
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
  ),
  write('dbms.killQueries', "CALL dbms.killQueries(['query-1'])"),
  // LOAD CSV from files and URLs
  write('LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"),
  write(
    'LOAD CSV path traversal',
    "LOAD CSV FROM 'file:///../../../../etc/shadow' AS row RETURN row",
  ),
  write('LOAD CSV from a URL', "LOAD CSV FROM 'http://127.0.0.1:7474/' AS row RETURN row"),
  write(
    'LOAD CSV WITH HEADERS then CREATE',
    "LOAD CSV WITH HEADERS FROM 'file:///x.csv' AS row CREATE (:Hostile {v: row.v})",
  ),
  write('LOAD CSV from a parameter URL', 'LOAD CSV FROM $url AS row RETURN row', {
    url: 'https://example.com/a.csv',
  }),
  // Schema and admin commands
  write('CREATE INDEX', 'CREATE INDEX hostile IF NOT EXISTS FOR (n:Hostile) ON (n.x)'),
  write('DROP INDEX', 'DROP INDEX entity_search IF EXISTS'),
  write(
    'CREATE CONSTRAINT',
    'CREATE CONSTRAINT hostile IF NOT EXISTS FOR (n:Hostile) REQUIRE n.x IS UNIQUE',
  ),
  write('DROP CONSTRAINT', 'DROP CONSTRAINT entity_id IF EXISTS'),
  write(
    'CREATE FULLTEXT INDEX',
    'CREATE FULLTEXT INDEX hostile_ft IF NOT EXISTS FOR (n:Hostile) ON EACH [n.x]',
  ),
  write('CREATE DATABASE', 'CREATE DATABASE hostile'),
  write('DROP DATABASE', 'DROP DATABASE neo4j'),
  write('STOP DATABASE', 'STOP DATABASE neo4j'),
  write('CREATE USER', "CREATE USER mallory SET PASSWORD 'password123'"),
  write('ALTER USER', "ALTER USER neo4j SET PASSWORD 'password123'"),
  write('ALTER CURRENT USER', "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'password123'"),
  write('DROP USER', 'DROP USER neo4j'),
  write('GRANT', 'GRANT ROLE admin TO mallory'),
  write('SHOW USERS', 'SHOW USERS'),
  write('SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'),
  write('SHOW SETTINGS', 'SHOW SETTINGS'),
  write('TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"),
  write('USE system', 'USE system SHOW USERS'),
  write('USE system with a read', 'USE system MATCH (n) RETURN n'),
  write('USE neo4j then write', 'USE neo4j CREATE (:Hostile)'),
  // Multiple statements
  write('read; write', 'MATCH (n) RETURN n; CREATE (:Hostile)'),
  write('read; drop', 'RETURN 1; DROP DATABASE neo4j'),
  write('write; read', 'CREATE (:Hostile); MATCH (n) RETURN n'),
  // Unicode and comment tricks
  write('write behind a block comment', '/* harmless */ CREATE (:Hostile)'),
  write('write behind a line comment', '// just reading\nCREATE (:Hostile)'),
  write('keyword split by a comment', 'CRE/**/ATE (:Hostile)'),
  write('zero-width space in keyword', 'C\u200bREATE (:Hostile)'),
  write('fullwidth letters', '\uff23\uff32\uff25\uff21\uff34\uff25 (:Hostile)'),
  write('lowercase keywords', "merge (n:Hostile {id: 'x'}) return n"),
  write('backticked label', 'CREATE (n:`Hostile``Label`) RETURN n'),
  write('CYPHER prefix', 'CYPHER runtime=slotted CREATE (:Hostile)'),
  write('PROFILE prefix', 'PROFILE CREATE (:Hostile)'),
  write('EXPLAIN prefix', 'EXPLAIN MATCH (n) DETACH DELETE n'),
  // Parameter smuggling
  write('parameter name carrying Cypher', 'RETURN 1', { 'x}) CREATE (:Hostile) //': 1 }),
  write('parameter map sets properties', 'MATCH (n) SET n = $m', { m: { name: 'pwned' } }),
  write('parameter used as a label', 'CREATE (n:$($label))', { label: 'Hostile' }),
  write('dynamic property write', 'MATCH (n) SET n[$key] = 1', { key: 'hostile' }),
  // Only the timeout can stop these
  {
    name: 'huge cartesian product',
    query: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)',
    expect: 'timeout',
  },
  {
    name: 'billion-row filter',
    query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)',
    expect: 'timeout',
  },
  {
    name: 'three-way cartesian product',
    query: 'WITH range(1, 3000) AS xs UNWIND xs AS a UNWIND xs AS b UNWIND xs AS c RETURN count(*)',
    expect: 'timeout',
  },
];
