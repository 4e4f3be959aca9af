/**
 * The API's DTO types, re-exported from the server's contract as types only,
 * so that no server code can reach the bundle.
 */
export type * from '../../../server/src/contract.ts';
