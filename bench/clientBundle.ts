import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT_DIST } from '../tools/clientBuild.ts';

/**
 * - `entry`: what index.html loads.
 * - `worker`: the layout worker, which the app starts with its first layout,
 *   so every visit loads it too.
 * - `onDemand`: chunks loaded only in rare cases (the page's own layout when
 *   no worker can start).
 */
type Role = 'entry' | 'worker' | 'onDemand';

export interface BundleSizes {
  /** JavaScript that every visit loads (entry and worker), gzipped. */
  jsGzipKiB: number;
  cssGzipKiB: number;
  jsRawKiB: number;
  cssRawKiB: number;
  files: { file: string; role: Role; rawKiB: number; gzipKiB: number }[];
}

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/**
 * The built client's JavaScript and CSS, each file gzipped on its own
 * (zlib level 9, what a server with static gzip would send). Source maps
 * are not sent to users, so they are left out.
 */
export function bundleSizes(): BundleSizes {
  const assets = path.join(CLIENT_DIST, 'assets');
  const indexHtml = readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
  const roleOf = (file: string): Role => {
    if (file.endsWith('.css') || indexHtml.includes(`/assets/${file}`)) return 'entry';
    return file.startsWith('layoutWorker-') ? 'worker' : 'onDemand';
  };
  const files = readdirSync(assets)
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => {
      const content = readFileSync(path.join(assets, file));
      return {
        file,
        role: roleOf(file),
        raw: content.length,
        gzip: gzipSync(content, { level: 9 }).length,
      };
    });
  const sum = (ext: string, key: 'raw' | 'gzip'): number =>
    kib(
      files
        .filter((f) => f.file.endsWith(ext) && f.role !== 'onDemand')
        .reduce((total, f) => total + f[key], 0),
    );
  return {
    jsGzipKiB: sum('.js', 'gzip'),
    cssGzipKiB: sum('.css', 'gzip'),
    jsRawKiB: sum('.js', 'raw'),
    cssRawKiB: sum('.css', 'raw'),
    files: files.map((f) => ({
      file: f.file,
      role: f.role,
      rawKiB: kib(f.raw),
      gzipKiB: kib(f.gzip),
    })),
  };
}
