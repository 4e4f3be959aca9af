import { describe, expect, it } from 'vitest';
import {
  buildDegreeCounts,
  buildFindRelationship,
  buildNeighbourPage,
  buildShortestPaths,
  FIND_NODE,
  resolveNode,
} from './explore.ts';

describe('exploration query builders', () => {
  it('counts degrees per type and direction with quoted types', () => {
    const cypher = buildDegreeCounts(['OWNS', 'BANS']);
    expect(cypher).toContain(
      'RETURN [COUNT { (n)-[:`OWNS`]->() }, COUNT { (n)<-[:`OWNS`]-() }, COUNT { (n)-[:`BANS`]->() }, COUNT { (n)<-[:`BANS`]-() }] AS degrees',
    );
  });

  it('pages neighbours without sorting, in the requested direction', () => {
    const out = buildNeighbourPage('out', 'OWNS');
    expect(out).toContain('MATCH (n)-[r:`OWNS`]->(m)\n  RETURN r, m SKIP $offset LIMIT $limit');
    expect(out).not.toMatch(/ORDER BY/);
    expect(buildNeighbourPage('in', undefined)).toContain('MATCH (n)<-[r]-(m)');
    expect(buildNeighbourPage('both', undefined)).toContain('WITH n, COUNT { (n)-[]-() } AS total');
    expect(out).toContain('WITH n, COUNT { (n)-[:`OWNS`]->() } AS total');
  });

  it('keeps a hostile type inside its quotes', () => {
    expect(buildNeighbourPage('out', 'X`]->(m) DETACH DELETE m //')).toContain(
      '[r:`X``]->(m) DETACH DELETE m //`]',
    );
  });

  it('finds relationships by id with one seek per type plus element id', () => {
    expect(buildFindRelationship(['OWNS'])).toBe(
      'CALL () {\n  MATCH (a)-[r:`OWNS` {id: $id}]->(b) RETURN a, r, b\n  UNION\n  MATCH (a)-[r]->(b) WHERE elementId(r) = $id RETURN a, r, b\n}\nRETURN a, r, b LIMIT 1',
    );
  });

  it('bounds shortest paths by a validated hop count', () => {
    expect(buildShortestPaths(6)).toContain('allShortestPaths((a)-[*..6]-(b))');
    expect(() => buildShortestPaths(13)).toThrow(RangeError);
    expect(() => buildShortestPaths(1.5)).toThrow(RangeError);
  });
});

describe('resolveNode', () => {
  it('finds the node by slug or element id, then goes on with the given clause', () => {
    const cypher = resolveNode('WITH n LIMIT 1');
    expect(cypher.trim().split('\n')).toStrictEqual([
      'CALL () {',
      '  MATCH (n:Entity {id: $id}) RETURN n',
      '  UNION',
      '  MATCH (n) WHERE elementId(n) = $id AND NOT n:SavedQuery AND NOT n:Article AND NOT n:Sentence AND NOT n:ArticleDocument AND NOT n:ArticleChange AND NOT n:MergedEntity RETURN n',
      '}',
      'WITH n LIMIT 1',
    ]);
    expect(FIND_NODE).toBe(resolveNode('RETURN n LIMIT 1'));
  });
});
