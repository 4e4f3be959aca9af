/**
 * The API's DTO types, from the shared model package (inferred from the
 * same zod schemas the server's routes declare), as types only.
 */
export type * from '@newsgraph/model';
