/**
 * The fixed vocabularies of the seed format. Entity types become Neo4j labels
 * and relationship types become Neo4j relationship types; neither can be a
 * Cypher parameter, so only names listed here ever reach a query string.
 * Adding a name here is a format change: document it in seed/README.md.
 */

/** What kind of real-world thing an entity is. Each one is also a Neo4j label. */
export const ENTITY_TYPES = [
  'Person',
  'Company',
  'Organization',
  'Government',
  'GovernmentBody',
  'Country',
  'Place',
  'Product',
  'Law',
  'Dataset',
  'Group',
  'Event',
  'Publication',
  'Claim',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relationship types, directed from `from` to `to`. The one-line meaning is
 * part of the format: it says which way an edge points.
 */
export const RELATIONSHIP_TYPE_MEANINGS = {
  OWNS: 'from owns or controls to',
  BANS: 'from forbids the use of to (scope says for whom, where)',
  MAY_BE_BANNED_IN: 'from (a product) could be banned in to (a country)',
  TESTIFIED_BEFORE: 'from (a person) was questioned by or testified before to',
  CEO_OF: 'from is the chief executive of to',
  SPOKESPERSON_FOR: 'from speaks officially for to',
  SPOKE_AT: 'from made statements at to (an event)',
  PART_OF: 'from is a part or member of to',
  BASED_IN: 'from is located in or has the nationality of to',
  OPERATES_IN: 'from (a product or company) serves the market of to',
  ENACTED: 'from (a state or body) adopted to (a law)',
  REQUIRES: 'from (a law) obliges to; properties say to do what',
  SUBJECT_TO: 'from falls under to (a law or jurisdiction)',
  WILL_STORE_DATA_OF: 'from will store or manage the data of to',
  CAN_ACCESS: 'from can or could access to (data)',
  SIMILAR_TO: 'from resembles to',
  POPULAR_AMONG: 'from is popular with to (a group of people)',
  RANKS_CLOSE_TO: 'from ranks close to to in popularity or usage',
  REPORTED_BY: 'from (a publication) draws its information from to (an outlet)',
  ABOUT: 'from (a claim) concerns to',
  ASSERTS: 'from states that to (a claim) is true',
  DENIES: 'from states that to (a claim) is false',
  ADMITTED: 'from conceded, under pressure, that to (a claim) is true',
  ACKNOWLEDGED: 'from recognised that to (a claim) is true',
  ACCUSES: 'from charges to with wrongdoing',
  CRITICIZES: 'from disapproves of to',
  PROMISED: 'from committed to making to (a claim) come true',
  FEARS: 'from worries that to (a claim) is or could become true',
} as const;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPE_MEANINGS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_TYPE_MEANINGS) as [
  RelationshipType,
  ...RelationshipType[],
];

/** How a speaker relates to what a relationship states. */
export const STANCES = [
  'asserts',
  'denies',
  'admits',
  'acknowledges',
  'accuses',
  'promises',
  'criticizes',
  'fears',
] as const;
export type Stance = (typeof STANCES)[number];

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
