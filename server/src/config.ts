import path from 'node:path';
import { neo4jEnvironmentSchema } from '@newsgraph/model';
import { z } from 'zod';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

const commaList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

/**
 * Every setting the server reads from the environment; documented in README.md
 * and .env.example. The Neo4j part is the seed package's schema, so the seeder
 * and the server always agree on defaults.
 */
const environmentSchema = neo4jEnvironmentSchema.extend({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a port number (0-65535)' })
    .int()
    .min(0)
    .max(65535)
    .default(3000),
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  CYPHER_ROW_LIMIT: z.coerce.number().int().min(1).max(100_000).default(1000),
  // Small on purpose: a query Neo4j cannot interrupt holds a core, and the
  // reference machine has two (SECURITY.md, "Runaway queries").
  CYPHER_MAX_CONCURRENT: z.coerce.number().int().min(1).max(256).default(2),
  CYPHER_MAX_PER_CLIENT: z.coerce.number().int().min(1).max(256).default(1),
  CYPHER_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
  // The server's own reads (exploration, search) are bounded by construction;
  // their deadline only guards against a Neo4j that stopped answering, so it
  // is longer than user Cypher's (a cold Neo4j on a busy machine plans slowly).
  EXPLORE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  CORS_ORIGINS: commaList,
  EXPLORER_WRITE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // Who article history names for changes made with the token.
  EXPLORER_WRITE_TOKEN_LABEL: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^\r\n]+$/, 'must be a single line')
    .default('editor'),
  ACCESS_MODE: z.enum(['local', 'shared']).optional(),
  ADHOC_CYPHER: z.enum(['anyone', 'token']).default('anyone'),
  HOST_IS_PRIVATE: z.enum(['true', 'false']).default('false'),
  RATE_LIMIT_CYPHER_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, 'must look like 100kb or 1mb')
    .default('256kb'),
  // Bytes of serialized answers the response cache keeps (LRU); 0 switches it off.
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(65_536).default(64),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().default(path.join(repoRoot, 'client', 'dist')),
});

export type Environment = z.input<typeof environmentSchema>;

export interface Config {
  neo4j: { uri: string; user: string; password: string; database: string | undefined };
  host: string;
  port: number;
  cypher: {
    timeoutMs: number;
    rowLimit: number;
    /** Slots for user Cypher in the whole server, per client, and how long to wait for one. */
    maxConcurrent: number;
    maxPerClient: number;
    queueWaitMs: number;
  };
  /** Deadline of the server's own reads (exploration, search, saved-query store). */
  exploreTimeoutMs: number;
  /** How long a stopping server waits for in-flight requests and the driver. */
  shutdownTimeoutMs: number;
  corsOrigins: string[];
  writeToken: string | undefined;
  /** Recorded as the author of article changes made with the write token ("local" without one). */
  writeTokenLabel: string;
  access: AccessConfig;
  rateLimitPerMinute: number;
  bodyLimit: string;
  /** Most bytes of serialized answers the response cache keeps; 0 = no cache. */
  responseCacheBytes: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  clientDist: string;
}

/**
 * Who may do what (README "Access modes", SECURITY.md).
 * - `local`: one user on this machine. Listens on loopback only; edits need
 *   no token unless one is set.
 * - `shared`: several users. Needs EXPLORER_WRITE_TOKEN; anonymous users may
 *   explore and run saved queries, edits need the token, and ad-hoc Cypher
 *   is open to anyone (under the runaway-query containment) or to token
 *   holders only (`adhocCypher: 'token'`).
 */
export interface AccessConfig {
  mode: 'local' | 'shared';
  adhocCypher: 'anyone' | 'token';
  /** Declares a non-loopback HOST private anyway (a container port published on 127.0.0.1). */
  hostIsPrivate: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOOPBACK_HOSTS = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/** Throws a ConfigError when the access mode and the other settings contradict each other. */
export function assertAccessSettings(config: Config): void {
  const { access, host, writeToken } = config;
  if (access.mode === 'shared' && writeToken === undefined) {
    throw new ConfigError(
      'ACCESS_MODE=shared needs EXPLORER_WRITE_TOKEN (at least 16 characters): anonymous users may explore, and edits need that token.',
    );
  }
  if (access.mode === 'local' && !LOOPBACK_HOSTS.test(host) && !access.hostIsPrivate) {
    throw new ConfigError(
      `HOST=${host} would let other machines reach the server, but it runs in local mode, where anyone who reaches it may edit the shared saved queries. ` +
        'Listen on 127.0.0.1, or set EXPLORER_WRITE_TOKEN (and ACCESS_MODE=shared) to serve several users. ' +
        'Inside a container whose port is published on 127.0.0.1 only, set HOST_IS_PRIVATE=true.',
    );
  }
}

/** Parses the environment once; throws a ConfigError that lists every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const blankAsUnset = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new ConfigError(`Invalid configuration in the environment:\n${problems}`);
  }
  const e = parsed.data;
  const config: Config = {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    host: e.HOST,
    port: e.PORT,
    cypher: {
      timeoutMs: e.CYPHER_TIMEOUT_MS,
      rowLimit: e.CYPHER_ROW_LIMIT,
      maxConcurrent: e.CYPHER_MAX_CONCURRENT,
      maxPerClient: e.CYPHER_MAX_PER_CLIENT,
      queueWaitMs: e.CYPHER_QUEUE_WAIT_MS,
    },
    exploreTimeoutMs: e.EXPLORE_TIMEOUT_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    corsOrigins: e.CORS_ORIGINS,
    writeToken: e.EXPLORER_WRITE_TOKEN,
    writeTokenLabel: e.EXPLORER_WRITE_TOKEN_LABEL,
    access: {
      mode: e.ACCESS_MODE ?? (e.EXPLORER_WRITE_TOKEN === undefined ? 'local' : 'shared'),
      adhocCypher: e.ADHOC_CYPHER,
      hostIsPrivate: e.HOST_IS_PRIVATE === 'true',
    },
    rateLimitPerMinute: e.RATE_LIMIT_CYPHER_PER_MINUTE,
    bodyLimit: e.BODY_LIMIT,
    responseCacheBytes: Math.round(e.RESPONSE_CACHE_MB * 1024 * 1024),
    logLevel: e.LOG_LEVEL,
    clientDist: e.CLIENT_DIST,
  };
  assertAccessSettings(config);
  return config;
}

/** True when NEO4J_URI names the local `dev` instance that the launcher manages. */
export function usesLocalLauncher(config: Config): boolean {
  return /^bolt:\/\/(127\.0\.0\.1|localhost):7687\/?$/.test(config.neo4j.uri);
}
