import { spawnSync } from 'node:child_process';

const hasCommand = (command: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/**
 * Makes sure `command` exists, installing Debian's `pkg` when we are root and
 * apt-get exists (as for Chromium). The export tests open files with real
 * readers such as rsvg-convert, which a fresh CI machine lacks.
 */
export function ensureDebianCommand(
  command: string,
  pkg: string,
  why: string,
  log: (line: string) => void,
): void {
  if (hasCommand(command)) return;
  if (process.getuid?.() !== 0 || !hasCommand('apt-get'))
    throw new Error(
      `${command} is missing; ${why}. Install it (\`sudo apt-get install -y ${pkg}\`).`,
    );
  log(`Installing Debian’s ${pkg} (${command}): ${why} (first run only)…`);
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', pkg]]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status ?? 'signal'}).`);
  }
}
