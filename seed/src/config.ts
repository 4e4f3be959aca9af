/**
 * The seed CLI's connection settings: the same environment variables and
 * defaults as the server (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE), so `npm start` seeds the database the server reads.
 */
import { z } from 'zod';

/** The Neo4j connection settings and their defaults; the server's config extends this one schema. */
export const neo4jEnvironmentSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('newsgraph-dev'),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

export interface SeedConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export function connectionFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): SeedConnection {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = neo4jEnvironmentSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid Neo4j settings in the environment:\n${problems.join('\n')}`);
  }
  return {
    uri: parsed.data.NEO4J_URI,
    user: parsed.data.NEO4J_USER,
    password: parsed.data.NEO4J_PASSWORD,
    database: parsed.data.NEO4J_DATABASE,
  };
}
