/**
 * Compiles a TypeScript entry and the repo modules it imports into plain ES
 * modules with esbuild, and only when a file the last build read has
 * changed. Plain JavaScript, so that Node runs it without tsx: `npm start`
 * uses it (tools/launch.mjs) to skip tsx, which cost 4–7 s per start on this
 * machine's two busy cores (a second Node, and every module compiled again).
 *
 * Third-party packages stay external (Node loads them from node_modules); the
 * workspace packages (@newsgraph/*) export TypeScript, so they are compiled
 * in. `import.meta.dirname`, `filename` and `url` keep meaning the original
 * source file, since several modules find the repo from them.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bump when the build options below change, so old output is not reused. */
const BUILD_FORMAT = 1;

/**
 * @typedef {object} CompileTarget
 * @property {string} root  Folder that input paths are recorded relative to.
 * @property {string} entry  The TypeScript entry file.
 * @property {string} outDir  Where the compiled modules go (replaced as a whole).
 * @property {string} manifest  JSON file recording what the last build read.
 */

/** @param {string} file */
function fingerprint(file) {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}` : 'missing';
}

/**
 * The last build is reusable when it was made from this root and entry, in
 * this format, and no file it read has changed size or modification time. A
 * file it did not read can only matter once a file it read imports it, which
 * changes that file.
 *
 * @param {CompileTarget} target
 */
export function lastBuildIsCurrent(target) {
  if (!existsSync(target.manifest) || !existsSync(target.outDir)) return false;
  /** @type {{ format: number, root: string, entry: string, inputs: Record<string, string> }} */
  const manifest = JSON.parse(readFileSync(target.manifest, 'utf8'));
  if (
    manifest.format !== BUILD_FORMAT ||
    manifest.root !== target.root ||
    manifest.entry !== target.entry
  )
    return false;
  return Object.entries(manifest.inputs).every(
    ([file, print]) => fingerprint(path.join(target.root, file)) === print,
  );
}

/** @param {string} file */
function withSourceLocation(file) {
  return readFileSync(file, 'utf8')
    .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file)))
    .replaceAll('import.meta.filename', JSON.stringify(file))
    .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href));
}

/** @type {import('esbuild').Plugin} */
const repoSources = {
  name: 'newsgraph-repo-sources',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@newsgraph/') ? undefined : { path: args.path, external: true },
    );
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: withSourceLocation(args.path),
      loader: 'ts',
    }));
  },
};

/**
 * Compiles `target.entry` unless the last build is current. Returns whether
 * it compiled. The output's entry is `<outDir>/<entry name>.mjs`.
 *
 * @param {CompileTarget} target
 */
export async function compileIfChanged(target) {
  if (lastBuildIsCurrent(target)) return false;
  const { build } = await import('esbuild');
  // Built beside the old output and swapped in, so a start that is
  // importing the old build never sees half of a new one.
  const fresh = `${target.outDir}-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  const result = await build({
    absWorkingDir: target.root,
    entryPoints: [target.entry],
    outdir: fresh,
    bundle: true,
    // Separate chunks keep dynamic imports lazy, and let a module imported
    // dynamically use top-level await (the server's entry does).
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [repoSources],
  }).catch((/** @type {unknown} */ error) => {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  });
  rmSync(target.outDir, { recursive: true, force: true });
  renameSync(fresh, target.outDir);
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [
      file,
      fingerprint(path.join(target.root, file)),
    ]),
  );
  const manifest = { format: BUILD_FORMAT, root: target.root, entry: target.entry, inputs };
  writeFileSync(target.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  return true;
}
