import { errorSchema } from '@newsgraph/model';
import { z } from 'zod';
import type { AnyRouteSpec, ApiRegistry, ErrorSpec, ErrorStatus } from './registry.ts';

type JsonSchema = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';

/**
 * Converts zod schemas to JSON Schema for one document. Schemas named with
 * `.meta({ id })` in the model (Node, Edge, Evidence, PropertyValue…) become
 * shared components: zod puts them in a per-schema `$defs`, and this moves
 * them to `components.schemas` and points the references there.
 */
class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
    // Each schema is embedded in the document, so the per-schema dialect marker is noise.
    delete json.$schema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    delete json.$defs;
    for (const [name, definition] of Object.entries(defs)) this.addComponent(name, definition);
    return relink(json) as JsonSchema;
  }

  private addComponent(name: string, definition: JsonSchema): void {
    const linked = relink(definition) as JsonSchema;
    const known = this.components[name];
    // Request (input) and response (output) views of one schema differ only where defaults apply.
    if (known && JSON.stringify(known) !== JSON.stringify(linked)) {
      throw new Error(`Two different schemas are both named "${name}" in the OpenAPI document.`);
    }
    this.components[name] = linked;
  }
}

function relink(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relink);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')
        ? `${COMPONENTS}${inner.slice('#/$defs/'.length)}`
        : relink(inner),
    ]),
  );
}

function parameters(spec: AnyRouteSpec, schemas: SchemaCollector): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const json = schemas.convert(schema, 'input');
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

const jsonContent = (schema: JsonSchema) => ({ 'application/json': { schema } });
const ERROR_BODY = jsonContent({ $ref: `${COMPONENTS}Error` });

function successResponse(spec: AnyRouteSpec, schemas: SchemaCollector): JsonSchema {
  const { description, schema, content } = spec.success;
  if (content) {
    return {
      description,
      content: Object.fromEntries(
        Object.entries(content).map(([type, body]) => [
          type,
          {
            schema:
              body === 'text'
                ? { type: 'string' }
                : body === 'binary'
                  ? { type: 'string', format: 'binary' }
                  : schemas.convert(body, 'output'),
          },
        ]),
      ),
    };
  }
  return schema
    ? { description, content: jsonContent(schemas.convert(schema, 'output')) }
    : { description };
}

/** Errors a route can answer because of what it declares, before its own list. */
function implicitErrors(spec: AnyRouteSpec): Partial<Record<ErrorStatus, ErrorSpec>> {
  const validated = spec.params ?? spec.query ?? spec.body;
  return {
    ...(validated
      ? { 400: 'Invalid input: the message names each field and what is wrong with it' }
      : {}),
    ...(spec.body
      ? {
          413: 'The request body is larger than the server accepts',
          415: 'The request body uses an unsupported Content-Encoding or charset',
        }
      : {}),
    ...(spec.needsWriteToken
      ? {
          401: 'No bearer token was sent, and this server requires one here',
          403: 'The bearer token is not valid',
        }
      : {}),
  };
}

/** What a cached GET answers to If-None-Match with the current ETag. */
const NOT_MODIFIED = {
  description:
    'Not modified: the If-None-Match ETag is still current. Cached reads send a strong ETag and Cache-Control: no-cache.',
};

function responses(spec: AnyRouteSpec, schemas: SchemaCollector, cached: boolean): JsonSchema {
  const errors = { ...implicitErrors(spec), ...spec.errors };
  const entries = Object.entries(errors).map(([status, error]): [string, JsonSchema] => [
    status,
    typeof error === 'string'
      ? { description: error, content: ERROR_BODY }
      : {
          description: error.description,
          content: jsonContent(schemas.convert(error.schema, 'output')),
        },
  ]);
  return {
    [String(spec.success.status ?? 200)]: successResponse(spec, schemas),
    ...(cached && spec.method === 'get' ? { 304: NOT_MODIFIED } : {}),
    ...Object.fromEntries(entries),
    500: { description: 'An unexpected error; it has been logged', content: ERROR_BODY },
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument(registry: ApiRegistry, version: string): JsonSchema {
  const schemas = new SchemaCollector();
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of registry.routes) {
    const path = `/api${spec.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    paths[path] ??= {};
    paths[path][spec.method] = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: [spec.tag],
      parameters: parameters(spec, schemas),
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: jsonContent(schemas.convert(spec.body, 'input')),
            },
          }
        : {}),
      ...(spec.needsWriteToken ? { security: [{ writeToken: [] }] } : {}),
      responses: responses(spec, schemas, registry.isCached(spec)),
    };
  }
  // Registers the Error component, which every error answer references.
  schemas.convert(errorSchema, 'output');
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
    components: {
      schemas: schemas.components,
      securitySchemes: {
        writeToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The server’s EXPLORER_WRITE_TOKEN. Operations list it only when this server requires it (see GET /api/capabilities).',
        },
      },
    },
  };
}
