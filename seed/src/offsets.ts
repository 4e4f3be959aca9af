/**
 * Evidence offsets are computed by this module, never typed by hand.
 *
 * `locateQuote` is what `npm run seed -- --fix-offsets` uses to fill in
 * `start`/`end`; `checkEvidence` is what validation uses to reject offsets
 * that do not point at the quote.
 */

export interface Located {
  start: number;
  end: number;
  /** The exact text at [start, end); differs from the input quote after a loose match. */
  quote: string;
}

export type LocateResult = { ok: true; value: Located } | { ok: false; message: string };

export interface QuoteRequest {
  quote: string;
  start?: number | undefined;
  end?: number | undefined;
  occurrence?: number | undefined;
}

/** Start offsets of every exact occurrence of `quote` in `text`, overlapping ones included. */
export function occurrencesOf(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote === '') return starts;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

const LOOSE_CLASSES: [RegExp, string][] = [
  [/^\s$/u, '\\s+'],
  [/^['‘’]$/u, "['‘’]"],
  [/^["“”]$/u, '["“”]'],
  [/^[-–—]$/u, '[-–—]'],
];

/**
 * A pattern that tolerates what an author cannot see or type easily: any run
 * of whitespace for a space (the text has no-break spaces), straight or curly
 * quotes, and hyphen or dashes.
 */
function loosePattern(quote: string): RegExp {
  let source = '';
  for (const char of quote.replace(/\s+/gu, ' ')) {
    const loose = LOOSE_CLASSES.find(([test]) => test.test(char));
    source += loose ? loose[1] : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(source, 'gu');
}

function pick(
  starts: number[],
  lengths: number[],
  text: string,
  request: QuoteRequest,
): LocateResult {
  const describe = starts.map((start) => String(start)).join(', ');
  if (request.occurrence !== undefined) {
    const index = request.occurrence - 1;
    const start = starts[index];
    const length = lengths[index];
    if (start === undefined || length === undefined) {
      return {
        ok: false,
        message: `"occurrence": ${request.occurrence} asks for a quote that occurs only ${starts.length} time(s) (at ${describe})`,
      };
    }
    return {
      ok: true,
      value: { start, end: start + length, quote: text.slice(start, start + length) },
    };
  }
  const start = starts[0];
  const length = lengths[0];
  if (starts.length > 1 || start === undefined || length === undefined) {
    return {
      ok: false,
      message: `the quote is ambiguous: it occurs ${starts.length} times (at offsets ${describe}); add "occurrence": n (1-based) to say which one, or lengthen the quote`,
    };
  }
  return {
    ok: true,
    value: { start, end: start + length, quote: text.slice(start, start + length) },
  };
}

/**
 * Finds the quote in the text. Existing offsets that already point at the
 * quote are kept. Otherwise the quote must occur exactly once (or `occurrence`
 * must say which); when it does not occur verbatim, a loose match that is
 * unique is accepted and its exact text returned.
 */
export function locateQuote(text: string, request: QuoteRequest): LocateResult {
  const { quote, start, end } = request;
  if (
    request.occurrence === undefined &&
    start !== undefined &&
    end !== undefined &&
    text.slice(start, end) === quote
  ) {
    return { ok: true, value: { start, end, quote } };
  }
  const exact = occurrencesOf(text, quote);
  if (exact.length > 0)
    return pick(
      exact,
      exact.map(() => quote.length),
      text,
      request,
    );
  const loose = Array.from(text.matchAll(loosePattern(quote)));
  if (loose.length > 0) {
    return pick(
      loose.map((match) => match.index),
      loose.map((match) => match[0].length),
      text,
      request,
    );
  }
  return { ok: false, message: `the quote does not occur in the article text: "${quote}"` };
}

/**
 * Checks stored offsets strictly: `text.slice(start, end)` must equal the
 * quote, and `occurrence`, when given, must agree. Returns a problem or null.
 */
export function checkEvidence(text: string, evidence: QuoteRequest): string | null {
  const { quote, start, end } = evidence;
  // The loader turns missing offsets into -1 so that the article type stays simple.
  if (start === undefined || end === undefined || start < 0 || end < 0) {
    return 'start and end are missing; run `npm run seed -- --fix-offsets` to compute them';
  }
  if (end <= start) return `end (${end}) must be greater than start (${start})`;
  if (end > text.length) return `end (${end}) is past the end of the text (${text.length})`;
  const actual = text.slice(start, end);
  if (actual !== quote) {
    const found = occurrencesOf(text, quote);
    const where =
      found.length === 0
        ? 'the quote does not occur in the text at all'
        : `the quote occurs at ${found.join(', ')}`;
    return `the text at [${start}, ${end}) is "${actual}", not the quote; ${where}. Run \`npm run seed -- --fix-offsets\``;
  }
  if (evidence.occurrence !== undefined) {
    const expected = occurrencesOf(text, quote)[evidence.occurrence - 1];
    if (expected !== start) {
      return `"occurrence": ${evidence.occurrence} points at offset ${expected ?? 'nowhere'}, but start is ${start}`;
    }
  }
  return null;
}
