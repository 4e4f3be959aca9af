import type { ApiErrorDto } from './types.ts';

/** Where in a Cypher query the server found a problem. */
export interface QueryPosition {
  offset: number;
  line: number;
  column: number;
}

/** An error answer of the API, kept whole so panels can show its code and position. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly position: QueryPosition | undefined;
  /** The error's `details` as sent (e.g. `currentVersion` of a conflict, or the fields at fault). */
  readonly details: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    position?: QueryPosition,
    details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.position = position;
    this.details = details;
  }

  /**
   * True when the server refused a saved-query write because the token is
   * missing or wrong. A 403 from the read-only guard (READ_ONLY_VIOLATION)
   * is about the query, not the token, so it does not count.
   */
  get needsToken(): boolean {
    return this.code === 'UNAUTHORIZED' || this.code === 'FORBIDDEN';
  }
}

export interface HttpOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Bearer token for saved-query writes; sent as a header, never in a URL. */
  token?: string | null | undefined;
}

function isApiErrorDto(value: unknown): value is ApiErrorDto {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error;
}

/** Turns any non-2xx answer into an ApiError with the server's own words when it sent them. */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    if (isApiErrorDto(parsed)) {
      const { code, message, position, details } = parsed.error;
      return new ApiError(response.status, code, message, position, details);
    }
  } catch {
    // Not JSON: a proxy or the dev server answered; fall through with the raw text.
  }
  const message = text.trim() || response.statusText || 'The server gave no reason.';
  return new ApiError(response.status, `HTTP_${response.status}`, message);
}

export function headersFor(options: HttpOptions): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  return headers;
}

/** Sends one JSON request under `baseUrl` and returns the parsed body (undefined for 204). */
export async function requestJson<T>(
  baseUrl: string,
  path: string,
  options: HttpOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? 'GET',
      headers: headersFor(options),
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Is `npm start` running?');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Builds `?a=1&b=2` from the defined values only. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The file name from a Content-Disposition header, or the fallback. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}
