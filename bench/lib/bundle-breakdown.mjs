import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { initialChunks } from './bundle.mjs';
import { root } from './build-api.mjs';

// Where the console's initial JavaScript comes from: builds apps/admin with source maps into a temporary folder,
// takes the same chunk set as bundle.mjs, and splits each chunk's bytes by the package (or our own folder) that
// the source map says they come from. Gzip does not add up per module, so each source's share of a chunk's
// gzipped size is its share of the chunk's raw bytes: good for ranking, not an exact figure.
// Usage: node bench/lib/bundle-breakdown.mjs [--modules] [--top N]

const args = process.argv.slice(2);
const perModule = args.includes('--modules');
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 40;

function ownerOf(source) {
  const normalized = source.replaceAll('\\', '/');
  const at = normalized.lastIndexOf('node_modules/');
  if (at < 0) {
    if (perModule) return normalized.replace(/^(\.\.\/)+/, '');
    const inSrc = normalized.match(/src\/(features|shared|layout|app|i18n|api|auth)\/([^/]+)/);
    return inSrc ? `src/${inSrc[1]}/${inSrc[2]}` : normalized.replace(/^(\.\.\/)+/, '');
  }
  const rest = normalized.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  if (!perModule) return name;
  return `${name}/${rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/')}`;
}

/** Raw bytes of the generated file per original source, from the map's segments. */
function bytesPerSource(code, map) {
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  const bytes = new Map();
  const add = (key, n) => bytes.set(key, (bytes.get(key) ?? 0) + n);
  let unmapped = 0;
  decoded.forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let covered = 0;
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
      const size = Buffer.byteLength(line.slice(segment[0], end));
      if (i === 0) unmapped += Buffer.byteLength(line.slice(0, segment[0]));
      covered += size;
      if (segment.length >= 4) add(ownerOf(map.sources[segment[1]]), size);
      else unmapped += size;
    });
    if (segments.length === 0) unmapped += Buffer.byteLength(line);
    void covered;
  });
  if (unmapped) add('(unmapped: runtime, glue)', unmapped);
  return bytes;
}

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-breakdown-'));
const build = spawnSync(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'apps/admin/vite.config.mts',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--manifest',
    '--sourcemap',
    '--logLevel',
    'warn',
  ],
  { cwd: root, encoding: 'utf8' },
);
if (build.status !== 0) {
  process.stderr.write(build.stderr);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'));
const { steps } = initialChunks(manifest);

const totals = new Map();
const perStep = [];
for (const step of steps) {
  const owners = new Map();
  for (const file of step.added.filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(outDir, file), 'utf8');
    const mapFile = path.join(outDir, `${file}.map`);
    const gzip = zlib.gzipSync(code, { level: 9 }).length;
    const raw = Buffer.byteLength(code);
    // The bundler's own runtime chunk has no map.
    const bytes = fs.existsSync(mapFile)
      ? bytesPerSource(code, JSON.parse(fs.readFileSync(mapFile, 'utf8')))
      : new Map([[`(no map) ${file}`, raw]]);
    for (const [owner, share0] of bytes) {
      const bytes = share0;
      const share = (gzip * bytes) / raw;
      owners.set(owner, (owners.get(owner) ?? 0) + share);
      totals.set(owner, (totals.get(owner) ?? 0) + share);
    }
  }
  perStep.push({ step: step.module, owners });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const print = (title, owners) => {
  const sorted = [...owners].sort((a, b) => b[1] - a[1]);
  const sum = sorted.reduce((s, [, n]) => s + n, 0);
  process.stdout.write(`\n## ${title}: ${kb(sum).trim()} KB gzipped (estimated shares)\n`);
  for (const [owner, n] of sorted.slice(0, top)) process.stdout.write(`${kb(n)}  ${owner}\n`);
  if (sorted.length > top) process.stdout.write(`  (${sorted.length - top} more)\n`);
};
for (const { step, owners } of perStep) print(step, owners);
print('whole initial set', totals);
fs.rmSync(outDir, { recursive: true, force: true });
