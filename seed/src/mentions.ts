/**
 * The mention rule lives in the model package, so the reader's authoring
 * mode marks exactly the mentions the seeder stores; re-exported here for
 * the seeder's own modules.
 */
export {
  absentAliases,
  findMentions,
  tokenize,
  type Mention,
  type NamedEntity,
  type Tokens,
} from '@newsgraph/model';
