// Builds the API exactly as tools/build-api.mjs does (same swc options, same alias rewriting), but into
// dist/bench-api, so a benchmark run is not disturbed by someone rebuilding dist/api meanwhile.
// BENCH_SOURCE=head builds the last commit (git archive HEAD) instead of the working tree: a stable subject
// while others edit the tree. The console's bundle check (bench/run.mjs) follows the same switch.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformFile } from '@swc/core';
import { serverSwcOptions } from '../../tools/swc-options.mjs';

export const root = path.resolve(import.meta.dirname, '../..');
export const builtApiDir = path.join(root, 'dist', 'bench-api');
export const builtMain = path.join(builtApiDir, 'apps/api/src/main.js');

const skip = /(\.spec|\.e2e-spec|\.d)\.ts$|\/testing\//;

function* typescriptFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(full);
    else if (entry.name.endsWith('.ts') && !skip.test(full)) yield full;
  }
}

export async function buildApi({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const started = Date.now();
  const fromHead = process.env.BENCH_SOURCE === 'head';
  const sourceRoot = fromHead ? fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-bench-src-')) : root;
  if (fromHead)
    execSync(`git archive HEAD apps/api libs/api tsconfig.base.json | tar -x -C ${sourceRoot}`, {
      cwd: root,
    });
  try {
    await compile(sourceRoot);
  } finally {
    if (fromHead) fs.rmSync(sourceRoot, { recursive: true, force: true });
  }
  log(
    `Built the API (${fromHead ? 'last commit' : 'working tree'}) for the benchmark in ${Date.now() - started} ms`,
  );
}

async function compile(root) {
  const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
  const sourceRoots = [
    'apps/api/src',
    ...fs.readdirSync(path.join(root, 'libs/api')).map((lib) => `libs/api/${lib}/src`),
  ].filter((dir) => fs.existsSync(path.join(root, dir)));
  fs.rmSync(builtApiDir, { recursive: true, force: true });
  const files = sourceRoots.flatMap((dir) => [...typescriptFiles(path.join(root, dir))]);
  const options = serverSwcOptions({ baseUrl: root, paths: compilerOptions.paths });
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const target = path.join(builtApiDir, path.relative(root, file)).replace(/\.ts$/, '.js');
        const { code } = await transformFile(file, {
          ...options,
          sourceMaps: false,
          filename: file,
          outputPath: target,
          swcrc: false,
        });
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, code);
      }),
    );
  }
}

/** A folder holding `paths` as they are in the last commit (node_modules linked in), or the working tree. */
export function sourceTree(paths) {
  if (process.env.BENCH_SOURCE !== 'head') return { dir: root, dispose: () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-bench-src-'));
  execSync(`git archive HEAD ${paths.join(' ')} | tar -x -C ${dir}`, { cwd: root });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

if (import.meta.url === `file://${process.argv[1]}`) await buildApi();
