import type { SavedQueryInput } from '../graph/savedQueryStore.ts';

/**
 * The starter library, written for the AFP article but phrased with
 * parameters so it works on any article graph. Seeded with MERGE at start-up:
 * a user's edits are never overwritten and a deleted starter stays deleted.
 */
export const STARTER_QUERIES: (SavedQueryInput & { id: string })[] = [
  {
    id: 'starter-who-banned',
    name: 'Who banned it?',
    description:
      'Every government, body or organisation that bans the product, with the scope of the ban.',
    cypher: `MATCH (banner:Entity)-[ban:BANS]->(product:Entity {id: $product})
RETURN banner, ban, product`,
    parameters: [
      { name: 'product', type: 'node-id', default: 'tiktok', description: 'The banned product' },
    ],
    tags: ['bans', 'tiktok'],
  },
  {
    id: 'starter-ownership-chain',
    name: 'Ownership chain',
    description: 'What an owner owns, directly or through others, up to four steps away.',
    cypher: `MATCH chain = (owner:Entity {id: $owner})-[:OWNS*1..4]->(:Entity)
RETURN chain`,
    parameters: [{ name: 'owner', type: 'node-id', default: 'bytedance' }],
    tags: ['ownership'],
  },
  {
    id: 'starter-statements-by-speaker',
    name: 'Everything a person or body said',
    description:
      'Attributed relationships whose speaker is the given entity: what it asserts, denies, admits, promises…',
    cypher: `MATCH (subject:Entity)-[statement]->(object:Entity)
WHERE statement.attribution = 'attributed' AND statement.speaker = $speaker
RETURN subject, statement, object`,
    parameters: [{ name: 'speaker', type: 'node-id', default: 'china' }],
    tags: ['claims', 'stance'],
  },
  {
    id: 'starter-denials-and-admissions',
    name: 'All denials and admissions',
    description: 'Who denies, admits or acknowledges which claim, with the quote that says so.',
    cypher: `MATCH (speaker:Entity)-[stance:DENIES|ADMITTED|ACKNOWLEDGED]->(claim:Claim)
RETURN speaker, stance, claim, stance.evidenceQuotes AS quotes
ORDER BY type(stance), speaker.name`,
    parameters: [],
    tags: ['claims', 'stance'],
  },
  {
    id: 'starter-path-between',
    name: 'How does one entity connect to another?',
    description:
      'All shortest paths between two entities, for example China and TikTok’s American user data.',
    cypher: `MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = allShortestPaths((from)-[*..6]-(to))
RETURN path`,
    parameters: [
      { name: 'from', type: 'node-id', default: 'china' },
      { name: 'to', type: 'node-id', default: 'tiktok-american-user-data' },
    ],
    tags: ['paths', 'data'],
  },
  {
    id: 'starter-the-hearing',
    name: 'The congressional hearing',
    description:
      'Who testified before whom, and what was said, admitted or promised there, by date.',
    cypher: `MATCH (witness:Entity)-[hearing:TESTIFIED_BEFORE]->(panel:Entity)
OPTIONAL MATCH (witness)-[said]->(claim:Claim)
WHERE said.date IS NULL OR said.date STARTS WITH hearing.date
RETURN witness, hearing, panel, said, claim`,
    parameters: [],
    tags: ['hearing', 'claims'],
  },
  {
    id: 'starter-claims-about',
    name: 'Claims about an entity',
    description: 'Every claim about the entity, and who asserts, denies or fears it.',
    cypher: `MATCH (claim:Claim)-[about:ABOUT]->(entity:Entity {id: $entity})
OPTIONAL MATCH (speaker:Entity)-[stance]->(claim)
RETURN claim, about, entity, speaker, stance`,
    parameters: [{ name: 'entity', type: 'node-id', default: 'tiktok' }],
    tags: ['claims'],
  },
  {
    id: 'starter-data-access',
    name: 'Who holds or can reach user data',
    description: 'Datasets, who stores or can access them, and which law they fall under.',
    cypher: `MATCH (holder:Entity)-[access]->(data:Dataset)
RETURN holder, access, data
UNION
MATCH (data:Dataset)-[access:SUBJECT_TO]->(holder:Entity)
RETURN holder, access, data`,
    parameters: [],
    tags: ['data', 'law'],
  },
  {
    id: 'starter-timeline',
    name: 'Timeline of dated statements',
    description: 'Relationships that carry a date, oldest first, with their quotes.',
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.date IS NOT NULL
RETURN r.date AS date, a.name AS subject, type(r) AS relationship, b.name AS object, r.evidenceQuotes[0] AS quote
ORDER BY date, subject`,
    parameters: [],
    tags: ['time'],
  },
  {
    id: 'starter-most-connected',
    name: 'Most connected entities',
    description: 'Entities ranked by how many relationships they take part in.',
    cypher: `MATCH (entity:Entity)
RETURN entity.name AS name, entity.type AS type, COUNT { (entity)--(:Entity) } AS relationships
ORDER BY relationships DESC, name
LIMIT $limit`,
    parameters: [{ name: 'limit', type: 'integer', default: 10 }],
    tags: ['overview'],
  },
];
