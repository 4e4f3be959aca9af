/**
 * Names in a text, found by compromise's part-of-speech tagger (MIT; its
 * lexicon ships inside the npm package, so nothing is fetched at run time).
 * This module is the only one that imports the library: it is loaded with
 * `import()` when the suggestions are first shown, so the first visit and
 * authoring without an article do not pay for it (about 125 kB gzip).
 *
 * compromise's "two" build (tagger, no phrase API) is enough: we read its
 * per-word tags and build the spans ourselves, because its own
 * `people()`/`places()` views split names such as "House Energy and
 * Commerce Committee" and miss names it cannot type (TikTok, ByteDance).
 * The rules below were measured against the AFP article's entities and the
 * follow-up fixture (the report of issue #14 has the figures).
 */
import nlp from 'compromise/two';
import type { EntityType } from '@newsgraph/model';

/** A name the tagger found: `text === source.slice(start, end)`, UTF-16 offsets. */
export interface NameSpan {
  start: number;
  end: number;
  text: string;
  /** Our vocabulary's type, where the tags say it; null lets the user pick. */
  type: EntityType | null;
}

interface Word {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  sentenceStart: boolean;
}

/** A lowercase word that heads a name made of a nationality ("the French government"). */
const COMMON_HEADS: Readonly<Record<string, EntityType>> = {
  government: 'Government',
  law: 'Law',
  group: 'Company',
  company: 'Company',
};

/** First or last words that make a capitalised name an institution of a state. */
const BODY_HEADS = new Set([
  'Agency',
  'Commission',
  'Committee',
  'Congress',
  'Council',
  'Court',
  'Department',
  'House',
  'Ministry',
  'Office',
  'Parliament',
  'Senate',
]);

const NOT_NAME = ['Date', 'Month', 'WeekDay', 'Value', 'Determiner', 'Preposition', 'Pronoun'];
const FUNCTION_WORD = ['Conjunction', 'Verb', 'Adverb', 'Adjective', 'Possessive', 'Expression'];

const capitalised = (text: string) => /^\p{Lu}/u.test(text);

/** compromise's words with exact offsets; a word whose offsets do not hold is left out. */
function wordsOf(source: string): Word[] {
  const sentences = nlp(source).json({ offset: true }) as {
    terms: { text: string; tags: string[]; offset: { start: number } }[];
  }[];
  const words: Word[] = [];
  for (const sentence of sentences) {
    sentence.terms.forEach((term, index) => {
      const start = term.offset.start;
      if (term.text === '' || source.slice(start, start + term.text.length) !== term.text) return;
      words.push({
        text: term.text,
        start,
        end: start + term.text.length,
        tags: new Set(term.tags),
        sentenceStart: index === 0,
      });
    });
  }
  return words;
}

const has = (word: Word | undefined, ...tags: string[]) =>
  word !== undefined && tags.some((tag) => word.tags.has(tag));

/**
 * Whether a word can be part of a name: tagged a proper noun, person,
 * place or organisation and capitalised; a short acronym (AFP, US, but not
 * a shouted "VIDEO"); or a capitalised word the tagger left untyped that
 * a name word follows ("Shou" before "Zi Chew").
 */
function isNameWord(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (!word || !capitalised(word.text) || has(word, ...NOT_NAME)) return false;
  if (has(word, 'Acronym')) return word.text.length <= 4;
  if (has(word, 'ProperNoun', 'Person', 'Place', 'Organization')) return true;
  return !has(word, ...FUNCTION_WORD) && index + 1 < words.length && isNameWord(words, index + 1);
}

/** Whether only spaces separate two words: a name never runs over punctuation or a line. */
const adjacent = (source: string, a: Word | undefined, b: Word | undefined) =>
  a !== undefined && b !== undefined && /^[^\S\n]+$/.test(source.slice(a.end, b.start));

