/**
 * A deterministic sentence splitter. The server's reader, the evidence
 * sentence indexes and the coverage summary all depend on the same
 * sentences, so the rules are fixed and documented in seed/README.md:
 *
 * 1. Each line is split on its own; a sentence never spans a line break, so a
 *    title line without a full stop is a sentence of its own.
 * 2. Inside a line, a sentence ends after `.`, `!` or `?` (and any closing
 *    quotes or brackets right after it) when whitespace or the end of the line
 *    follows and the next word does not start with a lowercase letter.
 * 3. A full stop after a known abbreviation ("Mr.", "U.S.") or a single
 *    capital initial ("J.") does not end a sentence.
 * 4. Sentences are trimmed of whitespace, including no-break spaces, so a
 *    stray space before the full stop ("States .") stays inside the sentence.
 *
 * Offsets are UTF-16 code units, like JavaScript string indexes.
 */

export interface Sentence {
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Jr',
  'Sr',
  'Gen',
  'Gov',
  'Sen',
  'Rep',
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'U.S',
  'U.K',
  'U.N',
  'E.U',
  'No',
]);

const TERMINATOR = /[.!?]+[”’"')\]]*/gu;

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return false;
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
}

/** Splits one line (already known to hold no line break) and appends its sentences. */
function splitLine(text: string, lineStart: number, lineEnd: number, into: Sentence[]): void {
  const line = text.slice(lineStart, lineEnd);
  let sentenceStart = 0;
  const push = (from: number, to: number): void => {
    const raw = line.slice(from, to);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const start = lineStart + from + leading;
    into.push({ index: into.length, start, end: start + trimmed.length, text: trimmed });
  };
  for (const match of line.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    // Index arithmetic, not slices of the rest of the line: a long synthetic
    // line would otherwise be copied once per sentence.
    if (end < line.length && !/\s/u.test(line.charAt(end))) continue;
    let next = end;
    while (next < line.length && /\s/u.test(line.charAt(next))) next += 1;
    if (next < line.length && /^\p{Ll}/u.test(line.charAt(next))) continue;
    if (match[0].startsWith('.') && endsWithAbbreviation(line.slice(sentenceStart, match.index)))
      continue;
    push(sentenceStart, end);
    sentenceStart = end;
  }
  push(sentenceStart, line.length);
}

/** Splits an article's text into sentences, in order, with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const match of text.matchAll(/\r?\n|\r/g)) {
    splitLine(text, lineStart, match.index, sentences);
    lineStart = match.index + match[0].length;
  }
  splitLine(text, lineStart, text.length, sentences);
  return sentences;
}

/**
 * The index of the sentence that contains `offset`, or -1 when the offset
 * falls in whitespace between sentences. Binary search: articles in the
 * benchmark have thousands of sentences.
 */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (sentence === undefined) break;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
