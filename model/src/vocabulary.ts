/**
 * The fixed vocabularies of the domain, with their display metadata. Entity
 * types become Neo4j labels and relationship types become Neo4j relationship
 * types; neither can be a Cypher parameter, so only names listed here ever
 * reach a query string the seeder builds. Adding a name here is a format
 * change: document it in seed/README.md and give it a style in the client
 * (client/src/graph/entityStyles.ts is keyed by these types, so tsc asks).
 */

/** What kind of real-world thing an entity is, with a label and meaning for people. */
export const ENTITY_TYPE_INFO = {
  Person: { label: 'Person', description: 'A human being' },
  Company: { label: 'Company', description: 'A business' },
  Organization: { label: 'Organization', description: 'A non-governmental organisation' },
  Government: { label: 'Government', description: 'The government of a state' },
  GovernmentBody: {
    label: 'Government body',
    description: 'A ministry, parliament, committee or agency',
  },
  Country: { label: 'Country', description: 'A state or territory' },
  Place: { label: 'Place', description: 'A city, region or other location' },
  Product: { label: 'Product', description: 'An app, service or good' },
  Law: { label: 'Law', description: 'A law, bill or regulation' },
  Dataset: { label: 'Dataset', description: 'A body of data, such as user data' },
  Group: { label: 'Group', description: 'A group of people, such as users or staff' },
  Event: { label: 'Event', description: 'Something that happened, such as a hearing' },
  Publication: { label: 'Publication', description: 'An article, report or outlet' },
  Claim: { label: 'Claim', description: 'A statement someone makes' },
} as const satisfies Record<string, { label: string; description: string }>;

export type EntityType = keyof typeof ENTITY_TYPE_INFO;

/** Every entity type. Each one is also a Neo4j label. */
export const ENTITY_TYPES = Object.keys(ENTITY_TYPE_INFO) as [EntityType, ...EntityType[]];

/**
 * Relationship types, directed from `from` to `to`. The one-line meaning is
 * part of the format: it says which way an edge points. The label is how
 * the app names the type in running text.
 */
export const RELATIONSHIP_TYPE_INFO = {
  OWNS: { label: 'owns', meaning: 'from owns or controls to' },
  BANS: { label: 'bans', meaning: 'from forbids the use of to (scope says for whom, where)' },
  MAY_BE_BANNED_IN: {
    label: 'may be banned in',
    meaning: 'from (a product) could be banned in to (a country)',
  },
  TESTIFIED_BEFORE: {
    label: 'testified before',
    meaning: 'from (a person) was questioned by or testified before to',
  },
  CEO_OF: { label: 'ceo of', meaning: 'from is the chief executive of to' },
  SPOKESPERSON_FOR: { label: 'spokesperson for', meaning: 'from speaks officially for to' },
  SPOKE_AT: { label: 'spoke at', meaning: 'from made statements at to (an event)' },
  PART_OF: { label: 'part of', meaning: 'from is a part or member of to' },
  BASED_IN: { label: 'based in', meaning: 'from is located in or has the nationality of to' },
  OPERATES_IN: {
    label: 'operates in',
    meaning: 'from (a product or company) serves the market of to',
  },
  ENACTED: { label: 'enacted', meaning: 'from (a state or body) adopted to (a law)' },
  REQUIRES: { label: 'requires', meaning: 'from (a law) obliges to; properties say to do what' },
  SUBJECT_TO: { label: 'subject to', meaning: 'from falls under to (a law or jurisdiction)' },
  WILL_STORE_DATA_OF: {
    label: 'will store data of',
    meaning: 'from will store or manage to (a dataset), or the data of to',
  },
  CAN_ACCESS: { label: 'can access', meaning: 'from can or could access to (data)' },
  SIMILAR_TO: { label: 'similar to', meaning: 'from resembles to' },
  POPULAR_AMONG: {
    label: 'popular among',
    meaning: 'from is popular with to (a group of people)',
  },
  RANKS_CLOSE_TO: {
    label: 'ranks close to',
    meaning: 'from ranks close to to in popularity or usage',
  },
  REPORTED_BY: {
    label: 'reported by',
    meaning: 'from (a publication) draws its information from to (an outlet)',
  },
  ABOUT: { label: 'about', meaning: 'from (a claim) concerns to' },
  ASSERTS: { label: 'asserts', meaning: 'from states that to (a claim) is true' },
  DENIES: { label: 'denies', meaning: 'from states that to (a claim) is false' },
  ADMITTED: {
    label: 'admitted',
    meaning: 'from conceded, under pressure, that to (a claim) is true',
  },
  ACKNOWLEDGED: {
    label: 'acknowledged',
    meaning: 'from recognised that to (a claim) is true',
  },
  ACCUSES: { label: 'accuses', meaning: 'from charges to with wrongdoing' },
  CRITICIZES: { label: 'criticizes', meaning: 'from disapproves of to' },
  PROMISED: { label: 'promised', meaning: 'from committed to making to (a claim) come true' },
  FEARS: { label: 'fears', meaning: 'from worries that to (a claim) is or could become true' },
} as const satisfies Record<string, { label: string; meaning: string }>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPE_INFO;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_TYPE_INFO) as [
  RelationshipType,
  ...RelationshipType[],
];

/** The one-line meaning of each relationship type, as the seed format documents it. */
export const RELATIONSHIP_TYPE_MEANINGS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, RELATIONSHIP_TYPE_INFO[type].meaning]),
) as { [T in RelationshipType]: (typeof RELATIONSHIP_TYPE_INFO)[T]['meaning'] };

/** How a speaker relates to what a relationship states, with a meaning for people. */
export const STANCE_INFO = {
  asserts: { label: 'asserts', description: 'says it is true' },
  denies: { label: 'denies', description: 'says it is false' },
  admits: { label: 'admits', description: 'concedes it, under pressure' },
  acknowledges: { label: 'acknowledges', description: 'recognises it' },
  accuses: { label: 'accuses', description: 'charges someone with wrongdoing' },
  promises: { label: 'promises', description: 'commits to making it true' },
  criticizes: { label: 'criticizes', description: 'disapproves of it' },
  fears: { label: 'fears', description: 'worries it is or could become true' },
} as const satisfies Record<string, { label: string; description: string }>;

export type Stance = keyof typeof STANCE_INFO;

export const STANCES = Object.keys(STANCE_INFO) as [Stance, ...Stance[]];

/**
 * Relationship types that are themselves a stance. Such a relationship must be
 * attributed and carry exactly this stance, so the type and the stance never
 * disagree.
 */
export const STANCE_OF_TYPE: Partial<Record<RelationshipType, Stance>> = {
  ASSERTS: 'asserts',
  DENIES: 'denies',
  ADMITTED: 'admits',
  ACKNOWLEDGED: 'acknowledges',
  ACCUSES: 'accuses',
  PROMISED: 'promises',
  CRITICIZES: 'criticizes',
  FEARS: 'fears',
};

/** Whether a relationship is told in the outlet's own voice or reports what someone said. */
export const ATTRIBUTIONS = ['narrated', 'attributed'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/** The version of graph.json this code reads. Bump it when the format changes incompatibly. */
export const FORMAT_VERSION = 1;

const has = (list: readonly string[], name: string): boolean => list.includes(name);

/** Narrows a label or type name read from elsewhere (Neo4j, a URL) to the vocabulary. */
export const isEntityType = (name: string): name is EntityType => has(ENTITY_TYPES, name);
export const isRelationshipType = (name: string): name is RelationshipType =>
  has(RELATIONSHIP_TYPES, name);
export const isStance = (name: string): name is Stance => has(STANCES, name);
