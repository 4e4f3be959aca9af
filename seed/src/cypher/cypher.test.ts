import { describe, expect, it } from 'vitest';
import { UPSERT_ARTICLE_AND_SENTENCES, UPSERT_SENTENCES } from './articles.ts';
import { createEntities, removeLabel, updateEntities } from './entities.ts';
import {
  createRelationships,
  existingIds,
  findRelationshipsById,
  updateRelationships,
} from './relationships.ts';
import { relationshipConstraintName, resetLabel, schemaItems } from './schema.ts';

describe('statement builders', () => {
  it('write relationship types only as backtick-quoted vocabulary names', () => {
    expect(createRelationships(['OWNS'], [])).toContain('MERGE (a)-[r:`OWNS` {id: row.id}]->(b)');
    expect(updateRelationships('BANS', [])).toContain('MATCH (a)-[r:`BANS` {id: row.id}]->(b)');
    expect(() => createRelationships(['OWNS]->() DETACH DELETE (a'], [])).toThrow(RangeError);
    expect(() => updateRelationships('owns', [])).toThrow(RangeError);
  });

  it('write labels only as backtick-quoted vocabulary names', () => {
    expect(createEntities([])).toContain(
      "WHEN row.entityType = 'Person' THEN [1] ELSE [] END | SET n:`Person`",
    );
    expect(removeLabel('Claim')).toContain('REMOVE n:`Claim`');
    expect(updateEntities([], { retyped: true })).toContain('SET n:`Person`');
    expect(updateEntities([], { retyped: false })).not.toContain('SET n:`Person`');
    expect(() => removeLabel('SavedQuery')).toThrow(RangeError);
  });

  it('name user properties explicitly and refuse names outside camelCase', () => {
    expect(createEntities(['americanUsers'])).toContain(
      'n.`americanUsers` = row.properties.`americanUsers`',
    );
    expect(updateEntities(['americanUsers'], { retyped: true })).toContain(
      'n.`americanUsers` = coalesce(row.properties.`americanUsers`, n.`americanUsers`)',
    );
    expect(updateRelationships('OWNS', ['scopeNote'])).toContain(
      'r.`scopeNote` = coalesce(row.properties.`scopeNote`, r.`scopeNote`)',
    );
    expect(() => createEntities(['x` = 1 DETACH DELETE n //'])).toThrow(RangeError);
    expect(() => createRelationships(['OWNS'], ['Name'])).toThrow(RangeError);
  });

  it('never use a dynamic property map, which would make the plan Eager', () => {
    for (const statement of [
      createEntities(['a']),
      updateEntities(['a'], { retyped: false }),
      createRelationships(['OWNS', 'BANS'], ['a']),
      updateRelationships('OWNS', ['a']),
      UPSERT_ARTICLE_AND_SENTENCES,
      UPSERT_SENTENCES,
    ]) {
      expect(statement).not.toMatch(/\+=/);
      expect(statement).toContain('RETURN count(');
    }
  });

  it('probe only the given types, and nothing when there are none', () => {
    const probe = existingIds(['BANS', 'OWNS']);
    expect(probe.match(/\$relationshipIds\.`\w+`/g)).toStrictEqual([
      '$relationshipIds.`BANS`',
      '$relationshipIds.`OWNS`',
    ]);
    expect(existingIds([])).toContain('RETURN [] AS relationshipIds');
    expect(findRelationshipsById().match(/UNION ALL/g)).toHaveLength(27);
  });

  it('create a uniqueness constraint per relationship type and the entity_search index', () => {
    const statements = schemaItems().map((item) => item.statement);
    expect(statements).toContain(
      'CREATE CONSTRAINT `owns_id` IF NOT EXISTS FOR ()-[r:`OWNS`]-() REQUIRE r.id IS UNIQUE',
    );
    expect(statements).toContain(
      'CREATE CONSTRAINT `entity_id` IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    );
    expect(statements).toContain(
      'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasesText]',
    );
    expect(statements.filter((s) => s.includes('FOR ()-[r:'))).toHaveLength(28);
    expect(relationshipConstraintName('TESTIFIED_BEFORE')).toBe('testified_before_id');
    expect(new Set(schemaItems().map((item) => item.name)).size).toBe(statements.length);
    expect(resetLabel('Sentence')).toStrictEqual([
      'MATCH (n:`Sentence`)-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS',
      'MATCH (n:`Sentence`)<-[r]-() CALL (r) { DELETE r } IN TRANSACTIONS OF 2000 ROWS',
      'MATCH (n:`Sentence`) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    ]);
    expect(resetLabel('ArticleDocument')[2]).toBe(
      'MATCH (n:`ArticleDocument`) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20 ROWS',
    );
  });
});
