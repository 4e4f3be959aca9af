/**
 * Slugs for ids made from names, titles and outlets: lowercase ASCII letters
 * and digits joined by single hyphens, the seed format's id rule.
 *
 * @example slugify('Shou Zi Chew') // 'shou-zi-chew'
 * @example slugify('Ministère des Affaires étrangères', 20) // 'ministere-des'
 */
export function slugify(value: string, maxLength = 80): string {
  const words = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  if (slug === '' && words[0] !== undefined) slug = words[0].slice(0, maxLength);
  return slug === '' ? 'item' : slug;
}
