/**
 * A small Cypher tokenizer for the cost guard: it knows where strings,
 * comments, backticked names and parameters begin and end, so that the guard
 * never mistakes text inside a string for a keyword. It does not validate;
 * Neo4j's own parser (through EXPLAIN) does that.
 */
export type TokenKind = 'word' | 'name' | 'number' | 'string' | 'param' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Source text; for strings the unquoted value, for `word` as written. */
  text: string;
  /** Offset of the token's first character in the query. */
  start: number;
  /** Index of the matching bracket for ( [ {, and back. */
  match?: number;
}

const MULTI_CHAR = ['=~', '<=', '>=', '<>', '..', '+=', '->', '<-'];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

function readQuoted(text: string, from: number, quote: string): { value: string; end: number } {
  let value = '';
  let i = from + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\' && i + 1 < text.length) {
      const next = text[i + 1] ?? '';
      value += ESCAPES[next] ?? next;
      i += 2;
    } else {
      value += text.charAt(i);
      i += 1;
    }
  }
  return { value, end: Math.min(i + 1, text.length) };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    const rest = text.slice(i, i + 2);
    if (/\s/.test(char)) {
      i += 1;
    } else if (rest === '//') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (rest === '/*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (char === "'" || char === '"') {
      const { value, end } = readQuoted(text, i, char);
      tokens.push({ kind: 'string', text: value, start: i });
      i = end;
    } else if (char === '`') {
      const end = text.indexOf('`', i + 1);
      const stop = end < 0 ? text.length : end + 1;
      tokens.push({ kind: 'name', text: text.slice(i + 1, stop - 1), start: i });
      i = stop;
    } else if (char === '$') {
      const match = /^\$(`[^`]*`|[\p{L}\p{N}_]+)/u.exec(text.slice(i));
      const name = match?.[1] ?? '';
      tokens.push({ kind: 'param', text: name.replace(/^`|`$/g, ''), start: i });
      i += Math.max(1, match?.[0].length ?? 1);
    } else if (/[0-9]/.test(char)) {
      const match = /^(0x[0-9a-f_]+|0o[0-7_]+|[0-9][0-9_]*(\.[0-9_]+)?(e[+-]?[0-9]+)?)/i.exec(
        text.slice(i),
      );
      const literal = match?.[0] ?? char;
      tokens.push({ kind: 'number', text: literal, start: i });
      i += literal.length;
    } else if (/[\p{L}_]/u.test(char)) {
      const match = /^[\p{L}\p{N}_]+/u.exec(text.slice(i));
      const word = match?.[0] ?? char;
      tokens.push({ kind: 'word', text: word, start: i });
      i += word.length;
    } else {
      const punct = MULTI_CHAR.includes(rest) ? rest : char;
      tokens.push({ kind: 'punct', text: punct, start: i });
      i += punct.length;
    }
  }
  matchBrackets(tokens);
  return tokens;
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function matchBrackets(tokens: Token[]): void {
  const open: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'punct') return;
    if (token.text in CLOSERS) {
      open.push(index);
      return;
    }
    const top = open.at(-1);
    if (top === undefined) return;
    const opener = tokens[top];
    if (opener && CLOSERS[opener.text] === token.text) {
      open.pop();
      opener.match = index;
      token.match = top;
    }
  });
}

/** Parses a Cypher integer literal (decimal, hex, octal, with underscores); null otherwise. */
export function integerValue(token: Token | undefined): number | null {
  if (token?.kind !== 'number' || /[.e]/i.test(token.text.replace(/^0x.*/i, ''))) return null;
  const clean = token.text.replace(/_/g, '').toLowerCase();
  const value = clean.startsWith('0o') ? Number.parseInt(clean.slice(2), 8) : Number(clean);
  return Number.isFinite(value) ? value : null;
}
