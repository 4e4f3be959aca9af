import type { EdgeDto, GraphDto, NodeDto, PropertyValue } from '../../contract.ts';

/**
 * FollowTheMoney (FtM), the data model of OCCRP's Aleph and OpenSanctions:
 * one entity per line (ndjson), `{ id, schema, properties }`, every property
 * a list of strings. Schemata and properties are those of FtM 3.8 (its
 * defaultModel); the README has the mapping table.
 */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Our entity types → FtM schemata. FtM has no Country schema; a country acting in a story is a state body. */
export const ENTITY_SCHEMA: Record<string, string> = {
  Person: 'Person',
  Company: 'Company',
  Organization: 'Organization',
  Government: 'PublicBody',
  GovernmentBody: 'PublicBody',
  Country: 'PublicBody',
  Group: 'LegalEntity',
  Product: 'Asset',
  Place: 'Address',
  Event: 'Event',
  Publication: 'Article',
};

/** Claims, laws, data sets and any type not listed: a Note, which FtM keeps for free-standing statements. */
export const FALLBACK_SCHEMA = 'Note';

/** FtM's schemata that can own (LegalEntity and below) and be owned (Asset and below), for Ownership. */
const OWNERS = new Set(['Person', 'Company', 'Organization', 'PublicBody', 'LegalEntity']);
const ASSETS = new Set(['Company', 'Asset']);

const typeOf = (node: NodeDto) => node.labels.find((label) => label !== 'Entity') ?? 'Entity';
export const schemaOf = (node: NodeDto) => ENTITY_SCHEMA[typeOf(node)] ?? FALLBACK_SCHEMA;

function strings(value: PropertyValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item));
  // Maps (temporal values) have no FtM form here; they are left out.
  if (typeof value === 'object') return [];
  const text = String(value).trim();
  return text ? [text] : [];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function withValues(properties: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(properties).filter(([, values]) => values.length > 0));
}

function entityOf(node: NodeDto, articles: Set<string>): FtmEntity {
  const p = node.properties;
  const schema = schemaOf(node);
  const name = strings(p.name).length > 0 ? strings(p.name) : strings(p.title);
  const properties: Record<string, string[]> = {
    name,
    alias: strings(p.aliases).filter((alias) => !name.includes(alias)),
    description: strings(p.description),
    // The article(s) that name the entity: FtM's "proof" is a Document reference.
    proof: strings(p.articleIds).filter((id) => articles.has(id) && id !== node.id),
    keywords: [typeOf(node)],
  };
  if (schema === 'Address') properties.full = name;
  if (schema === 'Article') {
    properties.title = strings(p.title);
    properties.publishedAt = strings(p.publishedAt).filter((d) => ISO_DATE.test(d));
  }
  return { id: node.id, schema, properties: withValues(properties) };
}

/**
 * OWNS between an owner and an asset FtM recognises is an Ownership; every
 * other relationship is an UnknownLink (subject → object) whose `role` is
 * our type. The evidence quotes are its `summary`, one value per quote.
 */
function linkOf(
  edge: EdgeDto,
  schemaById: Map<string, string>,
  dates: Map<string, string>,
): FtmEntity {
  const p = edge.properties;
  const from = schemaById.get(edge.source) ?? FALLBACK_SCHEMA;
  const to = schemaById.get(edge.target) ?? FALLBACK_SCHEMA;
  const ownership = edge.type === 'OWNS' && OWNERS.has(from) && ASSETS.has(to);
  const stance = strings(p.stance)[0];
  const attribution = strings(p.attribution)[0] ?? 'narrated';
  const properties: Record<string, string[]> = {
    ...(ownership
      ? { owner: [edge.source], asset: [edge.target] }
      : { subject: [edge.source], object: [edge.target] }),
    role: [edge.type],
    summary: strings(p.evidenceQuotes),
    description: [`${attribution}${stance ? ` (${stance})` : ''}`],
    recordId: [edge.id],
    date: strings(p.evidenceArticleIds)
      .map((id) => dates.get(id))
      .filter((d): d is string => d !== undefined)
      .slice(0, 1),
  };
  return {
    id: edge.id,
    schema: ownership ? 'Ownership' : 'UnknownLink',
    properties: withValues(properties),
  };
}

/**
 * The subgraph as FtM entities: every entity, an Article for every article
 * the evidence cites (from its Publication entity when exported, else a
 * stub named by its id), then one interval entity per relationship.
 */
export function toFollowTheMoney(graph: GraphDto): FtmEntity[] {
  const cited = new Set(
    [...graph.nodes, ...graph.edges].flatMap((item) => [
      ...strings(item.properties.articleIds),
      ...strings(item.properties.evidenceArticleIds),
    ]),
  );
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const entities = graph.nodes.map((node) => entityOf(node, cited));
  const stubs = [...cited]
    .filter((id) => !nodeIds.has(id))
    .sort()
    .map((id): FtmEntity => ({ id, schema: 'Article', properties: { name: [id] } }));
  const schemaById = new Map([...entities, ...stubs].map((e) => [e.id, e.schema]));
  const dates = new Map(
    entities
      .filter((e) => e.schema === 'Article' && e.properties.publishedAt)
      .map((e) => [e.id, e.properties.publishedAt?.[0] ?? '']),
  );
  const links = graph.edges.map((edge) => linkOf(edge, schemaById, dates));
  return [...entities, ...stubs, ...links];
}

export function toFollowTheMoneyNdjson(graph: GraphDto): string {
  return toFollowTheMoney(graph)
    .map((entity) => `${JSON.stringify(entity)}\n`)
    .join('');
}
