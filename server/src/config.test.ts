import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, usesLocalLauncher } from './config.ts';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ CLIENT_DIST: '/tmp/dist' });
    expect(config).toStrictEqual({
      neo4j: {
        uri: 'bolt://127.0.0.1:7687',
        user: 'neo4j',
        password: 'newsgraph-dev',
        database: undefined,
      },
      host: '127.0.0.1',
      port: 3000,
      cypher: {
        timeoutMs: 5000,
        rowLimit: 1000,
        maxConcurrent: 2,
        maxPerClient: 1,
        queueWaitMs: 2000,
      },
      exploreTimeoutMs: 15_000,
      shutdownTimeoutMs: 5000,
      corsOrigins: [],
      writeToken: undefined,
      writeTokenLabel: 'editor',
      access: { mode: 'local', adhocCypher: 'anyone', hostIsPrivate: false },
      rateLimitPerMinute: 120,
      bodyLimit: '256kb',
      responseCacheBytes: 64 * 1024 * 1024,
      logLevel: 'info',
      clientDist: '/tmp/dist',
    });
    expect(usesLocalLauncher(config)).toBe(true);
  });

  it('parses numbers and lists, and treats blank values as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      NEO4J_URI: 'neo4j+s://db.example:7687',
      NEO4J_PASSWORD: '',
    });
    expect(config.port).toBe(8080);
    expect(config.corsOrigins).toStrictEqual(['https://a.example', 'https://b.example']);
    expect(config.neo4j.password).toBe('newsgraph-dev');
    expect(usesLocalLauncher(config)).toBe(false);
  });

  it('names every invalid variable in one error', () => {
    const attempt = () =>
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', EXPLORER_WRITE_TOKEN: 'short' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      [
        'Invalid configuration in the environment:',
        '  NEO4J_URI: must be a bolt:// or neo4j:// URI',
        '  PORT: must be a port number (0-65535)',
        '  EXPLORER_WRITE_TOKEN: must be at least 16 characters',
      ].join('\n'),
    );
  });

  it('derives the access mode from the token, and refuses contradictions with a clear message', () => {
    const token = 'a-token-of-sixteen+';
    expect(loadConfig({ EXPLORER_WRITE_TOKEN: token }).access).toStrictEqual({
      mode: 'shared',
      adhocCypher: 'anyone',
      hostIsPrivate: false,
    });
    expect(
      loadConfig({ EXPLORER_WRITE_TOKEN: token, HOST: '0.0.0.0', ADHOC_CYPHER: 'token' }).access,
    ).toStrictEqual({ mode: 'shared', adhocCypher: 'token', hostIsPrivate: false });
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(
      'HOST=0.0.0.0 would let other machines reach the server, but it runs in local mode, where anyone who reaches it may edit the shared saved queries. ' +
        'Listen on 127.0.0.1, or set EXPLORER_WRITE_TOKEN (and ACCESS_MODE=shared) to serve several users. ' +
        'Inside a container whose port is published on 127.0.0.1 only, set HOST_IS_PRIVATE=true.',
    );
    expect(() =>
      loadConfig({ ACCESS_MODE: 'local', EXPLORER_WRITE_TOKEN: token, HOST: '::' }),
    ).toThrow(ConfigError);
    expect(loadConfig({ HOST: '0.0.0.0', HOST_IS_PRIVATE: 'true' }).access.mode).toBe('local');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(() => loadConfig({ ACCESS_MODE: 'shared' })).toThrow(
      'ACCESS_MODE=shared needs EXPLORER_WRITE_TOKEN (at least 16 characters): anonymous users may explore, and edits need that token.',
    );
  });
});
