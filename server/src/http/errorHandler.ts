import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ExplorerError, CypherSyntaxError } from '../domain/errors.ts';
import type { ApiErrorDto } from '@newsgraph/model';

function errorBody(
  code: string,
  message: string,
  extra: Partial<ApiErrorDto['error']> = {},
): ApiErrorDto {
  return { error: { code, message, ...extra } };
}

const CLIENT_ERROR_CODES: Record<string, { code: string; message: string }> = {
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is larger than the server accepts.',
  },
  'entity.parse.failed': { code: 'INVALID_JSON', message: 'The request body is not valid JSON.' },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_ENCODING',
    message: 'The request body uses an unsupported Content-Encoding.',
  },
  'charset.unsupported': {
    code: 'UNSUPPORTED_ENCODING',
    message: 'The request body uses an unsupported charset; send UTF-8.',
  },
};

/**
 * Express, body-parser and the router raise http-errors style errors with a
 * 4xx `status` (bad JSON, too large, malformed %-encoding in the path…).
 * They are the client's mistakes: answer with their status, never a 500.
 */
function clientError(error: unknown): { status: number; body: ApiErrorDto } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, statusCode, type } = error as {
    status?: unknown;
    statusCode?: unknown;
    type?: unknown;
  };
  const httpStatus =
    typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : null;
  if (httpStatus === null || httpStatus < 400 || httpStatus >= 500) return null;
  const known = typeof type === 'string' ? CLIENT_ERROR_CODES[type] : undefined;
  if (known) return { status: httpStatus, body: errorBody(known.code, known.message) };
  if (error instanceof URIError) {
    return {
      status: 400,
      body: errorBody('INVALID_URL', 'The URL contains malformed %-encoding.'),
    };
  }
  return {
    status: httpStatus,
    body: errorBody('BAD_REQUEST', 'The request could not be understood.'),
  };
}

export interface ErrorLogger {
  error(payload: object, message: string): void;
}

/** The one place that turns errors into HTTP answers. Never leaks a stack trace. */
export function createErrorHandler(logger: ErrorLogger): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    if (error instanceof ExplorerError) {
      const position =
        error instanceof CypherSyntaxError && error.position ? { position: error.position } : {};
      const details = error.details === undefined ? {} : { details: error.details };
      if ('retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number') {
        response.setHeader('Retry-After', String(error.retryAfterSeconds));
      }
      response
        .status(error.status)
        .json(errorBody(error.code, error.message, { ...position, ...details }));
      return;
    }
    const fromClient = clientError(error);
    if (fromClient) {
      response.status(fromClient.status).json(fromClient.body);
      return;
    }
    logger.error({ err: error }, 'unhandled error');
    response
      .status(500)
      .json(errorBody('INTERNAL', 'The server hit an unexpected error; it has been logged.'));
  };
}

export const notFoundHandler: RequestHandler = (request, response) => {
  response
    .status(404)
    .json(
      errorBody(
        'NOT_FOUND',
        `No route for ${request.method} ${request.originalUrl.split('?')[0] ?? ''}. See /api/openapi.json.`,
      ),
    );
};
