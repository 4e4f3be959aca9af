/**
 * Checks an HTTP answer against the server's own OpenAPI document: the
 * operation is looked up by method and path, the status must be one it
 * documents, and a JSON body must match the documented schema (with Ajv, a
 * JSON Schema validator independent of the zod schemas the document comes
 * from). A request that matches no operation must get the Error body.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

export interface ObservedResponse {
  method: string;
  url: string;
  status: number;
  contentType: string | null;
  body: string;
}

const DOCUMENT_ID = 'https://newsgraph.invalid/openapi.json';

/** JSON Pointer escaping of one path segment (RFC 6901). */
const pointer = (segment: string): string =>
  encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));

export class ContractChecker {
  private readonly ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly templates: { path: string; pattern: RegExp; literal: number }[];

  constructor(private readonly document: OpenApiDocument) {
    // The whole document is one schema resource, so `#/components/schemas/…` references resolve.
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    this.templates = Object.keys(document.paths).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literal: path.replace(/\{[^}]+\}/g, '').length,
    }));
  }

  /** Every problem with one answer; an empty list means it keeps the contract. */
  problems(observed: ObservedResponse): string[] {
    // Express routes are not strict: /api/articles/ is /api/articles.
    const pathname = new URL(observed.url).pathname.replace(/(.)\/+$/, '$1');
    const method = observed.method.toLowerCase();
    const where = `${observed.method} ${pathname} → ${String(observed.status)}`;
    // The most literal template wins: /api/relationships/among before /api/relationships/{id}.
    const path = this.templates
      .filter((template) => template.pattern.test(pathname))
      .filter((template) => this.document.paths[template.path]?.[method] !== undefined)
      .sort((a, b) => b.literal - a.literal)[0]?.path;
    if (path === undefined) {
      if (observed.status < 400) return [`${where}: no operation in the OpenAPI document matches`];
      return this.check(where, '#/components/schemas/Error', observed.body);
    }
    const response = this.document.paths[path]?.[method]?.responses[String(observed.status)];
    if (!response) return [`${where}: status not documented for ${method.toUpperCase()} ${path}`];
    const content = response.content ?? {};
    const type = (observed.contentType ?? '').split(';')[0]?.trim() ?? '';
    if (Object.keys(content).length === 0) {
      return observed.body === '' ? [] : [`${where}: documented without a body, but sent one`];
    }
    if (!(type in content)) return [`${where}: content type "${type}" not documented`];
    if (type !== 'application/json') return [];
    const schemaPointer = [
      'paths',
      path,
      method,
      'responses',
      String(observed.status),
      'content',
      type,
      'schema',
    ]
      .map(pointer)
      .join('/');
    return this.check(where, `#/${schemaPointer}`, observed.body);
  }

  private check(where: string, schemaPointer: string, body: string): string[] {
    let validate = this.compiled.get(schemaPointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${schemaPointer}` });
      this.compiled.set(schemaPointer, validate);
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return [`${where}: the body is not JSON: ${body.slice(0, 120)}`];
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error) => `${where}: ${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}`,
    );
  }
}
