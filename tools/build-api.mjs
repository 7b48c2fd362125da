#!/usr/bin/env node
// Compiles the API (apps/api and libs/api/*) to CommonJS in dist/api with swc, rewriting the
// @zhanggui/* path aliases to relative imports so plain `node dist/api/apps/api/src/main.js` runs.
// swc rather than tsc because it is ~20x faster on two cores; `npm run typecheck` does the type checking.
import fs from 'node:fs';
import path from 'node:path';
import { transformFile } from '@swc/core';
import { serverSwcOptions } from './swc-options.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist', 'api');
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const sourceRoots = [
  'apps/api/src',
  ...fs.readdirSync(path.join(root, 'libs/api')).map((lib) => `libs/api/${lib}/src`),
];
const skip = /(\.spec|\.e2e-spec|\.d)\.ts$|\/testing\//;

function* typescriptFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(full);
    else if (entry.name.endsWith('.ts') && !skip.test(full)) yield full;
  }
}

const started = Date.now();
fs.rmSync(outDir, { recursive: true, force: true });
const files = sourceRoots.flatMap((dir) => [...typescriptFiles(path.join(root, dir))]);
const options = serverSwcOptions({ baseUrl: root, paths: compilerOptions.paths });
await Promise.all(
  files.map(async (file) => {
    const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, {
      ...options,
      filename: file,
      outputPath: target,
      swcrc: false,
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map`);
    if (map) fs.writeFileSync(`${target}.map`, map);
  }),
);
console.log(
  `Built the API: ${files.length} files into ${path.relative(root, outDir)} in ${Date.now() - started} ms`,
);
