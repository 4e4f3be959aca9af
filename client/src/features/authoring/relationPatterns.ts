/**
 * Candidate relationships from verb patterns: where a sentence names two
 * entities with a verb of the vocabulary between them ("X owns Y", "Y is
 * owned by X", "X was questioned … by Y"), the reader proposes "X — TYPE →
 * Y" with the whole sentence as its quote. A proposal is a guess for a
 * person to check: nothing is written until they submit the form it opens.
 */
import type { RelationshipType } from '@newsgraph/model';
import type { Mention } from '@newsgraph/model';

/**
 * How a relationship type is said. A form is words in order; "…" lets up
 * to four other words sit between its parts ("questioned for about five
 * hours by"). `reversed` forms name the `to` first ("Y is owned by X").
 */
export interface VerbForm {
  words: string;
  reversed?: true;
}

/**
 * The verb forms per relationship type. Types without a clear verb
 * (ABOUT, SIMILAR_TO, POPULAR_AMONG…) are left out on purpose, and so is
 * "said": it names a speaker, not what the relationship would point at.
 */
export const VERB_PATTERNS: Readonly<Partial<Record<RelationshipType, readonly VerbForm[]>>> = {
  OWNS: [{ words: 'owns' }, { words: 'owned' }, { words: 'owned by', reversed: true }],
  BANS: [{ words: 'bans' }, { words: 'banned' }, { words: 'banned by', reversed: true }],
  TESTIFIED_BEFORE: [
    { words: 'testified before' },
    { words: 'appeared before' },
    { words: 'questioned … by' },
  ],
  CEO_OF: [{ words: 'chief executive of' }, { words: 'CEO of' }],
  SPOKESPERSON_FOR: [
    { words: 'spokeswoman for' },
    { words: 'spokesman for' },
    { words: 'spokesperson for' },
  ],
  BASED_IN: [{ words: 'based in' }, { words: 'headquartered in' }],
  ENACTED: [{ words: 'enacted' }, { words: 'adopted' }, { words: 'passed' }],
  REQUIRES: [{ words: 'requires' }, { words: 'required' }, { words: 'obliges' }],
  DENIES: [
    { words: 'denies' },
    { words: 'denied' },
    { words: 'rejected' },
    { words: 'rejects' },
    { words: 'denied by', reversed: true },
  ],
  ADMITTED: [{ words: 'admitted' }, { words: 'admits' }, { words: 'admit' }],
  ACKNOWLEDGED: [{ words: 'acknowledged' }, { words: 'acknowledges' }],
  ASSERTS: [{ words: 'asserts' }, { words: 'asserted' }, { words: 'insisted' }],
  ACCUSES: [{ words: 'accuses' }, { words: 'accused' }, { words: 'accused by', reversed: true }],
  CRITICIZES: [
    { words: 'criticizes' },
    { words: 'criticized' },
    { words: 'criticised' },
    { words: 'criticizing' },
    { words: 'criticized by', reversed: true },
  ],
  PROMISED: [{ words: 'promised' }, { words: 'promises' }],
  FEARS: [{ words: 'fear' }, { words: 'fears' }, { words: 'feared' }],
};

/** A verb of the table, found in a text. */
export interface VerbMatch {
  type: RelationshipType;
  reversed: boolean;
  start: number;
  end: number;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_GAP = String.raw`(?:\s+[\p{L}\p{N}'’-]+){0,4}\s+`;

function formPattern(form: VerbForm): RegExp {
  const parts = form.words.split(' ').map((word) => (word === '…' ? null : escape(word)));
  let source = '';
  parts.forEach((part, index) => {
    if (part === null) return;
    const afterGap = parts[index - 1] === null;
    source += index === 0 ? part : afterGap ? `${WORD_GAP}${part}` : `\\s+${part}`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'gu');
}

const PASSIVE_BEFORE = /(?:^|\s)(?:is|are|was|were|be|been|being)\s+$/u;

/**
 * Every verb form of the table in `text`, in text order. An active form
 * right after "is", "was", "be"… is passive ("could be banned in") and
 * does not count; a longer form wins over a shorter one at the same place
 * ("owned by" over "owned").
 */
export function findVerbs(text: string): VerbMatch[] {
  const found: (VerbMatch & { form: VerbForm })[] = [];
  for (const [type, forms] of Object.entries(VERB_PATTERNS) as [RelationshipType, VerbForm[]][]) {
    for (const form of forms) {
      for (const match of text.matchAll(formPattern(form))) {
        const start = match.index;
        const passiveWord = !form.reversed && !form.words.includes(' by');
        if (passiveWord && PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
          continue;
        found.push({
          type,
          reversed: form.reversed === true,
          start,
          end: start + match[0].length,
          form,
        });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: VerbMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push({ type: match.type, reversed: match.reversed, start: match.start, end: match.end });
  }
  return kept;
}

/** A sentence as the article document lists it: `text === article.slice(start, end)`. */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** "from — type → to", with the sentence that says it as the quote. */
export interface RelationshipCandidate {
  type: RelationshipType;
  from: string;
  to: string;
  sentence: SentenceSpan;
  /** The verb as the text has it. */
  verb: string;
}

/** Words after which a name is not the subject of the verb that follows ("chief of TikTok"). */
const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:of|by|with|in|from|to|for|on|at|as|than|about|against)\s+(?:the\s+)?$/iu;

/**
 * For each sentence and each verb of the table in it: the subject is the
 * nearest mention before the verb that does not follow a preposition, the
 * object the first mention after it. Pairs of the same entity, and the
 * same proposal twice in one sentence, are left out.
 */
export function proposeRelationships(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions: readonly Mention[],
): RelationshipCandidate[] {
  const proposals: RelationshipCandidate[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    for (const verb of findVerbs(text.slice(sentence.start, sentence.end))) {
      const at = { start: sentence.start + verb.start, end: sentence.start + verb.end };
      const subject = [...inside]
        .reverse()
        .find(
          (m) =>
            m.end <= at.start &&
            !PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 16), m.start)),
        );
      const object = inside.find((m) => m.start >= at.end);
      if (!subject || !object || subject.entityId === object.entityId) continue;
      const [from, to] = verb.reversed ? [object, subject] : [subject, object];
      const key = `${from.entityId}|${verb.type}|${to.entityId}|${String(sentence.index)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      proposals.push({
        type: verb.type,
        from: from.entityId,
        to: to.entityId,
        sentence,
        verb: text.slice(at.start, at.end),
      });
    }
  }
  return proposals;
}
