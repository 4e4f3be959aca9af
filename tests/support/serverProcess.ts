import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { testNeo4j } from './neo4jEnv.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory of the server process, from /proc. */
  rssBytes(): number;
  /** Everything the process wrote to stdout (its JSON log lines) so far. */
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The real server as its own Node process (not tsx's wrapper), wired to the
 * `test` Neo4j, so that memory can be measured and faults injected apart from
 * the test runner.
 */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const neo4j = testNeo4j();
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      LOG_LEVEL: 'error',
      ...env,
    },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start the server process.');
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error('The server process did not start listening.');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    url,
    pid,
    output: () => output,
    rssBytes: () => {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return Number(match?.[1] ?? 0) * 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
