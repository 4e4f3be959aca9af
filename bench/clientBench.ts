/** Client rendering benchmarks; filled in once the client's test hooks settle. */
export function runClientBench(log: (line: string) => void): Promise<Record<string, unknown>> {
  log('client benchmark: not wired yet');
  return Promise.resolve({ status: 'not run' });
}
