/**
 * Orders ids by UTF-16 code unit, the same on every machine. Layouts sort
 * ids to place nodes in a fixed order, and a seeded layout must come out the
 * same for every user: `localeCompare` follows the browser's locale (in
 * Danish "aa" sorts after "z", in Lithuanian "y" sorts with "i"), so the same
 * view was laid out differently depending on where it was opened.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
