/**
 * The authoring API: import an article, edit its graph, publish, history,
 * revert, and export it as a seed folder. Writes need write access (the
 * bearer token when EXPLORER_WRITE_TOKEN is set) and the version the client
 * read; drafts are visible only with write access. docs/authoring.md.
 */
import { strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import {
  articleChangeResultSchema,
  articleDocumentSchema,
  articleDocumentSummarySchema,
  articleEditBody,
  articleHistorySchema,
  idParams,
  importArticleBody,
  publishBody,
  revertBody,
  seedFolderQuery,
  seedFolderSchema,
} from '@newsgraph/model';
import type { RequestHandler, Response } from 'express';
import type { AuthoringService, Caller } from '../../services/authoring/service.ts';
import { DATABASE_ERRORS, type ApiRegistry } from '../registry.ts';

export interface AuthoringRouteDependencies {
  authoring: AuthoringService;
  /** Refuses a request without write access (401/403), as for saved queries. */
  writeGuard: RequestHandler;
  /** Lets every request through and sets `response.locals.canWrite`. */
  detectWriteAccess: RequestHandler;
  writesNeedToken: boolean;
  /** The label changes are recorded under: the write token's, or "local" without one. */
  author: string;
}

const CHANGE_ERRORS = {
  400: 'Invalid input, or an edit that would break the seed format (INVALID_EDIT, SELECTION_MISMATCH, UNKNOWN_ENTITY, UNKNOWN_RELATIONSHIP); nothing was written',
  404: 'No article has this id',
  409: 'Stale expectedVersion (VERSION_CONFLICT, with details.currentVersion), an id that exists already (ALREADY_EXISTS), a conflict with other articles (GRAPH_CONFLICT), or a revert that cannot apply (REVERT_CONFLICT)',
  ...DATABASE_ERRORS,
} as const;

export function registerAuthoringRoutes(api: ApiRegistry, deps: AuthoringRouteDependencies): void {
  const { authoring, writeGuard, detectWriteAccess } = deps;
  const tag = 'authoring';
  const needsWriteToken = deps.writesNeedToken;
  const caller = (response: Response): Caller => ({
    canWrite: response.locals.canWrite === true,
    author: deps.author,
  });
  const writer: Caller = { canWrite: true, author: deps.author };

  api.add({
    method: 'get',
    path: '/authoring/articles',
    operationId: 'listArticleDocuments',
    summary: 'Every article with its document status and version; drafts only with write access',
    tag,
    before: [detectWriteAccess],
    success: {
      description: 'Article documents, newest publication date first',
      schema: z.array(articleDocumentSummarySchema),
    },
    errors: { 403: 'A bearer token was sent and is not valid', ...DATABASE_ERRORS },
    handler: (_input, _request, response) => authoring.list(caller(response)),
  });

  api.add({
    method: 'post',
    path: '/articles',
    operationId: 'importArticle',
    summary:
      'Import an article (plain text or HTML) as a draft; its text is never changed afterwards',
    tag,
    before: [writeGuard],
    needsWriteToken,
    body: importArticleBody,
    success: { status: 201, description: 'The new draft', schema: articleDocumentSchema },
    errors: { 409: 'An article with this id exists already', ...DATABASE_ERRORS },
    handler: ({ body }) => authoring.importArticle(body, writer),
  });

  api.add({
    method: 'get',
    path: '/articles/:id/document',
    operationId: 'getArticleDocument',
    summary:
      'An article’s document: text, sentences, entities, relationships with offsets, version',
    tag,
    before: [detectWriteAccess],
    params: idParams,
    success: { description: 'The document', schema: articleDocumentSchema },
    errors: {
      403: 'A bearer token was sent and is not valid',
      404: 'No article has this id (or it is a draft and you have no write access)',
      ...DATABASE_ERRORS,
    },
    handler: ({ params }, _request, response) => authoring.get(params.id, caller(response)),
  });

  api.add({
    method: 'post',
    path: '/articles/:id/edits',
    operationId: 'editArticle',
    summary:
      'Apply one edit (entity, alias, relationship, evidence, claim, or their deletion) to the version you read',
    tag,
    before: [writeGuard],
    needsWriteToken,
    params: idParams,
    body: articleEditBody,
    success: {
      description: 'The document after the edit, and the change recorded',
      schema: articleChangeResultSchema,
    },
    errors: CHANGE_ERRORS,
    handler: ({ params, body }) =>
      authoring.edit(params.id, body.expectedVersion, body.edit, writer),
  });

  api.add({
    method: 'post',
    path: '/articles/:id/publish',
    operationId: 'publishArticle',
    summary: 'Publish a draft: its graph joins the shared graph and everyone can read it',
    tag,
    before: [writeGuard],
    needsWriteToken,
    params: idParams,
    body: publishBody,
    success: {
      description: 'The published document and the change recorded',
      schema: articleChangeResultSchema,
    },
    errors: CHANGE_ERRORS,
    handler: ({ params, body }) => authoring.publish(params.id, body.expectedVersion, writer),
  });

  api.add({
    method: 'post',
    path: '/articles/:id/revert',
    operationId: 'revertArticleChange',
    summary: 'Undo one earlier change, recorded as a new change',
    tag,
    before: [writeGuard],
    needsWriteToken,
    params: idParams,
    body: revertBody,
    success: {
      description: 'The document after the revert, and the change recorded',
      schema: articleChangeResultSchema,
    },
    errors: CHANGE_ERRORS,
    handler: ({ params, body }) =>
      authoring.revert(params.id, body.expectedVersion, body.version, writer),
  });

  api.add({
    method: 'get',
    path: '/articles/:id/history',
    operationId: 'getArticleHistory',
    summary: 'An article’s changes, newest first: version, when, who, what',
    tag,
    before: [detectWriteAccess],
    params: idParams,
    success: { description: 'The history', schema: articleHistorySchema },
    errors: {
      403: 'A bearer token was sent and is not valid',
      404: 'No article has this id (or it is a draft and you have no write access)',
      ...DATABASE_ERRORS,
    },
    handler: ({ params }, _request, response) => authoring.history(params.id, caller(response)),
  });

  api.add({
    method: 'get',
    path: '/articles/:id/seed-folder',
    operationId: 'exportSeedFolder',
    summary: 'An article as a seed folder (article.txt + graph.json) that `npm run seed` reads',
    tag,
    before: [detectWriteAccess],
    params: idParams,
    query: seedFolderQuery,
    success: {
      description: 'format=json: both files in one JSON body; format=zip: a zip holding the folder',
      content: { 'application/json': seedFolderSchema, 'application/zip': 'binary' },
    },
    errors: {
      403: 'A bearer token was sent and is not valid',
      404: 'No article has this id (or it is a draft and you have no write access)',
      ...DATABASE_ERRORS,
    },
    handler: async ({ params, query }, _request, response) => {
      const folder = await authoring.seedFolder(params.id, caller(response));
      if (query.format === 'json') {
        response.status(200).json(folder);
        return undefined;
      }
      const zip = zipSync(
        Object.fromEntries(
          Object.entries(folder.files).map(([name, text]) => [
            `${folder.folder}/${name}`,
            strToU8(text),
          ]),
        ),
      );
      response
        .status(200)
        .type('application/zip')
        .setHeader('Content-Disposition', `attachment; filename="${folder.folder}.zip"`)
        .send(Buffer.from(zip));
      return undefined;
    },
  });
}
