import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CLIENT_DIST } from '../tools/clientBuild.ts';

/**
 * - `entry`: what index.html loads.
 * - `worker`: the layout worker, started only for force layouts too big
 *   for the page (useSyncView's PAGE_LAYOUT_MAX_NODES).
 * - `onDemand`: chunks loaded when something needs them: the page's force
 *   layout (at once, for the start view), the Cypher editor, export, dagre.
 *
 * What the first visit really loads is measured from the network instead
 * (clientFirstVisit.ts): roles from file names cannot say it.
 */
type Role = 'entry' | 'worker' | 'onDemand';

export interface BundleFile {
  file: string;
  role: Role;
  rawKiB: number;
  gzipKiB: number;
  brotliKiB: number;
  /** Source bytes per npm package (or app folder) from the source map, biggest first. */
  contents: { source: string; sourceKiB: number }[];
}

const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** Where a source-map source comes from: its npm package, or the app folder under src/. */
function sourceGroup(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg?.[1]) return pkg[1];
  const app = /\/src\/(.*)$/.exec(source);
  if (!app?.[1]) return source;
  const parts = app[1].split('/');
  return `app: ${parts.length > 1 ? (parts[0] ?? '') : 'src'}`;
}

/**
 * The sources a chunk was built from, summed per package. These are source
 * sizes (before minifying), a fair guide to what is in a chunk and which
 * package weighs most, not its share of the minified bytes.
 */
function contentsOf(mapFile: string, top: number): BundleFile['contents'] {
  let map: { sources: string[]; sourcesContent?: (string | null)[] };
  try {
    map = JSON.parse(readFileSync(mapFile, 'utf8')) as typeof map;
  } catch {
    return [];
  }
  const sums = new Map<string, number>();
  map.sources.forEach((source, index) => {
    const group = sourceGroup(source);
    sums.set(group, (sums.get(group) ?? 0) + (map.sourcesContent?.[index]?.length ?? 0));
  });
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([source, bytes]) => ({ source, sourceKiB: kib(bytes) }));
}

/**
 * The built client's JavaScript and CSS, each file compressed on its own the
 * way the server compresses it (server/src/http/clientAssets.ts: gzip level
 * 9, brotli quality 9). Source maps are not sent to users, so they are left out.
 */
export function bundleSizes(top = 8): { files: BundleFile[] } {
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
      const brotli = brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9 },
      });
      return {
        file,
        role: roleOf(file),
        rawKiB: kib(content.length),
        gzipKiB: kib(gzipSync(content, { level: 9 }).length),
        brotliKiB: kib(brotli.length),
        contents: contentsOf(path.join(assets, `${file}.map`), top),
      };
    })
    .sort((a, b) => b.rawKiB - a.rawKiB);
  return { files };
}

/** `npx tsx bench/clientBundle.ts`: what each chunk of client/dist holds and weighs. */
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const f of bundleSizes().files) {
    console.log(
      `${f.file} (${f.role}): ${String(f.rawKiB)} KiB raw, ${String(f.gzipKiB)} gzip, ${String(f.brotliKiB)} brotli`,
    );
    for (const c of f.contents)
      console.log(`    ${String(c.sourceKiB).padStart(7)} KiB ${c.source}`);
  }
}
