import type { ExplorerRepository } from '../../graph/repository.ts';
import type { ApiRegistry } from '../registry.ts';
import {
  edgeSchema,
  evidenceSchema,
  graphSchema,
  idParams,
  neighbourQuery,
  nodeSchema,
  overviewQuery,
  relationshipsAmongBody,
  searchQuery,
  shortestPathQuery,
} from '../schemas.ts';
import { z } from 'zod';

export function registerExploreRoutes(api: ApiRegistry, repository: ExplorerRepository): void {
  api.add({
    method: 'get',
    path: '/schema',
    operationId: 'getSchema',
    summary: 'Labels and relationship types with counts, and property keys',
    tag: 'graph',
    responses: { 200: { description: 'The schema' } },
    handler: () => repository.schema(),
  });

  api.add({
    method: 'get',
    path: '/search',
    operationId: 'search',
    summary: 'Full-text search over entity names and aliases, ranked; tolerates typos and prefixes',
    tag: 'graph',
    query: searchQuery,
    responses: {
      200: {
        description: 'Ranked hits',
        schema: z.object({
          query: z.string(),
          hits: z.array(z.object({ node: nodeSchema, score: z.number() })),
        }),
      },
    },
    handler: ({ query }) => repository.search({ query: query.q, limit: query.limit }),
  });

  api.add({
    method: 'get',
    path: '/graph/overview',
    operationId: 'getOverview',
    summary: 'Up to `limit` entities and the relationships among them, for the start view',
    tag: 'graph',
    query: overviewQuery,
    responses: { 200: { description: 'A graph', schema: graphSchema } },
    handler: ({ query }) => repository.overview({ limit: query.limit }),
  });

  api.add({
    method: 'get',
    path: '/nodes/:id',
    operationId: 'getNode',
    summary: 'A node with its evidence, mentions and neighbour counts by type and direction',
    tag: 'graph',
    params: idParams,
    responses: { 200: { description: 'Node details' }, 404: { description: 'Unknown id' } },
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
    responses: {
      200: {
        description: 'One page of neighbours',
        schema: graphSchema.extend({
          total: z.number().int(),
          truncated: z.boolean(),
          limit: z.number().int(),
          offset: z.number().int(),
        }),
      },
      404: { description: 'Unknown id' },
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
    responses: {
      200: {
        description: 'Relationship details',
        schema: z.object({
          edge: edgeSchema,
          source: nodeSchema,
          target: nodeSchema,
          evidence: z.array(evidenceSchema),
        }),
      },
      404: { description: 'Unknown id' },
    },
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
    responses: {
      200: {
        description: 'The relationships (at most `limit`) and how many exist',
        schema: z.object({
          edges: z.array(edgeSchema),
          total: z.number().int(),
          truncated: z.boolean(),
          limit: z.number().int(),
        }),
      },
      400: { description: 'Malformed or too many ids' },
      404: { description: 'An id names no node; the message lists it' },
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
    responses: {
      200: { description: 'Paths and the graph they span' },
      404: { description: 'Unknown endpoint id' },
    },
    handler: ({ query }) =>
      repository.shortestPaths({ fromId: query.from, toId: query.to, maxHops: query.maxHops }),
  });

  api.add({
    method: 'get',
    path: '/articles',
    operationId: 'listArticles',
    summary: 'The seeded articles',
    tag: 'articles',
    responses: { 200: { description: 'Article summaries' } },
    handler: () => repository.listArticles(),
  });

  api.add({
    method: 'get',
    path: '/articles/:id',
    operationId: 'getArticle',
    summary: 'An article’s text and sentences, each with the relationships it supports',
    tag: 'articles',
    params: idParams,
    responses: { 200: { description: 'The article' }, 404: { description: 'Unknown id' } },
    handler: ({ params }) => repository.article({ articleId: params.id }),
  });
}
