import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InstanceSpec } from './instances.ts';
import { LIB_DIR, instancePaths } from './paths.ts';

/**
 * The whole neo4j.conf. Kept short on purpose: Neo4j validates strictly, so an
 * unknown or misspelled key stops startup. Heap size is a JVM flag (see
 * javaArguments), because server.memory.heap.* is read only by Neo4j's shell launcher.
 */
export function renderConfig(spec: InstanceSpec): string {
  return [
    '# Written by tools/neo4j/configure.ts on every start; edit that file instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${spec.boltPort}`,
    `server.http.listen_address=127.0.0.1:${spec.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${spec.pageCache}`,
    'db.transaction.timeout=120s',
    // Memory a query may hold (see SECURITY.md): one query, and all queries
    // together, fail with a memory-limit error instead of exhausting the heap.
    `db.memory.transaction.max=${spec.transactionMemory}`,
    `db.memory.transaction.total.max=${spec.transactionMemoryTotal}`,
    '',
  ].join('\n');
}

export function javaArguments(spec: InstanceSpec, mainClass: string, args: string[]): string[] {
  return [
    `-Xms${spec.heap}`,
    `-Xmx${spec.heap}`,
    '-XX:+UseG1GC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    path.join(LIB_DIR, '*'),
    mainClass,
    ...args,
  ];
}

/** Creates the instance folders and config, and sets the initial password before the first start. */
export function configureInstance(spec: InstanceSpec): void {
  const paths = instancePaths(spec.name);
  for (const dir of [paths.conf, paths.data, paths.logs]) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(paths.conf, 'neo4j.conf'), renderConfig(spec));
  if (existsSync(paths.passwordMarker)) return;

  // Only effective before the first start; afterwards the password lives in the system database.
  const result = spawnSync(
    'java',
    javaArguments({ ...spec, heap: '256m' }, 'org.neo4j.cli.AdminTool', [
      'dbms',
      'set-initial-password',
      spec.password,
    ]),
    {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf, JAVA_OPTS: '' },
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `Could not set the initial Neo4j password for instance "${spec.name}":\n${result.stderr}${result.stdout}`,
    );
  }
  writeFileSync(paths.passwordMarker, `${new Date().toISOString()}\n`);
}
