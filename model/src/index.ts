/**
 * The shared domain of Newsgraph Explorer, imported by seed, server and
 * client: the vocabulary, branded ids, the graph.json format, the HTTP API's
 * request and response schemas, and the Neo4j settings. It holds no I/O, so
 * the browser bundle can import it too.
 */
export * from './vocabulary.ts';
export * from './ids.ts';
export * from './identifiers.ts';
export * from './env.ts';
export * from './graphFile.ts';
export * from './dates.ts';
export * from './mentions.ts';
export * from './api/requests.ts';
export * from './api/limits.ts';
export * from './api/graph.ts';
export * from './api/articles.ts';
export * from './api/meta.ts';
export * from './api/queries.ts';
export * from './api/authoring.ts';
export * from './api/authoringAnswers.ts';
export * from './api/merge.ts';
