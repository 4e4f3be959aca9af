/**
 * `npm run check`: typecheck, ESLint, Prettier and the import rules. The
 * first two are CPU-bound and independent, so they run side by side (this
 * machine has two cores); Prettier and dependency-cruiser follow (no import
 * cycle, no client import from server/: see .dependency-cruiser.mjs).
 * Exits non-zero when any of them fails.
 */
import { spawn } from 'node:child_process';

function run(name: string, script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = (chunk: Buffer): string =>
      chunk
        .toString()
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => `[${name}] ${line}\n`)
        .join('');
    child.stdout.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
    child.on('close', (code) => {
      console.log(`[${name}] ${code === 0 ? 'ok' : `failed (exit ${code ?? 'signal'})`}`);
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all([run('typecheck', 'typecheck'), run('lint', 'lint')]);
codes.push(await run('format', 'format:check'));
codes.push(await run('deps', 'deps'));
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
