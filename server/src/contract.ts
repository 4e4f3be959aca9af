/**
 * The API's DTO types now live in @newsgraph/model, written once as zod
 * schemas. This re-export only keeps the export services' imports working
 * while they are being changed in parallel; new code imports the model.
 */
export type * from '@newsgraph/model';
