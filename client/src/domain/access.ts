import type { CapabilitiesDto } from '../api/types.ts';

/** Whether the user may do something here, and if not, the sentence that says why and how. */
export type Permission = { allowed: true } | { allowed: false; reason: string };

/** What this user may do on this server, from GET /api/capabilities and whether a token was typed. */
export interface Access {
  /** `unknown` until the server has answered; nothing is refused meanwhile, the server decides. */
  mode: CapabilitiesDto['accessMode'] | 'unknown';
  /** One line for the header badge. */
  summary: string;
  /** The badge's longer explanation. */
  detail: string;
  editQueries: Permission;
  adhocCypher: Permission;
  /** Authoring mode (import and annotate articles): the server says per request, token included. */
  editArticles: Permission;
}

const ALLOWED: Permission = { allowed: true };

const NEEDS_TOKEN_FOR_EDITS =
  'Saving or deleting shared queries needs this server’s write token: enter it under “Write access”.';
const NEEDS_TOKEN_FOR_ARTICLES =
  'Adding and editing articles needs this server’s write token: enter it under “Write access”.';
const WRONG_TOKEN_FOR_ARTICLES =
  'The token under “Write access” is not this server’s write token, so articles cannot be edited with it.';
const CHECKING = 'Asking the server what it allows.';
const NEEDS_TOKEN_FOR_CYPHER =
  'This server runs ad-hoc Cypher only for holders of its write token: enter it under “Write access”. Saved queries run for everyone.';

function permission(rule: 'anyone' | 'token', tokenTyped: boolean, reason: string): Permission {
  return rule === 'anyone' || tokenTyped ? ALLOWED : { allowed: false, reason };
}

/**
 * The client never checks a token itself: a typed token counts as given,
 * and a wrong one is refused by the server with its own 403 message.
 */
export function accessFor(capabilities: CapabilitiesDto | null, token: string): Access {
  if (capabilities === null) {
    return {
      mode: 'unknown',
      summary: 'Access: checking…',
      detail: CHECKING,
      editQueries: ALLOWED,
      adhocCypher: ALLOWED,
      // Authoring is offered, never refused: until the server says so, it is not shown.
      editArticles: { allowed: false, reason: CHECKING },
    };
  }
  const tokenTyped = token.trim().length > 0;
  const editQueries = permission(capabilities.editSavedQueries, tokenTyped, NEEDS_TOKEN_FOR_EDITS);
  const adhocCypher = permission(capabilities.adhocCypher, tokenTyped, NEEDS_TOKEN_FOR_CYPHER);
  const editArticles: Permission = capabilities.editArticles
    ? ALLOWED
    : { allowed: false, reason: tokenTyped ? WRONG_TOKEN_FOR_ARTICLES : NEEDS_TOKEN_FOR_ARTICLES };
  const seconds = Math.round(capabilities.limits.timeoutMs / 100) / 10;
  const limits = `Queries stop after ${String(seconds)} s and ${String(capabilities.limits.rowLimit)} rows.`;
  if (capabilities.accessMode === 'local') {
    return {
      mode: 'local',
      summary: 'Local mode',
      detail: `Local mode: a single-user server on this machine only. ${editQueries.allowed ? 'Anyone who can open it may edit the saved queries.' : 'Saved-query edits need the write token.'} ${limits}`,
      editQueries,
      adhocCypher,
      editArticles,
    };
  }
  const canWrite = editQueries.allowed;
  return {
    mode: 'shared',
    summary: canWrite ? 'Shared mode · write token entered' : 'Shared mode · read only',
    detail: `Shared mode: several people use this server. Everyone may explore and run saved queries; ${capabilities.adhocCypher === 'token' ? 'ad-hoc Cypher and ' : ''}edits need the write token. ${limits}`,
    editQueries,
    adhocCypher,
    editArticles,
  };
}
