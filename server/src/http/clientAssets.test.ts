import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientAssets } from './clientAssets.ts';

const script = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
let app: express.Express;

beforeAll(() => {
  const dist = mkdtempSync(path.join(tmpdir(), 'client-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dist, 'assets', 'index-MNubYwHe.js'), script);
  writeFileSync(path.join(dist, 'assets', 'logo-Ab12Cd34.png'), Buffer.from([137, 80, 78, 71]));
  writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\n');
  app = express().use(clientAssets(dist));
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with node:http, which (unlike fetch or supertest) hands back the bytes still encoded. */
async function get(url: string, encoding: string): Promise<Raw> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<Raw>((resolve, reject) => {
      http
        .get(
          { host: '127.0.0.1', port, path: url, headers: { 'accept-encoding': encoding } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        )
        .on('error', reject);
    });
  } finally {
    server.close();
  }
}
const raw = (response: Raw): Buffer => response.body;

describe('clientAssets', () => {
  it('sends hashed scripts brotli-compressed and immutable when the browser accepts br', async () => {
    const response = await get('/assets/index-MNubYwHe.js', 'gzip, deflate, br');
    expect([
      response.status,
      response.headers['content-encoding'],
      response.headers['cache-control'],
      response.headers.vary,
    ]).toStrictEqual([200, 'br', 'public, max-age=31536000, immutable', 'Accept-Encoding']);
    expect(brotliDecompressSync(raw(response)).toString()).toBe(script);
    expect(raw(response).length).toBeLessThan(script.length / 10);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gzip = await get('/assets/index-MNubYwHe.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(raw(gzip)).toString()).toBe(script);
    const plain = await get('/assets/index-MNubYwHe.js', 'identity');
    expect([plain.headers['content-encoding'], raw(plain).toString()]).toStrictEqual([
      undefined,
      script,
    ]);
  });

  it('revalidates files without a hash and leaves images uncompressed but immutable', async () => {
    const robots = await get('/robots.txt', 'br');
    expect([robots.headers['content-encoding'], robots.headers['cache-control']]).toStrictEqual([
      'br',
      'no-cache',
    ]);
    const image = await get('/assets/logo-Ab12Cd34.png', 'br');
    expect([image.headers['content-encoding'], image.headers['cache-control']]).toStrictEqual([
      undefined,
      'public, max-age=31536000, immutable',
    ]);
    const route = await get('/explore/tiktok', 'br');
    expect([route.status, route.headers['cache-control'], raw(route).toString()]).toStrictEqual([
      200,
      'no-cache',
      '<!doctype html><title>app</title>',
    ]);
  });

  it('never serves a file outside the build', async () => {
    const response = await get('/assets/..%2f..%2fetc%2fpasswd', 'br');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(raw(response).toString()).toBe('<!doctype html><title>app</title>');
  });
});
