import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT_DIST } from '../tools/clientBuild.ts';

export interface BundleSizes {
  jsGzipKiB: number;
  cssGzipKiB: number;
  jsRawKiB: number;
  cssRawKiB: number;
  files: { file: string; rawKiB: number; gzipKiB: number }[];
}

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/**
 * The built client's JavaScript and CSS, each file gzipped on its own
 * (zlib level 9, what a server with static gzip would send) and summed.
 * Source maps are not sent to users, so they are left out.
 */
export function bundleSizes(): BundleSizes {
  const assets = path.join(CLIENT_DIST, 'assets');
  const files = readdirSync(assets)
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => {
      const content = readFileSync(path.join(assets, file));
      return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
  const sum = (ext: string, key: 'raw' | 'gzip'): number =>
    kib(files.filter((f) => f.file.endsWith(ext)).reduce((total, f) => total + f[key], 0));
  return {
    jsGzipKiB: sum('.js', 'gzip'),
    cssGzipKiB: sum('.css', 'gzip'),
    jsRawKiB: sum('.js', 'raw'),
    cssRawKiB: sum('.css', 'raw'),
    files: files.map((f) => ({ file: f.file, rawKiB: kib(f.raw), gzipKiB: kib(f.gzip) })),
  };
}
