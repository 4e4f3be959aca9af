import { execSync } from 'node:child_process';
import os from 'node:os';

/** What the numbers were measured on, written next to every result. */
export function describeMachine(): Record<string, string | number> {
  const version = (command: string): string => {
    try {
      return (
        execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
          .trim()
          .split('\n')[0] ?? ''
      );
    } catch (error) {
      return error instanceof Error
        ? `unavailable (${error.message.split('\n')[0] ?? ''})`
        : 'unavailable';
    }
  };
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: version('java -version 2>&1'),
    gpu: 'none',
  };
}
