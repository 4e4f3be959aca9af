/**
 * `npm run db:start|db:stop|db:status [-- <instance>]` (instance defaults to "dev").
 * Also: `db:start -- --all` is not offered on purpose: each caller starts what it needs.
 */
import { INSTANCES } from './instances.ts';
import { instanceStatus, startInstance, stopInstance } from './launcher.ts';

const [command, name = process.env.NEO4J_INSTANCE ?? 'dev'] = process.argv.slice(2);
const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  switch (command) {
    case 'start': {
      const instance = await startInstance(name, { log });
      log(`bolt: ${instance.uri}  user: ${instance.user}`);
      return;
    }
    case 'stop':
      await stopInstance(name, { log });
      return;
    case 'status': {
      const names = name === 'all' ? Object.keys(INSTANCES) : [name];
      for (const instanceName of names) {
        const status = await instanceStatus(instanceName);
        const state = status.running
          ? `running (pid ${status.pid}, ${status.version ?? 'not answering'})`
          : 'stopped';
        log(`${status.name}: ${state}  bolt ${status.uri}  http ${status.httpUrl}`);
      }
      return;
    }
    case undefined:
    default:
      throw new Error(
        `Usage: tsx tools/neo4j/cli.ts start|stop|status [${Object.keys(INSTANCES).join('|')}]`,
      );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
