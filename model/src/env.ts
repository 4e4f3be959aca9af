/**
 * The Neo4j connection settings shared by the seed CLI and the server: the
 * same environment variables and defaults, so `npm start` seeds the
 * database the server reads. The server's config extends this schema.
 */
import { z } from 'zod';

export const neo4jEnvironmentSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('newsgraph-dev'),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

export type Neo4jEnvironment = z.output<typeof neo4jEnvironmentSchema>;
