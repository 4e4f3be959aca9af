import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval: string; retries: number };
  depends_on?: Record<string, { condition: string }>;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
}

const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as ComposeFile;
const neo4j = compose.services.neo4j;
const app = compose.services.app;

describe('docker-compose.yml', () => {
  it('defines exactly the neo4j and app services', () => {
    expect(Object.keys(compose.services).sort()).toStrictEqual(['app', 'neo4j']);
  });

  it('runs Neo4j 5.26 community with a healthcheck, loopback ports and a named volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.ports).toStrictEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(neo4j?.volumes).toStrictEqual(['neo4j-data:/data']);
    expect(Object.keys(compose.volumes)).toStrictEqual(['neo4j-data']);
    expect(neo4j?.healthcheck?.test[0]).toBe('CMD-SHELL');
    expect(neo4j?.healthcheck?.retries).toBeGreaterThan(0);
    expect(neo4j?.environment?.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-newsgraph-dev}');
  });

  it('builds the app from the Dockerfile and wires it to Neo4j once it is healthy', () => {
    expect(app?.build).toStrictEqual({ context: '.', dockerfile: 'Dockerfile' });
    expect(app?.depends_on).toStrictEqual({ neo4j: { condition: 'service_healthy' } });
    expect(app?.ports).toStrictEqual(['127.0.0.1:3000:3000']);
    expect(app?.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: '${NEO4J_PASSWORD:-newsgraph-dev}',
      HOST: '0.0.0.0',
      PORT: '3000',
    });
  });

  it('uses the same password on both sides', () => {
    const auth = neo4j?.environment?.NEO4J_AUTH ?? '';
    expect(auth.slice('neo4j/'.length)).toBe(app?.environment?.NEO4J_PASSWORD);
  });

  it('has a multi-stage Dockerfile that runs as a non-root user', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/npm run build -w client/);
  });
});
