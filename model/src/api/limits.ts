/**
 * Limits of the "connect what is shown" request, shared by the API's schema
 * and the client, which does not send a request the API would refuse. Kept
 * apart from the schemas so that the client's first chunk does not pull zod.
 */

/** Most ids one "connect what is shown" request may name, new and visible together. */
export const AMONG_MAX_IDS = 5000;
/** Most newly added ids one "connect what is shown" request may name. */
export const AMONG_MAX_NEW_IDS = 1000;
