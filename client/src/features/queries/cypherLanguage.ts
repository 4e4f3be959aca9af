import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { StreamLanguage, type StreamParser } from '@codemirror/language';
import type { SchemaDto } from '../../api/types.ts';

export const CYPHER_KEYWORDS = [
  'MATCH',
  'OPTIONAL',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'ORDER',
  'BY',
  'SKIP',
  'LIMIT',
  'DISTINCT',
  'AS',
  'AND',
  'OR',
  'NOT',
  'XOR',
  'IN',
  'IS',
  'NULL',
  'TRUE',
  'FALSE',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'CALL',
  'YIELD',
  'UNION',
  'ALL',
  'EXISTS',
  'COUNT',
  'CONTAINS',
  'STARTS',
  'ENDS',
  'ASC',
  'DESC',
  'shortestPath',
  'allShortestPaths',
];
const KEYWORD_SET = new Set(CYPHER_KEYWORDS.map((k) => k.toUpperCase()));

interface CypherState {
  /** Inside `( … )` a `:Name` is a label; inside `[ … ]` it is a relationship type. */
  brackets: ('(' | '[' | '{')[];
}

/** A small tokenizer: enough for highlighting, written for this app (CodeMirror's StreamLanguage). */
const parser: StreamParser<CypherState> = {
  name: 'cypher',
  startState: () => ({ brackets: [] }),
  token(stream, state) {
    if (stream.eatSpace()) return null;
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    const quote = stream.peek();
    if (quote === '"' || quote === "'" || quote === '`') {
      stream.next();
      let escaped = false;
      for (let ch = stream.next(); ch !== undefined; ch = stream.next()) {
        if (ch === quote && !escaped) break;
        escaped = ch === '\\' && !escaped;
      }
      return quote === '`' ? 'variableName' : 'string';
    }
    if (stream.match(/^-?\d+(\.\d+)?/)) return 'number';
    if (stream.match(/^\$\w+/)) return 'variableName.special';
    if (stream.match(/^:\s*\w+/)) return state.brackets.at(-1) === '[' ? 'typeName' : 'className';
    const ch = stream.next() ?? '';
    if (ch === '(' || ch === '[' || ch === '{') {
      state.brackets.push(ch);
      return 'bracket';
    }
    if (ch === ')' || ch === ']' || ch === '}') {
      state.brackets.pop();
      return 'bracket';
    }
    if (/\w/.test(ch)) {
      stream.eatWhile(/\w/);
      const word = stream.current();
      if (KEYWORD_SET.has(word.toUpperCase())) return 'keyword';
      if (stream.peek() === '(') return 'function';
      return 'variableName';
    }
    return /[-<>=+*/%.,|]/.test(ch) ? 'operator' : null;
  },
  languageData: { commentTokens: { line: '//' } },
};

export const cypherLanguage = StreamLanguage.define(parser);

/** Does the text before the cursor sit inside an open `[`? Then `:` introduces a relationship type. */
function insideRelationship(before: string): boolean {
  return before.lastIndexOf('[') > before.lastIndexOf(']');
}

/**
 * Completion from the live schema: labels after `:` in a node pattern,
 * relationship types after `:` in `[…]`, property keys after `.` or `{`,
 * keywords elsewhere.
 */
export function schemaCompletion(getSchema: () => SchemaDto | null) {
  return (context: CompletionContext): CompletionResult | null => {
    const schema = getSchema();
    const before = context.state.doc.sliceString(0, context.pos);
    const afterColon = context.matchBefore(/:\s*\w*/);
    if (afterColon && schema) {
      const typed = /:\s*/.exec(afterColon.text)?.[0].length ?? 1;
      const relationship = insideRelationship(before);
      const options = relationship
        ? schema.relationshipTypes.map(({ type, count }) => ({
            label: type,
            type: 'type',
            detail: `${String(count)} rels`,
          }))
        : schema.labels.map(({ label, count }) => ({
            label,
            type: 'class',
            detail: `${String(count)} nodes`,
          }));
      return { from: afterColon.from + typed, options, validFor: /^\w*$/ };
    }
    const property = context.matchBefore(/[.{]\s*\w*/);
    if (property && schema) {
      const typed = /^[.{]\s*/.exec(property.text)?.[0].length ?? 1;
      return {
        from: property.from + typed,
        options: schema.propertyKeys.map((key) => ({ label: key, type: 'property' })),
        validFor: /^\w*$/,
      };
    }
    const word = context.matchBefore(/\w+/);
    if (!word && !context.explicit) return null;
    return {
      from: word?.from ?? context.pos,
      options: CYPHER_KEYWORDS.map((keyword) => ({ label: keyword, type: 'keyword' })),
      validFor: /^\w*$/,
    };
  };
}
