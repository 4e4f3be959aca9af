/**
 * CPU time per process, from /proc (Linux), to show where each request's
 * work goes: Neo4j, the API server, and this process (the load generator
 * for the API, the driver for the raw floor). On two cores every process
 * competes for the same CPU, so this explains a throughput ratio.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND =
  Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** User plus system CPU milliseconds a process has used so far. */
function processCpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces) start at the last ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  return (ticks / TICKS_PER_SECOND) * 1000;
}

const selfCpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

export interface CpuPerRequest {
  neo4jMs: number;
  serverMs: number;
  benchProcessMs: number;
}

/** Runs `work` and divides each process's CPU time over the requests it reports. */
export async function cpuPerRequest<T extends { requests: number }>(
  pids: { neo4j: number; server: number },
  work: () => Promise<T>,
): Promise<T & { cpuPerRequest: CpuPerRequest }> {
  const before = [processCpuMs(pids.neo4j), processCpuMs(pids.server), selfCpuMs()];
  const result = await work();
  const after = [processCpuMs(pids.neo4j), processCpuMs(pids.server), selfCpuMs()];
  const per = (i: number): number =>
    Math.round((((after[i] ?? 0) - (before[i] ?? 0)) / Math.max(1, result.requests)) * 100) / 100;
  return {
    ...result,
    cpuPerRequest: { neo4jMs: per(0), serverMs: per(1), benchProcessMs: per(2) },
  };
}
