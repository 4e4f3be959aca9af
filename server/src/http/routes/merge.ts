/**
 * Entity merges: preview what merging one entity into another would change,
 * do it (every article document that lists it, in one transaction), revert
 * it as a whole, and resolve a merged-away id. Writes need write access.
 * docs/authoring.md, "Merging entities".
 */
import {
  entityRedirectSchema,
  idParams,
  mergeBody,
  mergeIdParams,
  mergePlanSchema,
  mergePreviewBody,
  mergeResultSchema,
  mergeRevertResultSchema,
} from '@newsgraph/model';
import type { RequestHandler } from 'express';
import type { MergeService } from '../../services/authoring/merge.ts';
import { DATABASE_ERRORS, type ApiRegistry } from '../registry.ts';

export interface MergeRouteDependencies {
  merges: MergeService;
  writeGuard: RequestHandler;
  writesNeedToken: boolean;
  author: string;
}

const REFUSALS = {
  400: 'Invalid input, the same id twice (INVALID_INPUT), an unknown entity (UNKNOWN_ENTITY), or a rewritten document that would break the seed format (INVALID_EDIT, naming the article); nothing was written',
  409: 'Types differ and no "type" was sent, or a generic entity would cross articles (MERGE_CONFLICT); an article changed since the preview (VERSION_CONFLICT, with details.currentVersions); a conflict with the graph (GRAPH_CONFLICT)',
  ...DATABASE_ERRORS,
} as const;

export function registerMergeRoutes(api: ApiRegistry, deps: MergeRouteDependencies): void {
  const { merges, writeGuard } = deps;
  const tag = 'authoring';
  const needsWriteToken = deps.writesNeedToken;

  api.add({
    method: 'post',
    path: '/entities/merge/preview',
    operationId: 'previewEntityMerge',
    summary:
      'What merging one entity into another would change: the articles it touches (with their versions), relationships combined, self-loops dropped, aliases added',
    tag,
    before: [writeGuard],
    needsWriteToken,
    body: mergePreviewBody,
    success: { description: 'The plan; nothing was written', schema: mergePlanSchema },
    errors: REFUSALS,
    handler: ({ body }) => merges.preview(body),
  });

  api.add({
    method: 'post',
    path: '/entities/merge',
    operationId: 'mergeEntities',
    summary:
      'Merge `from` into `into` in every article document that lists it, in one transaction, recorded in each article’s history under one merge id',
    tag,
    before: [writeGuard],
    needsWriteToken,
    body: mergeBody,
    success: {
      description: 'What was done, the merge id, and the change recorded in each article',
      schema: mergeResultSchema,
    },
    errors: REFUSALS,
    handler: ({ body }) => merges.merge(body, deps.author),
  });

  api.add({
    method: 'post',
    path: '/merges/:mergeId/revert',
    operationId: 'revertEntityMerge',
    summary:
      'Undo a merge as a whole: every article it touched goes back, and the merged entity returns',
    tag,
    before: [writeGuard],
    needsWriteToken,
    params: mergeIdParams,
    success: {
      description: 'The revert change recorded in each article',
      schema: mergeRevertResultSchema,
    },
    errors: {
      404: 'No merge has this id',
      409: 'An article changed what the merge did since (REVERT_CONFLICT, naming the article), or the merge was reverted already',
      ...DATABASE_ERRORS,
    },
    handler: ({ params }) => merges.revert(params.mergeId, deps.author),
  });

  api.add({
    method: 'get',
    path: '/entities/:id/resolve',
    operationId: 'resolveEntityId',
    summary:
      'Where an entity id leads: itself, or (for an id merged away) the entity it was merged into',
    tag,
    params: idParams,
    success: { description: 'The id to use', schema: entityRedirectSchema },
    errors: { 404: 'No entity has this id, and none was merged away', ...DATABASE_ERRORS },
    handler: ({ params }) => merges.resolve(params.id),
  });
}
