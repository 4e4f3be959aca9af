import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LIB_DIR, LIB_MARKER, POM_FILE } from './paths.ts';
import { commandExists } from './system.ts';

/** The pinned Neo4j release: the newest 5.26 LTS patch that resolved from Maven Central. */
export function pinnedNeo4jVersion(): string {
  const pom = readFileSync(POM_FILE, 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`Cannot find <neo4j.version> in ${POM_FILE}.`);
  return match[1];
}

export function jarsPresent(): boolean {
  return existsSync(LIB_MARKER) && readFileSync(LIB_MARKER, 'utf8').trim() === pinnedNeo4jVersion();
}

/**
 * Copies org.neo4j:neo4j and all of its compile and runtime dependencies into
 * .neo4j/lib with Maven. Runs once; later calls find the marker and return.
 */
export async function ensureJars(log: (line: string) => void): Promise<void> {
  if (jarsPresent()) return;
  if (!commandExists('mvn')) {
    throw new Error(
      'Maven (mvn) is not installed. It fetches Neo4j from Maven Central on the first run. ' +
        'Install it (e.g. `apt-get install -y maven`) or point NEO4J_URI at an existing Neo4j.',
    );
  }
  const version = pinnedNeo4jVersion();
  log(
    `Downloading Neo4j ${version} and its dependencies from Maven Central (first run only, ~120 MB)…`,
  );
  let downloaded = 0;
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', POM_FILE, 'dependency:copy-dependencies'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString().split('\n')) {
        output.push(line);
        if (/Downloaded from/.test(line)) {
          downloaded += 1;
          if (downloaded % 25 === 0) log(`  …${downloaded} files downloaded`);
        }
      }
      if (output.length > 400) output.splice(0, output.length - 400);
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', reject);
    mvn.on('close', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) {
    const tail = output
      .filter((line) => line.trim() !== '')
      .slice(-25)
      .join('\n');
    throw new Error(`Maven could not fetch Neo4j ${version} (exit ${code}). Last output:\n${tail}`);
  }
  writeFileSync(LIB_MARKER, `${version}\n`);
  log(`Neo4j ${version} jars are in ${LIB_DIR}.`);
}
