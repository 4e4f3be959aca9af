import type { SavedQueryInput } from '../graph/savedQueryStore.ts';

/** Placeholder until the seed lands; replaced with the article's starter library. */
export const STARTER_QUERIES: (SavedQueryInput & { id: string })[] = [];
