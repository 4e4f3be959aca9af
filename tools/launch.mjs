/**
 * `npm start`'s first step, in plain JavaScript so that Node runs it at once:
 * it compiles tools/start.ts and what it imports (tools, server, seed,
 * model) into `.build/start/` when one of those files changed
 * (tools/compileEntry.mjs), then runs the compiled start.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileIfChanged } from './compileEntry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.build', 'start');
const started = performance.now();
const compiled = await compileIfChanged({
  root,
  entry: path.join(root, 'tools', 'start.ts'),
  outDir,
  manifest: path.join(root, '.build', 'start-inputs.json'),
});
if (compiled) {
  const ms = Math.round(performance.now() - started);
  console.log(`[start] Compiled the server and tools in ${ms} ms (their sources had changed).`);
}
// Error stacks then point at the TypeScript sources.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(path.join(outDir, 'start.mjs')).href);
