// Import rules of src/ (docs/architecture.md): no circle, and no import from a lower layer to a higher one.
// `npm run lint:deps` checks them (part of `npm run lint`, so CI's static stage runs it).

/** The layers, lowest first: a module may import its own layer and the ones before it, never a later one. */
const LAYERS = [
  ['util', '^src/util/'],
  ['go', '^src/go/'],
  ['failure', '^src/failure/'],
  ['exec, inputs and state', '^src/(exec|inputs|state)/'],
  ['environment', '^src/environment/'],
  ['credentials', '^src/credentials/'],
  ['download', '^src/download/'],
  ['cache', '^src/cache/'],
  ['diagnosis', '^src/diagnosis/'],
  ['report', '^src/report/'],
  ['steps', '^src/steps/'],
  ['entry points', '^src/[^/]+\\.ts$']
]

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-upward-from-${name.split(/[ ,]/)[0]}`,
  comment: `${name} may not import a higher layer (${LAYERS.slice(i + 1)
    .map(([n]) => n)
    .join(', ')}): see docs/architecture.md`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => p) }
}))

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A circle of imports: break it by moving what both sides need into a lower module.',
      severity: 'error',
      from: { path: '^(src|testkit)/' },
      to: { circular: true }
    },
    ...upward,
    {
      name: 'no-unlayered-src',
      comment: 'Every src/ module belongs to a layer of .dependency-cruiser.cjs (docs/architecture.md).',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(([, p]) => p) },
      to: {}
    },
    {
      name: 'src-not-to-tests',
      comment: 'The action does not import test or tooling code.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(__tests__|testkit|scripts|bench)/' }
    }
  ],
  options: {
    // Type-only imports count: a type is a dependency on the module that defines it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' }
  }
}
