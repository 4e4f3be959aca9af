import { UnboundedQueryError } from '../domain/errors.ts';
import { integerValue, tokenize, type Token } from './cypherTokens.ts';

/**
 * Neo4j checks for termination between rows, not inside one expression, so
 * a query whose cost sits in one expression (a reduce or list comprehension
 * over a huge list, nested loops over collected lists, a regex that
 * backtracks) keeps a core busy past its timeout. This guard refuses such
 * shapes before they reach Neo4j. Work that flows as rows (UNWIND, MATCH,
 * cartesian products) stays allowed: Neo4j's timeout stops it.
 *
 * The bounds are estimates, not proofs: a list whose size the text does not
 * show (a variable, a function result) counts as UNKNOWN_LIST_SIZE.
 */
export const COST_LIMITS = {
  /** Most elements a range() may have outside `UNWIND range(...) AS x`. */
  maxListSize: 100_000,
  /** Most iterations one expression may imply (product of nested loop sizes). */
  maxExpressionWork: 10_000_000,
  /** Assumed size of a list the text does not bound (collected, computed). */
  unknownListSize: 100_000,
  /** Assumed size of nodes(p), relationships(p), labels(n), keys(n). */
  smallListSize: 100,
  /** Most replace() calls nested inside each other (each can multiply a string's length). */
  maxReplaceNesting: 3,
} as const;

const QUANTIFIERS = new Set(['all', 'any', 'none', 'single']);
const SMALL_LIST_FUNCTIONS = new Set(['nodes', 'relationships', 'labels', 'keys']);

interface Loop {
  /** Token range [from, to) of the whole construct; nested loops lie inside it. */
  from: number;
  to: number;
  size: number;
  /** reduce() whose accumulator starts as '' or []: each step copies what it built. */
  growing: boolean;
  start: number;
  what: string;
}

const lower = (token: Token | undefined): string =>
  token?.kind === 'word' ? token.text.toLowerCase() : '';
const isPunct = (token: Token | undefined, text: string): boolean =>
  token?.kind === 'punct' && token.text === text;

