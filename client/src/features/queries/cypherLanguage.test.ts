import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { SchemaDto } from '../../api/types.ts';
import { schemaCompletion } from './cypherLanguage.ts';

const schema: SchemaDto = {
  labels: [{ label: 'Entity', count: 39 }],
  relationshipTypes: [{ type: 'OWNS', count: 2 }],
  propertyKeys: ['name', 'stance'],
};

function complete(textWithCursor: string) {
  const pos = textWithCursor.indexOf('|');
  const doc = textWithCursor.replace('|', '');
  const context = new CompletionContext(EditorState.create({ doc }), pos, true);
  const result = schemaCompletion(() => schema)(context);
  return result ? { from: result.from, labels: result.options.map((o) => o.label) } : null;
}

describe('Cypher completion from the schema', () => {
  it('offers labels after a colon in a node pattern', () => {
    expect(complete('MATCH (n:En|')).toStrictEqual({ from: 9, labels: ['Entity'] });
  });

  it('offers relationship types after a colon inside brackets', () => {
    expect(complete('MATCH (a)-[r:|')).toStrictEqual({ from: 13, labels: ['OWNS'] });
  });

  it('offers property keys after a dot', () => {
    expect(complete('RETURN n.na|')).toStrictEqual({ from: 9, labels: ['name', 'stance'] });
  });

  it('offers keywords elsewhere', () => {
    expect(complete('MAT|')?.labels).toContain('MATCH');
  });
});
