import fs from 'node:fs';
import path from 'node:path';
import { Options, transformFile } from '@swc/core';

export const ROOT = path.resolve(__dirname, '../../../../..');

const SKIP = /(\.spec|\.e2e-spec|\.d)\.ts$|\/testing\//;

function* typescriptFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(full);
    else if (entry.name.endsWith('.ts') && !SKIP.test(full)) yield full;
  }
}

/**
 * Compiles the API as tools/build-api.mjs does (same swc options and alias rewriting), but into a folder of
 * this test file's own under dist/: `npm start`, zero-setup and the benchmarks rebuild dist/api and
 * dist/bench-api whenever they like, and a fault test must not have its server's files replaced mid-run.
 * Inside the repository so the compiled files find node_modules. Returns main.js and a remover.
 */
export async function buildApiFor(name: string): Promise<{ main: string; remove: () => void }> {
  const outDir = path.join(ROOT, 'dist', `reliability-${name}-${process.pid}`);
  const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8'));
  const sourceRoots = [
    'apps/api/src',
    ...fs.readdirSync(path.join(ROOT, 'libs/api')).map((lib) => `libs/api/${lib}/src`),
  ].filter((dir) => fs.existsSync(path.join(ROOT, dir)));
  fs.rmSync(outDir, { recursive: true, force: true });
  const files = sourceRoots.flatMap((dir) => [...typescriptFiles(path.join(ROOT, dir))]);
  // The build's own options module (plain .mjs, untyped): the same swc settings as `npm start` runs.
  const { serverSwcOptions } = (await import(path.join(ROOT, 'tools/swc-options.mjs'))) as {
    serverSwcOptions: (paths: object) => Options;
  };
  const options = serverSwcOptions({ baseUrl: ROOT, paths: compilerOptions.paths });
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const target = path.join(outDir, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
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
  return {
    main: path.join(outDir, 'apps/api/src/main.js'),
    remove: () => fs.rmSync(outDir, { recursive: true, force: true }),
  };
}
