import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ExplorerError, CypherSyntaxError } from '../domain/errors.ts';
import type { ApiErrorDto } from '../contract.ts';

function errorBody(
  code: string,
  message: string,
  extra: Partial<ApiErrorDto['error']> = {},
): ApiErrorDto {
  return { error: { code, message, ...extra } };
}

/** Express and body-parser errors carry `status`/`type`; map the ones a client can cause. */
function bodyParserError(error: unknown): { status: number; body: ApiErrorDto } | null {
  if (typeof error !== 'object' || error === null || !('type' in error)) return null;
  const type = error.type;
  if (type === 'entity.too.large') {
    return {
      status: 413,
      body: errorBody('PAYLOAD_TOO_LARGE', 'The request body is larger than the server accepts.'),
    };
  }
  if (type === 'entity.parse.failed') {
    return { status: 400, body: errorBody('INVALID_JSON', 'The request body is not valid JSON.') };
  }
  if ((typeof type === 'string' && type.startsWith('encoding')) || type === 'charset.unsupported') {
    return {
      status: 415,
      body: errorBody('UNSUPPORTED_ENCODING', 'The request body uses an unsupported encoding.'),
    };
  }
  return null;
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
      response
        .status(error.status)
        .json(errorBody(error.code, error.message, { ...position, ...details }));
      return;
    }
    const parserError = bodyParserError(error);
    if (parserError) {
      response.status(parserError.status).json(parserError.body);
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
