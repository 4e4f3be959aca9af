import { describe, expect, it } from 'vitest';
import type { CapabilitiesDto } from '../api/types.ts';
import { accessFor } from './access.ts';

const limits = { timeoutMs: 5000, rowLimit: 1000, maxConcurrent: 2, maxPerClient: 1 };
const local: CapabilitiesDto = {
  accessMode: 'local',
  editSavedQueries: 'anyone',
  adhocCypher: 'anyone',
  editArticles: true,
  limits,
};
const shared: CapabilitiesDto = {
  accessMode: 'shared',
  editSavedQueries: 'token',
  adhocCypher: 'anyone',
  editArticles: false,
  limits,
};

describe('accessFor', () => {
  it('refuses nothing before the server has said what it allows', () => {
    const access = accessFor(null, '');
    expect(access.mode).toBe('unknown');
    expect(access.editQueries).toStrictEqual({ allowed: true });
    expect(access.adhocCypher).toStrictEqual({ allowed: true });
  });

  it('allows everything in local mode without a token, and says what the limits are', () => {
    const access = accessFor(local, '');
    expect(access.summary).toBe('Local mode');
    expect(access.detail).toBe(
      'Local mode: a single-user server on this machine only. Anyone who can open it may edit the saved queries. Queries stop after 5 s and 1000 rows.',
    );
    expect(access.editQueries).toStrictEqual({ allowed: true });
    expect(access.adhocCypher).toStrictEqual({ allowed: true });
  });

  it('asks for the token for edits in local mode when the server has one', () => {
    const access = accessFor({ ...local, editSavedQueries: 'token' }, '');
    expect(access.editQueries.allowed).toBe(false);
    expect(access.detail).toContain('Saved-query edits need the write token.');
  });

  it('is read only in shared mode until a token is typed', () => {
    const before = accessFor(shared, '   ');
    expect(before.summary).toBe('Shared mode · read only');
    expect(before.editQueries).toStrictEqual({
      allowed: false,
      reason:
        'Saving or deleting shared queries needs this server’s write token: enter it under “Write access”.',
    });
    expect(before.adhocCypher).toStrictEqual({ allowed: true });
    const after = accessFor(shared, 'a-token');
    expect(after.summary).toBe('Shared mode · write token entered');
    expect(after.editQueries).toStrictEqual({ allowed: true });
  });

  it('keeps ad-hoc Cypher for token holders when the server says so', () => {
    const restricted = { ...shared, adhocCypher: 'token' as const };
    const access = accessFor(restricted, '');
    expect(access.adhocCypher.allowed).toBe(false);
    expect(access.detail).toBe(
      'Shared mode: several people use this server. Everyone may explore and run saved queries; ad-hoc Cypher and edits need the write token. Queries stop after 5 s and 1000 rows.',
    );
    expect(accessFor(restricted, 'x').adhocCypher).toStrictEqual({ allowed: true });
  });

  it('offers authoring only when the server says this request may edit articles', () => {
    expect(accessFor(null, 'a-token').editArticles.allowed).toBe(false);
    expect(accessFor(local, '').editArticles).toStrictEqual({ allowed: true });
    expect(accessFor(shared, '').editArticles).toStrictEqual({
      allowed: false,
      reason:
        'Adding and editing articles needs this server’s write token: enter it under “Write access”.',
    });
    // The server read the typed token as wrong: say so rather than ask for one.
    expect(accessFor(shared, 'wrong').editArticles).toStrictEqual({
      allowed: false,
      reason:
        'The token under “Write access” is not this server’s write token, so articles cannot be edited with it.',
    });
    expect(accessFor({ ...shared, editArticles: true }, 'right').editArticles).toStrictEqual({
      allowed: true,
    });
  });
});
