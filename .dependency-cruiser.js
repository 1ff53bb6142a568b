// Import cycles, type-only ones included: the data path runs one way (HTTP → auth → route/resolver → service →
// storage/provider), so no module may reach itself again through its imports. Run by `npm run lint`.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module reaches itself again through its imports (type-only imports count: they are layering too).',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(src/generated|web/src/gql|test/gql|dist|web/dist)/' },
    // Keep `import type` edges, which the compiled JavaScript no longer has.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
