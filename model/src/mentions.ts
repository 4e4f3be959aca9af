/**
 * Finds where the text names an entity by its name or one of its aliases.
 *
 * The rule (documented in seed/README.md; shared by the seeder and the reader): matching is case-sensitive and on
 * whole words. Text and aliases are cut into tokens (runs of letters and
 * digits, or single punctuation marks) and whitespace between tokens is
 * ignored, so "China ‘s government" matches across a no-break space.
 * Mentions never overlap: at each place the longest match wins ("China’s
 * Ministry of Foreign Affairs" is a mention of the ministry, not of China);
 * entities that share exactly the same span all get the mention.
 *
 * One pass over the tokens with a token trie keeps this linear in the text's
 * length, which matters for the benchmark's large synthetic articles.
 */

export interface Mention {
  entityId: string;
  start: number;
  end: number;
}

export interface NamedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Tokens as parallel arrays: benchmark articles have tens of thousands, and objects cost GC time. */
export interface Tokens {
  texts: string[];
  starts: number[];
  ends: number[];
}

export function tokenize(text: string): Tokens {
  const tokens: Tokens = { texts: [], starts: [], ends: [] };
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    tokens.texts.push(match[0]);
    tokens.starts.push(match.index);
    tokens.ends.push(match.index + match[0].length);
  }
  return tokens;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Entities (with the surface form) whose name or alias ends at this node. */
  ends: { entityId: string; surface: string }[];
}

const newNode = (): TrieNode => ({ children: new Map(), ends: [] });

/**
 * A trie over token sequences: matching walks it from each text position, so
 * the cost does not grow with the number of entities whose names share a
 * first word (synthetic benchmark names all start with "Entity").
 */
function buildTrie(entities: readonly NamedEntity[]): TrieNode {
  const root = newNode();
  for (const entity of entities) {
    for (const surface of new Set([entity.name, ...entity.aliases])) {
      const words = surface.match(TOKEN);
      if (words === null) continue;
      let node = root;
      for (const word of words) {
        let child = node.children.get(word);
        if (!child) {
          child = newNode();
          node.children.set(word, child);
        }
        node = child;
      }
      node.ends.push({ entityId: entity.id, surface });
    }
  }
  return root;
}

interface RawMatch extends Mention {
  surface: string;
}

function rawMatches(text: string, entities: readonly NamedEntity[]): RawMatch[] {
  const root = buildTrie(entities);
  const { texts, starts, ends } = tokenize(text);
  const found: RawMatch[] = [];
  for (let first = 0; first < texts.length; first += 1) {
    let node = root.children.get(texts[first] ?? '');
    for (let last = first; node !== undefined;) {
      for (const end of node.ends) {
        found.push({
          entityId: end.entityId,
          surface: end.surface,
          start: starts[first] ?? 0,
          end: ends[last] ?? 0,
        });
      }
      last += 1;
      node = last < texts.length ? node.children.get(texts[last] ?? '') : undefined;
    }
  }
  return found;
}

/** Every mention of the given entities, in text order, without overlaps. */
export function findMentions(text: string, entities: readonly NamedEntity[]): Mention[] {
  const sorted = rawMatches(text, entities).sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0),
  );
  const kept: Mention[] = [];
  let last: Mention | undefined;
  for (const match of sorted) {
    const sameSpan = last !== undefined && match.start === last.start && match.end === last.end;
    const free = last === undefined || match.start >= last.end;
    if (!free && !sameSpan) continue;
    if (sameSpan && kept.some((m) => m.entityId === match.entityId && m.start === match.start))
      continue;
    const mention = { entityId: match.entityId, start: match.start, end: match.end };
    kept.push(mention);
    last = mention;
  }
  return kept;
}

/** The aliases of each entity that occur nowhere in the text (by the same matching rule). */
export function absentAliases(
  text: string,
  entities: readonly NamedEntity[],
): Map<string, string[]> {
  const present = new Set(rawMatches(text, entities).map((m) => `${m.entityId}\u0000${m.surface}`));
  const absent = new Map<string, string[]>();
  for (const entity of entities) {
    const missing = entity.aliases.filter(
      (alias) => !present.has(`${entity.id}\u0000${alias}`) && alias !== entity.name,
    );
    if (missing.length > 0) absent.set(entity.id, missing);
  }
  return absent;
}
