import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The example deployment that ships in the repo; the test runs it with its ports rewritten. */
export const SHIPPED_NGINX_CONF = path.join(REPO_ROOT, 'deploy', 'nginx', 'nginx.conf');
const NGINX = '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/**
 * The shipped config with its upstream servers and listen port replaced, so
 * that what is tested is what users copy. Fails if the file's shape changed
 * so that a replacement no longer applies.
 */
export function configFor(upstreamPorts: number[], listenPort: number): string {
  const shipped = readFileSync(SHIPPED_NGINX_CONF, 'utf8');
  const servers = /upstream newsgraph \{\n((?:\s+server 127\.0\.0\.1:\d+;\n)+)/.exec(shipped);
  if (!servers?.[1]) throw new Error(`${SHIPPED_NGINX_CONF} has no upstream newsgraph block.`);
  const upstream = upstreamPorts.map((port) => `    server 127.0.0.1:${String(port)};\n`).join('');
  const withUpstream = shipped.replace(servers[1], upstream);
  const withListen = withUpstream.replace(
    /listen 127\.0\.0\.1:\d+;/,
    `listen 127.0.0.1:${String(listenPort)};`,
  );
  if (withListen === withUpstream) throw new Error(`${SHIPPED_NGINX_CONF} has no loopback listen.`);
  return withListen;
}

/** Runs nginx in the foreground from a temporary prefix, and waits until it answers. */
export async function startNginx(
  upstreamPorts: number[],
  listenPort: number,
): Promise<RunningNginx> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'newsgraph-nginx-'));
  for (const dir of ['logs', 'temp']) mkdirSync(path.join(prefix, dir));
  writeFileSync(path.join(prefix, 'nginx.conf'), configFor(upstreamPorts, listenPort));
  const check = spawnSync(NGINX, ['-t', '-p', prefix, '-c', 'nginx.conf'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the config:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', 'nginx.conf'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const url = `http://127.0.0.1:${String(listenPort)}`;
  for (const deadline = Date.now() + 15_000; ;) {
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`nginx did not start answering: ${errors}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
