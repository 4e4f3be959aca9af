import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * The client reads explore DTOs by typed field, never a stored property by
 * string key; ESLint (no-restricted-syntax in eslint.config.js) keeps it so.
 * This lints probe code as if it sat in client files, through the repo's own
 * config, so a changed selector or file glob that lets a read through fails
 * here. Type information is off: the probes exist on no disk.
 */
async function guardMessages(code: string, file: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: [tseslint.configs.disableTypeChecked],
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => `${String(message.line)}: ${message.message.split(';')[0] ?? ''}`);
}

const PROBE = `
export const a = (node: { properties: Record<string, unknown> }) => node.properties.name;
export const b = (node: { properties: Record<string, unknown> }) => node['properties'];
export const c = (node: { attributes: Record<string, unknown> }) => node.attributes.americanUsers;
export function d(node: { attributes: Record<string, unknown> }) {
  const { americanUsers } = node.attributes;
  return americanUsers;
}
export const e = (node: { attributes: Record<string, unknown> }) => Object.keys(node.attributes);
`;

const BAG = 'Only the Cypher results table (client/src/ui/ResultsTable.tsx) reads property bags';
const KEY = 'Attributes are listed as they are (PropertyList), never read by key';

describe('the property-bag guard', () => {
  it('refuses reads by string key in client code, and allows listing attributes whole', async () => {
    expect(await guardMessages(PROBE, 'client/src/features/details/Probe.tsx')).toStrictEqual([
      `2: ${BAG}`,
      `3: ${BAG}`,
      `4: ${KEY}`,
      `6: ${KEY}`,
    ]);
  });

  it('lets the Cypher results table read the property bags of result cells', async () => {
    expect(await guardMessages(PROBE, 'client/src/ui/ResultsTable.tsx')).toStrictEqual([]);
  });

  it('leaves the server alone, which decodes storage', async () => {
    expect(await guardMessages(PROBE, 'server/src/graph/Probe.ts')).toStrictEqual([]);
  });
});
