/**
 * Named Neo4j instances. Each has its own home folder and ports so that tests
 * and benchmarks never touch the data a developer explores.
 */
export interface InstanceSpec {
  name: string;
  boltPort: number;
  httpPort: number;
  user: string;
  password: string;
  heap: string;
  pageCache: string;
  /** Most heap one transaction may use (db.memory.transaction.max). */
  transactionMemory: string;
  /** Most heap all transactions together may use (db.memory.transaction.total.max). */
  transactionMemoryTotal: string;
}

const DEFAULT_USER = 'neo4j';

/**
 * NEWSGRAPH_TEST_PORT_OFFSET shifts the `test` and `bench` ports, so that two
 * checkouts of the project can run `npm test` side by side on one machine.
 * The `dev` ports stay put: the server recognises the local launcher by them.
 */
function testPortOffset(): number {
  const raw = process.env.NEWSGRAPH_TEST_PORT_OFFSET ?? '0';
  const offset = Number(raw);
  if (!Number.isInteger(offset) || offset < 0 || offset > 1000) {
    throw new Error(
      `NEWSGRAPH_TEST_PORT_OFFSET must be a whole number from 0 to 1000; got "${raw}".`,
    );
  }
  return offset;
}

const offset = testPortOffset();

export const INSTANCES: Readonly<Record<string, InstanceSpec>> = {
  dev: {
    name: 'dev',
    boltPort: 7687,
    httpPort: 7474,
    user: DEFAULT_USER,
    // NEO4J_PASSWORD may override the dev password; it only takes effect before the first start.
    password: process.env.NEO4J_PASSWORD ?? 'newsgraph-dev',
    heap: '512m',
    pageCache: '256m',
    transactionMemory: '64m',
    transactionMemoryTotal: '256m',
  },
  test: {
    name: 'test',
    boltPort: 7688 + offset,
    httpPort: 7475 + offset,
    user: DEFAULT_USER,
    password: 'newsgraph-test',
    heap: '512m',
    pageCache: '256m',
    transactionMemory: '64m',
    transactionMemoryTotal: '256m',
  },
  // The benchmark loads ~1M relationships, so it gets more memory than the others.
  bench: {
    name: 'bench',
    boltPort: 7689 + offset,
    httpPort: 7476 + offset,
    user: DEFAULT_USER,
    password: 'newsgraph-bench',
    heap: '2g',
    pageCache: '1g',
    transactionMemory: '256m',
    transactionMemoryTotal: '1g',
  },
};

export function getInstance(name: string): InstanceSpec {
  const spec = INSTANCES[name];
  if (!spec) {
    const known = Object.keys(INSTANCES).join(', ');
    throw new Error(`Unknown Neo4j instance "${name}". Known instances: ${known}.`);
  }
  return spec;
}

export function boltUri(spec: InstanceSpec): string {
  return `bolt://127.0.0.1:${spec.boltPort}`;
}
