// The commands need the API's migrations and its embedded-PostgreSQL driver, which are TypeScript. They are
// compiled here with the same swc settings as tools/build-api.mjs, into dist/db-tools rather than dist/api, so
// a backup taken while `npm start` runs never rewrites the files that server has loaded.
import fs from 'node:fs';
import path from 'node:path';
import { transformFile } from '@swc/core';
import { serverSwcOptions } from '../../swc-options.mjs';

const skip = /(\.spec|\.e2e-spec|\.d)\.ts$|\/testing\//;

function* typescriptFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(full);
    else if (entry.name.endsWith('.ts') && !skip.test(full)) yield full;
  }
}

/** Compiles apps/api and libs/api into `<root>/dist/db-tools`; returns that folder. */
export async function buildApiForTools(root) {
  const outDir = path.join(root, 'dist', 'db-tools');
  const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
  const sourceRoots = [
    'apps/api/src',
    ...fs.readdirSync(path.join(root, 'libs/api')).map((lib) => `libs/api/${lib}/src`),
  ].filter((dir) => fs.existsSync(path.join(root, dir)));
  fs.rmSync(outDir, { recursive: true, force: true });
  const files = sourceRoots.flatMap((dir) => [...typescriptFiles(path.join(root, dir))]);
  const options = serverSwcOptions({ baseUrl: root, paths: compilerOptions.paths });
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
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
  return outDir;
}
