// Lint for every project. The module-boundary rule is the architecture made executable: a domain may import
// the platform and the domains it is declared to build on (ARCHITECTURE.md), nothing above it; the admin
// console may not import server code. tools/lint-fixtures proves a forbidden import fails.
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

/** Which domains each domain builds on (imports allowed only downward; no cycles). */
const DOMAIN_DEPENDENCIES = {
  identity: [],
  approvals: ['identity'],
  catalog: ['identity', 'approvals'],
  inventory: ['identity', 'approvals', 'catalog'],
  procurement: ['identity', 'approvals', 'catalog', 'inventory'],
  orders: ['identity', 'approvals', 'catalog', 'inventory'],
  support: ['identity', 'approvals', 'catalog', 'inventory', 'orders'],
  hr: ['identity', 'approvals'],
  finance: ['identity', 'approvals', 'catalog', 'inventory', 'procurement', 'orders', 'hr'],
  // Sales owns the dashboards, which read stock alerts, purchasing and SLA breaches too.
  sales: [
    'identity',
    'approvals',
    'catalog',
    'inventory',
    'procurement',
    'orders',
    'support',
    'hr',
    'finance',
  ],
};

const depConstraints = [
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform'] },
  ...Object.entries(DOMAIN_DEPENDENCIES).map(([domain, below]) => ({
    sourceTag: `scope:${domain}`,
    onlyDependOnLibsWithTags: ['scope:platform', ...below.map((d) => `scope:${d}`)],
  })),
  {
    sourceTag: 'scope:api',
    onlyDependOnLibsWithTags: [
      'scope:platform',
      ...Object.keys(DOMAIN_DEPENDENCIES).map((d) => `scope:${d}`),
    ],
  },
  { sourceTag: 'runtime:browser', onlyDependOnLibsWithTags: ['runtime:browser'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
];

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      'apps/admin/src/api/schema.d.ts',
      'tools/lint-fixtures/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: false,
          checkDynamicDependenciesExceptions: [],
          depConstraints,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['apps/admin/**/*.ts', 'apps/admin/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.spec.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
