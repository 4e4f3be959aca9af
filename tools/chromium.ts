import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium: the browser tests drive it; test tools may not download their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every headless run on these machines: containers need
 * --no-sandbox, there is no GPU, and without --disable-background-networking
 * Chromium keeps trying to reach the internet.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

/**
 * Makes sure Chromium is installed, installing Debian's package when we are
 * root and apt-get exists. Anything else gets a clear instruction instead.
 */
export function ensureChromium(log: (line: string) => void): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}; the browser tests need it. ` +
        'Install it (`sudo apt-get install -y chromium`) or set CHROMIUM_PATH.',
    );
  }
  log('Installing Debian’s chromium for the browser tests (first run only)…');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status ?? 'signal'}).`);
  }
}
