import { z } from 'zod';
import type { ApiRegistry, RouteSpec } from './registry.ts';
import { errorSchema } from './schemas.ts';

type JsonSchema = Record<string, unknown>;

const toJsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  // Each schema is embedded in the document, so the per-schema dialect marker is noise.
  delete json.$schema;
  return json;
};

function parameters(spec: RouteSpec): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const json = toJsonSchema(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...propertySchema } = property;
      list.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        ...(description === undefined ? {} : { description }),
        schema: propertySchema,
      });
    }
  }
  return list;
}

function responses(spec: RouteSpec): JsonSchema {
  const entries = Object.entries(spec.responses).map(([status, response]) => {
    const contentType = response.contentType ?? 'application/json';
    const content = response.content
      ? Object.fromEntries(
          Object.entries(response.content).map(([type, schema]) => [
            type,
            {
              schema:
                schema === 'text'
                  ? { type: 'string' }
                  : schema === 'binary'
                    ? { type: 'string', format: 'binary' }
                    : toJsonSchema(schema, 'output'),
            },
          ]),
        )
      : response.schema
        ? { [contentType]: { schema: toJsonSchema(response.schema, 'output') } }
        : response.contentType
          ? { [contentType]: { schema: { type: 'string', format: 'binary' } } }
          : undefined;
    const entry: [string, JsonSchema] = [
      status,
      { description: response.description, ...(content ? { content } : {}) },
    ];
    return entry;
  });
  const errors = {
    description: 'Error',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  return { ...Object.fromEntries(entries), '4XX': errors, '5XX': errors };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument(registry: ApiRegistry, version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of registry.routes) {
    const path = `/api${spec.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    paths[path] ??= {};
    paths[path][spec.method] = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: [spec.tag],
      parameters: parameters(spec),
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toJsonSchema(spec.body, 'input') } },
            },
          }
        : {}),
      responses: responses(spec),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsgraph Explorer API',
      version,
      description:
        'Explore a news knowledge graph in Neo4j, with the evidence quote behind every relationship.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: { Error: toJsonSchema(errorSchema, 'output') } },
  };
}
