#!/usr/bin/env node
// Lints small import snippets as if they were files at given paths, with the workspace's real ESLint config,
// and prints the module-boundary messages per snippet as JSON. Used by module-boundaries.spec.ts; a separate
// process because ESLint loads its ESM config with import(), which Jest's module sandbox cannot do.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../..');
// The boundary rule reads Nx's cached project graph and silently skips itself without one: make it first.
execFileSync(path.join(root, 'node_modules/.bin/nx'), ['show', 'projects'], {
  cwd: root,
  env: { ...process.env, NX_DAEMON: 'false' },
  stdio: 'ignore',
});

const cases = JSON.parse(process.argv[2]);
const eslint = new ESLint({ cwd: root });
const results = [];
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  results.push({
    file,
    boundaryErrors: result.messages
      .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
      .map((m) => m.message),
    otherMessages: result.messages
      .filter((m) => m.ruleId !== '@nx/enforce-module-boundaries')
      .map((m) => m.message),
  });
}
console.log(JSON.stringify(results));