const possessive = (word: Word | undefined) => word !== undefined && /['’]s$/.test(word.text);

/**
 * The index just past the run of name words that starts at `from`; a
 * possessive ends it ("China’s Ministry" is China, then the ministry).
 */
function runEnd(source: string, words: readonly Word[], from: number): number {
  let end = from + 1;
  while (
    end < words.length &&
    !possessive(words[end - 1]) &&
    adjacent(source, words[end - 1], words[end]) &&
    isNameWord(words, end)
  )
    end += 1;
  return end;
}

/**
 * Grows a run of name words at `from`: across "of" between names
 * ("Ministry of Foreign Affairs"), across "and" only when the joined name
 * ends as an institution ("House Energy and Commerce Committee", not
 * "Canadian and British"), and over a lowercase head ("Chinese government").
 */
function growRun(
  source: string,
  words: readonly Word[],
  from: number,
): { end: number; head: EntityType | null; description: boolean } {
  let end = runEnd(source, words, from);
  for (;;) {
    const joiner = words[end];
    const linked =
      !possessive(words[end - 1]) &&
      adjacent(source, words[end - 1], joiner) &&
      adjacent(source, joiner, words[end + 1]) &&
      isNameWord(words, end + 1);
    if (!joiner || !linked) break;
    const next = runEnd(source, words, end + 1);
    const last = words[next - 1]?.text ?? '';
    if (joiner.text === 'of' || (joiner.text === 'and' && BODY_HEADS.has(last))) end = next;
    else break;
  }
  const word = words[end];
  const head = COMMON_HEADS[word?.text ?? ''];
  if (head === undefined || possessive(words[end - 1]) || !adjacent(source, words[end - 1], word))
    return { end, head: null, description: false };
  // A head followed by a name describes that name ("the Chinese group ByteDance"): not one itself.
  const description = adjacent(source, word, words[end + 1]) && isNameWord(words, end + 1);
  return { end: end + 1, head, description };
}

function typeOf(run: readonly Word[], head: EntityType | null): EntityType | null {
  if (head) return head;
  const ends = [run[0]?.text ?? '', run[run.length - 1]?.text ?? ''];
  if (ends.some((word) => BODY_HEADS.has(word))) return 'GovernmentBody';
  const names = run.filter((w) => w.text !== 'of' && w.text !== 'and');
  if (names.some((w) => has(w, 'Person')) && !names.some((w) => has(w, 'Place', 'Organization')))
    return 'Person';
  if (names.every((w) => has(w, 'Country'))) return 'Country';
  if (names.every((w) => has(w, 'Place'))) return 'Place';
  if (names.some((w) => has(w, 'Organization'))) return 'Organization';
  return null;
}

/** Cuts a possessive ending off: "China’s" names China. */
function withoutPossessive(source: string, end: number): number {
  const tail = source.slice(end - 2, end);
  return tail === '’s' || tail === "'s" ? end - 2 : end;
}

/**
 * Every name in `source`, in text order, without overlaps. A bare
 * nationality ("American", "Europeans") is no name; a year before a law
 * belongs to it ("a 2017 Chinese law" → "2017 Chinese law").
 */
export function findNames(source: string): NameSpan[] {
  const words = wordsOf(source);
  const found: NameSpan[] = [];
  for (let index = 0; index < words.length;) {
    if (!isNameWord(words, index)) {
      index += 1;
      continue;
    }
    const { end, head, description } = growRun(source, words, index);
    const before = words[index - 1];
    let run = words.slice(index, end);
    index = end;
    if (description || (head === null && run.every((w) => has(w, 'Demonym')))) continue;
    if (head === 'Law' && before && has(before, 'Year') && adjacent(source, before, run[0]))
      run = [before, ...run];
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    const stop = withoutPossessive(source, last.end);
    if (stop <= first.start) continue;
    found.push({
      start: first.start,
      end: stop,
      text: source.slice(first.start, stop),
      type: typeOf(run, head),
    });
  }
  return found;
}
