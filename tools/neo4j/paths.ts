import path from 'node:path';

/** Everything the launcher writes lives under `.neo4j/` at the repository root (gitignored). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const NEO4J_ROOT = path.join(REPO_ROOT, '.neo4j');
export const LIB_DIR = path.join(NEO4J_ROOT, 'lib');
export const POM_FILE = path.join(REPO_ROOT, 'tools', 'neo4j', 'pom.xml');
/** Written after a complete download; holds the Neo4j version the jars belong to. */
export const LIB_MARKER = path.join(LIB_DIR, '.complete');

export interface InstancePaths {
  home: string;
  conf: string;
  data: string;
  logs: string;
  pidFile: string;
  consoleLog: string;
  passwordMarker: string;
}

export function instancePaths(name: string): InstancePaths {
  const home = path.join(NEO4J_ROOT, 'instances', name);
  return {
    home,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    pidFile: path.join(home, 'neo4j.pid'),
    consoleLog: path.join(home, 'logs', 'console.log'),
    passwordMarker: path.join(home, '.initial-password-set'),
  };
}
