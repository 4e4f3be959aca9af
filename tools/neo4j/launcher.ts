import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Config as DriverConfig, Driver } from 'neo4j-driver';
import { configureInstance, javaArguments } from './configure.ts';
import { boltUri, getInstance, type InstanceSpec } from './instances.ts';
import { ensureJars } from './jars.ts';
import { instancePaths } from './paths.ts';
import {
  commandExists,
  isAlive,
  isNeo4jProcess,
  javaMajorVersion,
  portInUse,
  sleep,
  tailOfFile,
} from './system.ts';

export interface RunningInstance {
  name: string;
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** False when the instance was already running, so the caller must not stop it. */
  startedNow: boolean;
}

export interface LauncherOptions {
  log?: (line: string) => void;
  /** How long to wait for Bolt to answer after the JVM starts. */
  readyTimeoutMs?: number;
  /**
   * Called once Java is spawned (or found running): work that needs no
   * database can start then and overlap Neo4j's own start, without taking
   * the CPU before the spawn.
   */
  onSpawned?: () => void;
}

/**
 * How long a clean shutdown may take before SIGKILL. Neo4j's graceful stop
 * waits for running transactions, and a query busy inside one expression
 * ignores termination, so without this bound `db:stop` waited 60 s. Killing
 * is safe for the store: the next start recovers from the transaction log.
 */
const STOP_TIMEOUT_MS = 10_000;

function readPid(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** The pid of the instance's live server, removing a stale pid file on the way. */
export function runningPid(name: string): number | null {
  const paths = instancePaths(name);
  const pid = readPid(paths.pidFile);
  if (pid === null) return null;
  if (isNeo4jProcess(pid, paths.home)) return pid;
  rmSync(paths.pidFile, { force: true });
  return null;
}

/**
 * neo4j-driver takes 1–2 s to load on a busy machine, so it is loaded on
 * first use: `npm start` has spawned Java by then, and the two overlap.
 */
async function openDriver(spec: InstanceSpec, config?: DriverConfig): Promise<Driver> {
  const { default: neo4j } = await import('neo4j-driver');
  return neo4j.driver(boltUri(spec), neo4j.auth.basic(spec.user, spec.password), config);
}

/** Polls until the default database answers a query, the process dies, or time runs out. */
async function waitForBolt(spec: InstanceSpec, pid: number, timeoutMs: number): Promise<void> {
  const driver = await openDriver(spec, {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => undefined },
  });
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  try {
    while (Date.now() < deadline) {
      if (!isAlive(pid)) throw new Error('the Neo4j process exited during startup');
      try {
        // Bolt answers before the default database has finished recovery
        // (after a crash that takes seconds), so wait until a query runs.
        await driver.executeQuery('RETURN 1');
        return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        // Short, because every poll interval after Neo4j is ready adds to the start.
        await sleep(200);
      }
    }
    throw new Error(`Bolt did not answer within ${timeoutMs / 1000} s (last error: ${lastError})`);
  } finally {
    await driver.close();
  }
}

function preflight(): void {
  if (!commandExists('java')) {
    throw new Error(
      'Java is not installed. Neo4j 5.26 needs Java 17 or 21 (`apt-get install -y openjdk-17-jre-headless`).',
    );
  }
  const major = javaMajorVersion();
  if (major !== null && major !== 17 && major !== 21) {
    throw new Error(
      `Neo4j 5.26 runs on Java 17 or 21, but \`java\` is version ${major}. Put Java 17 first on PATH.`,
    );
  }
}

export async function startInstance(
  name: string,
  options: LauncherOptions = {},
): Promise<RunningInstance> {
  const log = options.log ?? (() => undefined);
  const spec = getInstance(name);
  const paths = instancePaths(name);
  const base = { name, uri: boltUri(spec), user: spec.user, password: spec.password };

  const existing = runningPid(name);
  if (existing !== null) {
    log(`Neo4j "${name}" is already running (pid ${existing}) on ${base.uri}.`);
    options.onSpawned?.();
    return { ...base, pid: existing, startedNow: false };
  }
  preflight();
  for (const port of [spec.boltPort, spec.httpPort]) {
    if (await portInUse(port)) {
      throw new Error(
        `Port ${port} on 127.0.0.1 is already in use by another program, so Neo4j "${name}" cannot start. ` +
          `Stop that program (\`ss -ltnp | grep ${port}\` shows it), or point NEO4J_URI at the Neo4j that is already there.`,
      );
    }
  }
  await ensureJars(log);
  configureInstance(spec);

  log(`Starting Neo4j "${name}" on ${base.uri}…`);
  const logFd = openSync(paths.consoleLog, 'a');
  const child = spawn(
    'java',
    javaArguments(spec, 'org.neo4j.server.CommunityEntryPoint', [
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
      '--console-mode',
    ]),
    { detached: true, stdio: ['ignore', logFd, logFd], env: { ...process.env, JAVA_OPTS: '' } },
  );
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not spawn java to start Neo4j.');
  child.unref();
  writeFileSync(paths.pidFile, `${pid}\n`);
  options.onSpawned?.();

  const startedAt = Date.now();
  try {
    await waitForBolt(spec, pid, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(paths.pidFile, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Neo4j "${name}" failed to start: ${reason}.\nLast lines of ${paths.consoleLog}:\n${tailOfFile(paths.consoleLog)}`,
    );
  }
  log(`Neo4j "${name}" is ready (pid ${pid}, ${((Date.now() - startedAt) / 1000).toFixed(1)} s).`);
  return { ...base, pid, startedNow: true };
}

/** Sends SIGTERM (a clean shutdown) and waits for the process to exit; SIGKILL after STOP_TIMEOUT_MS. */
export async function stopInstance(name: string, options: LauncherOptions = {}): Promise<boolean> {
  const log = options.log ?? (() => undefined);
  const paths = instancePaths(name);
  const pid = runningPid(name);
  if (pid === null) {
    log(`Neo4j "${name}" is not running.`);
    return false;
  }
  log(`Stopping Neo4j "${name}" (pid ${pid})…`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log(`Neo4j "${name}" did not exit within ${STOP_TIMEOUT_MS / 1000} s; sending SIGKILL.`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  rmSync(paths.pidFile, { force: true });
  log(`Neo4j "${name}" stopped.`);
  return true;
}

export interface InstanceStatus {
  name: string;
  running: boolean;
  pid: number | null;
  uri: string;
  httpUrl: string;
  version: string | null;
}

export async function instanceStatus(name: string): Promise<InstanceStatus> {
  const spec = getInstance(name);
  const pid = runningPid(name);
  let version: string | null = null;
  if (pid !== null) {
    const driver = await openDriver(spec);
    try {
      const info = await driver.getServerInfo();
      version = info.agent ?? null;
    } catch {
      version = null;
    } finally {
      await driver.close();
    }
  }
  return {
    name,
    running: pid !== null,
    pid,
    uri: boltUri(spec),
    httpUrl: `http://127.0.0.1:${spec.httpPort}`,
    version,
  };
}
