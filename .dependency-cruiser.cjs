/** Import rules checked in CI (`npm run lint`): no cycles; platform/ stays domain-free. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles make modules impossible to understand apart.', from: {}, to: { circular: true } },
    { name: 'platform-is-domain-free', severity: 'error', comment: 'platform/ must not import modules/.', from: { path: '^src/platform/' }, to: { path: '^src/modules/' } },
    {
      name: 'modules-through-index',
      severity: 'error',
      comment: 'A module imports another only through its index.ts.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    { name: 'migrations-frozen', severity: 'error', comment: 'Migrations import nothing from src/.', from: { path: '^migrations/' }, to: { path: '^src/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
