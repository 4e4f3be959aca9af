import {
  articleSchema,
  articleSummarySchema,
  entityGraphSchema,
  idParams,
  neighbourQuery,
  neighboursSchema,
  nodeDetailsSchema,
  overviewQuery,
  pathsSchema,
  periodGraphSchema,
  periodQuery,
  relationshipDetailsSchema,
  relationshipsAmongBody,
  relationshipsAmongSchema,
  schemaSchema,
  searchQuery,
  searchResultSchema,
  shortestPathQuery,
} from '@newsgraph/model';
import { z } from 'zod';
import type { ExplorerRepository } from '../../graph/port.ts';
import { DATABASE_ERRORS, type ApiRegistry } from '../registry.ts';

export function registerExploreRoutes(api: ApiRegistry, repository: ExplorerRepository): void {
  api.add({
    method: 'get',
    path: '/schema',
    operationId: 'getSchema',
    summary: 'Labels and relationship types with counts, and property keys',
    tag: 'graph',
    success: { description: 'The schema', schema: schemaSchema },
    errors: DATABASE_ERRORS,
    handler: () => repository.schema(),
  });

  api.add({
    method: 'get',
    path: '/search',
    operationId: 'search',
    summary: 'Full-text search over entity names and aliases, ranked; tolerates typos and prefixes',
    tag: 'graph',
    query: searchQuery,
    success: { description: 'Ranked hits', schema: searchResultSchema },
    errors: DATABASE_ERRORS,
    handler: ({ query }) => repository.search({ query: query.q, limit: query.limit }),
  });

  api.add({
    method: 'get',
    path: '/graph/overview',
    operationId: 'getOverview',
    summary: 'Up to `limit` entities and the relationships among them, for the start view',
    tag: 'graph',
    query: overviewQuery,
    success: { description: 'A graph', schema: entityGraphSchema },
    errors: DATABASE_ERRORS,
    handler: ({ query }) => repository.overview({ limit: query.limit }),
  });

  api.add({
    method: 'get',
    path: '/graph/period',
    operationId: 'getPeriod',
    summary:
      'Dated relationships whose date (yyyy, yyyy-mm or yyyy-mm-dd, taken as the period it covers) overlaps [from, to], oldest first, with their endpoints',
    tag: 'graph',
    query: periodQuery,
    success: {
      description: 'The period’s relationships and how many there are',
      schema: periodGraphSchema,
    },
    errors: { 400: 'A malformed day, or `from` after `to`', ...DATABASE_ERRORS },
    handler: ({ query }) =>
      repository.relationshipsInPeriod({ from: query.from, to: query.to, limit: query.limit }),
  });

  api.add({
    method: 'get',
    path: '/nodes/:id',
    operationId: 'getNode',
    summary: 'A node with its evidence, mentions and neighbour counts by type and direction',
    tag: 'graph',
    params: idParams,
    success: { description: 'Node details', schema: nodeDetailsSchema },
    errors: { 404: 'No entity or node has this id', ...DATABASE_ERRORS },
    handler: ({ params }) => repository.nodeDetails({ nodeId: params.id }),
  });

  api.add({
    method: 'get',
    path: '/nodes/:id/neighbors',
    operationId: 'getNeighbours',
    summary: 'Bounded expansion: at most `limit` neighbours, with total and truncated; hub-safe',
    tag: 'graph',
    params: idParams,
    query: neighbourQuery,
    success: { description: 'One page of neighbours', schema: neighboursSchema },
    errors: {
      400: 'Invalid input, or a relationship type the graph does not have',
      404: 'No entity or node has this id',
      ...DATABASE_ERRORS,
    },
    handler: ({ params, query }) =>
      repository.neighbours({ ...query, nodeId: params.id, type: query.type }),
  });

  api.add({
    method: 'get',
    path: '/relationships/:id',
    operationId: 'getRelationship',
    summary: 'A relationship with its endpoints and evidence quotes',
    tag: 'graph',
    params: idParams,
    success: { description: 'Relationship details', schema: relationshipDetailsSchema },
    errors: { 404: 'No relationship has this id', ...DATABASE_ERRORS },
    handler: ({ params }) => repository.relationship({ relationshipId: params.id }),
  });

  api.add({
    method: 'post',
    path: '/relationships/among',
    operationId: 'getRelationshipsAmong',
    summary:
      'Every relationship between a newly added node and any node of newIds ∪ visibleIds, capped at `limit`; hub-safe',
    tag: 'graph',
    body: relationshipsAmongBody,
    success: {
      description: 'The relationships (at most `limit`) and how many exist',
      schema: relationshipsAmongSchema,
    },
    errors: {
      400: 'Malformed or too many ids',
      404: 'An id names no node; the message lists it',
      ...DATABASE_ERRORS,
    },
    // A read, though it is a POST: the id lists are too long for a query string.
    handler: ({ body }) => repository.relationshipsAmong(body),
  });

  api.add({
    method: 'get',
    path: '/paths/shortest',
    operationId: 'getShortestPaths',
    summary: 'All shortest paths between two entities, up to maxHops',
    tag: 'graph',
    query: shortestPathQuery,
    success: { description: 'Paths and the graph they span', schema: pathsSchema },
    errors: { 404: 'An endpoint id names no node; the message says which', ...DATABASE_ERRORS },
    handler: ({ query }) =>
      repository.shortestPaths({ fromId: query.from, toId: query.to, maxHops: query.maxHops }),
  });

  api.add({
    method: 'get',
    path: '/articles',
    operationId: 'listArticles',
    summary: 'The seeded articles',
    tag: 'articles',
    success: { description: 'Article summaries', schema: z.array(articleSummarySchema) },
    errors: DATABASE_ERRORS,
    handler: () => repository.listArticles(),
  });

  api.add({
    method: 'get',
    path: '/articles/:id',
    operationId: 'getArticle',
    summary: 'An article’s text and sentences, each with the relationships it supports',
    tag: 'articles',
    params: idParams,
    success: { description: 'The article', schema: articleSchema },
    errors: { 404: 'No article has this id', ...DATABASE_ERRORS },
    handler: ({ params }) => repository.article({ articleId: params.id }),
  });
}
