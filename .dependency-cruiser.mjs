/**
 * The import rules `npm run check` enforces (`npm run deps`). Type-only
 * imports count: a cycle through types still ties the modules' designs
 * together.
 *
 * .dependency-cruiser-known-violations.json lists the violations that were
 * there when the rules came in (six cycles in server/, and the client's type
 * re-export of server/src/contract.ts, which the shared model package
 * replaces). They are reported as "known" and do not fail the check; any
 * new one does. When one is fixed, shrink the list with
 * `npx depcruise --config .dependency-cruiser.mjs --output-type baseline
 * client/src server/src seed/src tools tests bench > .dependency-cruiser-known-violations.json`.
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: split out what both sides need (e.g. the port or the types).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'client-not-to-server',
      severity: 'error',
      comment:
        'The client reaches the server over HTTP only; shared shapes belong in a package both import.',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage|test-artifacts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
  },
};