function position(query: string, offset: number): string {
  const before = query.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

class Analysis {
  readonly tokens: Token[];
  readonly loops: Loop[] = [];
  /** IN tokens that belong to a loop header (`x IN list`), not a membership test. */
  readonly headerIns = new Set<number>();

  constructor(
    readonly query: string,
    readonly params: Record<string, unknown>,
  ) {
    this.tokens = tokenize(query);
  }

  refuse(offset: number, message: string): never {
    throw new UnboundedQueryError(`${message} (at ${position(this.query, offset)}).`);
  }

  /** Index of the first token in [from, to) at the top bracket level that is one of `words`. */
  findTopLevel(from: number, to: number, test: (token: Token) => boolean): number {
    for (let i = from; i < to; i += 1) {
      const token = this.tokens[i];
      if (!token) break;
      if (test(token)) return i;
      if (token.match !== undefined && token.match > i) i = token.match;
    }
    return -1;
  }

  /** A number the text fixes: a literal, a negated literal, or a number parameter. */
  numberIn(from: number, to: number): number | null {
    const slice = this.tokens.slice(from, to);
    const [first, second] = slice;
    if (slice.length === 1 && first?.kind === 'param') {
      const value = this.params[first.text];
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }
    if (slice.length === 1) return integerValue(first);
    if (slice.length === 2 && isPunct(first, '-')) {
      const value = integerValue(second);
      return value === null ? null : -value;
    }
    return null;
  }

  /** Elements of range(a, b[, step]) whose opening parenthesis is at `open`; null when unknown. */
  rangeSize(open: number): number | null {
    const close = this.tokens[open]?.match ?? open;
    const bounds: (number | null)[] = [];
    let from = open + 1;
    while (from < close) {
      const comma = this.findTopLevel(from, close, (token) => isPunct(token, ','));
      const to = comma < 0 ? close : comma;
      bounds.push(this.numberIn(from, to));
      from = to + 1;
    }
    const [low, high, step = 1] = bounds;
    if (low === null || high === null || step === null || low === undefined) return null;
    if (high === undefined || step === 0) return null;
    return Math.max(0, Math.floor((high - low) / step) + 1);
  }

  /** Estimated size of the list expression in tokens [from, to). */
  listSize(from: number, to: number): number {
    const first = this.tokens[from];
    const open = this.tokens[from + 1];
    if (first?.kind === 'param' && to === from + 1) {
      const value = this.params[first.text];
      return Array.isArray(value) ? value.length : COST_LIMITS.unknownListSize;
    }
    if (isPunct(first, '[') && first?.match === to - 1) {
      const isComprehension = lower(this.tokens[from + 2]) === 'in';
      if (!isComprehension) {
        let commas = 0;
        for (let i = from + 1; i < to - 1; i += 1) {
          if (isPunct(this.tokens[i], ',')) commas += 1;
          const match = this.tokens[i]?.match;
          if (match !== undefined && match > i) i = match;
        }
        return to - from === 2 ? 0 : commas + 1;
      }
    }
    if (isPunct(open, '(') && open?.match === to - 1) {
      const name = lower(first);
      if (name === 'range') return this.rangeSize(from + 1) ?? COST_LIMITS.unknownListSize;
      if (SMALL_LIST_FUNCTIONS.has(name)) return COST_LIMITS.smallListSize;
    }
    return COST_LIMITS.unknownListSize;
  }

  /** reduce(acc = init, x IN list | step), all/any/none/single(x IN list WHERE p), [x IN list …]. */
  collectLoops(): void {
    this.tokens.forEach((token, i) => {
      const next = this.tokens[i + 1];
      const name = lower(token);
      if ((name === 'reduce' || QUANTIFIERS.has(name)) && isPunct(next, '(') && next?.match) {
        this.addLoop(i, i + 2, next.match, name);
      } else if (isPunct(token, '[') && token.match && lower(this.tokens[i + 2]) === 'in') {
        this.addLoop(i, i + 1, token.match, 'list comprehension');
      } else if (name === 'foreach' && isPunct(next, '(')) {
        this.headerIns.add(this.findTopLevel(i + 2, next?.match ?? i, (t) => lower(t) === 'in'));
      }
    });
    // What is left of IN tests membership: a scan of the list on its right.
    this.tokens.forEach((token, i) => {
      if (lower(token) !== 'in' || this.headerIns.has(i)) return;
      if (lower(this.tokens[i + 1]) === 'transactions') return;
      const to = this.operandEnd(i + 1);
      this.loops.push({
        from: i,
        to,
        size: this.listSize(i + 1, to),
        growing: false,
        start: token.start,
        what: 'IN test',
      });
    });
  }

  /** End (exclusive) of the operand that starts at `from`: a bracket, a call, or one token. */
  operandEnd(from: number): number {
    const first = this.tokens[from];
    const next = this.tokens[from + 1];
    if (first?.match !== undefined && first.match > from) return first.match + 1;
    if (first?.kind === 'word' && isPunct(next, '(') && next?.match !== undefined) {
      return next.match + 1;
    }
    return from + 1;
  }

  addLoop(at: number, innerFrom: number, close: number, what: string): void {
    const inAt = this.findTopLevel(innerFrom, close, (token) => lower(token) === 'in');
    if (inAt < 0) return;
    this.headerIns.add(inAt);
    const listEnd = this.findTopLevel(
      inAt + 1,
      close,
      (token) => isPunct(token, '|') || lower(token) === 'where',
    );
    const listTo = listEnd < 0 ? close : listEnd;
    let growing = false;
    if (what === 'reduce') {
      const init = this.findTopLevel(innerFrom, inAt, (token) => isPunct(token, '='));
      const first = this.tokens[init + 1];
      growing = first?.kind === 'string' || isPunct(first, '[');
    }
    const start = this.tokens[at]?.start ?? 0;
    this.loops.push({
      from: at,
      to: close + 1,
      size: this.listSize(inAt + 1, listTo),
      growing,
      start,
      what,
    });
  }

  checkRanges(): void {
    this.tokens.forEach((token, i) => {
      const open = this.tokens[i + 1];
      if (lower(token) !== 'range' || !isPunct(open, '(') || open?.match === undefined) return;
      const feedsUnwind =
        lower(this.tokens[i - 1]) === 'unwind' && lower(this.tokens[open.match + 1]) === 'as';
      if (feedsUnwind) return;
      const size = this.rangeSize(i + 1);
      if (size === null || size > COST_LIMITS.maxListSize) {
        this.refuse(
          token.start,
          `This range() ${size === null ? 'has bounds the query text does not fix' : `has ${size.toLocaleString('en')} elements`}, and Neo4j builds it inside one expression, where its time limit cannot stop the work. ` +
            `Use UNWIND range(...) AS x to turn it into rows, or keep ranges under ${COST_LIMITS.maxListSize.toLocaleString('en')} elements with literal or parameter bounds`,
        );
      }
    });
  }

  checkLoops(): void {
    for (const loop of this.loops) {
      const enclosing = this.loops.filter(
        (other) => other !== loop && other.from < loop.from && loop.to <= other.to,
      );
      const work = [...enclosing, loop].reduce(
        (total, each) => total * each.size * (each.growing ? each.size : 1),
        1,
      );
      if (work > COST_LIMITS.maxExpressionWork) {
        const shape =
          enclosing.length > 0
            ? `this ${loop.what} runs inside ${enclosing.length === 1 ? 'another loop' : `${enclosing.length} other loops`}`
            : `this reduce() builds a string or list that it copies at every step`;
        this.refuse(
          loop.start,
          `The query asks for about ${work.toExponential(0)} steps inside one expression: ${shape}. ` +
            `Neo4j cannot stop such work at its time limit. Turn the outer list into rows with UNWIND, or bound the lists (at most ${COST_LIMITS.maxExpressionWork.toExponential(0)} steps)`,
        );
      }
    }
  }

  checkRegexes(): void {
    this.tokens.forEach((token, i) => {
      if (!isPunct(token, '=~')) return;
      const pattern = this.tokens[i + 1];
      const value =
        pattern?.kind === 'string'
          ? pattern.text
          : pattern?.kind === 'param'
            ? this.params[pattern.text]
            : undefined;
      if (typeof value !== 'string') {
        this.refuse(
          token.start,
          'A regular expression (=~) must be a string literal or a string parameter, so the server can check it before it runs',
        );
      }
      if (/\\[1-9]|\\k</.test(value) || /\([^()]*[+*}][^()]*\)\s*[+*{]/.test(value)) {
        this.refuse(
          token.start,
          'This regular expression nests repetitions (like (a+)+) or uses back-references, which can backtrack for hours inside one expression that Neo4j cannot stop. Simplify it, or use CONTAINS / STARTS WITH',
        );
      }
    });
  }

  checkReplaceNesting(): void {
    const replaces = this.tokens.flatMap((token, i) => {
      const open = this.tokens[i + 1];
      return lower(token) === 'replace' && isPunct(open, '(') && open?.match !== undefined
        ? [{ from: i, to: open.match, start: token.start }]
        : [];
    });
    for (const call of replaces) {
      const depth = replaces.filter((other) => other.from <= call.from && call.to <= other.to);
      if (depth.length > COST_LIMITS.maxReplaceNesting) {
        this.refuse(
          call.start,
          `replace() is nested ${depth.length} deep; each level can multiply the string's length, inside one expression Neo4j cannot stop. Nest at most ${COST_LIMITS.maxReplaceNesting}`,
        );
      }
    }
  }
}

/**
 * Throws UnboundedQueryError (422) when the query text implies work inside
 * one expression that Neo4j's timeout could not stop; otherwise returns.
 */
export function assertBoundedCost(query: string, params: Record<string, unknown> = {}): void {
  const analysis = new Analysis(query, params);
  analysis.checkRanges();
  analysis.checkRegexes();
  analysis.checkReplaceNesting();
  analysis.collectLoops();
  analysis.checkLoops();
}
