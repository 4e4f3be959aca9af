/**
 * The seed CLI's connection settings: the same environment variables and
 * defaults as the server (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE), so `npm start` seeds the database the server reads.
 */
import { neo4jEnvironmentSchema } from '@newsgraph/model';

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
