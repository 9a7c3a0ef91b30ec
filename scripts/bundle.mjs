// Bundles each entry of the action into one self-contained ES module in dist/ (see the README for why esbuild).
// It builds into a temporary folder and then moves each file into dist/, so a test run that reads dist/ while
// another bundle runs sees it half written for as short a time as possible.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'

const entries = {
  main: 'src/main.ts',
  post: 'src/post.ts',
  diagnose: 'src/diagnose.ts',
  // Runs each @actions/cache call in a child process the step can stop (src/cache/service.ts).
  'cache-worker': 'src/cache-worker.ts'
}
/**
 * Declares modules free of side effects at import, so that an entry which never calls them leaves them out.
 * @actions/core's OIDC helper (tokens this action never asks for) imports @actions/http-client, which brings
 * undici: 0.9 MB that main.js and post.js parsed on every start without using it.
 */
const SIDE_EFFECT_FREE =
  /node_modules\/(@actions\/http-client|undici|tunnel)\/|node_modules\/@actions\/core\/lib\/oidc-utils\.js$/

function sideEffectFree(pattern) {
  return {
    name: 'side-effect-free',
    setup(b) {
      // Only the imports that can name one of them are resolved twice: their package names and core's helper.
      b.onResolve(
        { filter: /^(@actions\/http-client|undici|tunnel)(\/|$)|oidc-utils(\.js)?$/ },
        async args => {
          if (args.pluginData === 'side-effect-free' || args.kind === 'entry-point') return undefined
          const resolved = await b.resolve(args.path, {
            kind: args.kind,
            importer: args.importer,
            resolveDir: args.resolveDir,
            pluginData: 'side-effect-free'
          })
          if (resolved.errors.length > 0 || !pattern.test(resolved.path.split('\\').join('/')))
            return undefined
          return {
            path: resolved.path,
            external: resolved.external,
            namespace: resolved.namespace,
            sideEffects: false
          }
        }
      )
    }
  }
}

/**
 * @actions/http-client imports undici at its top for one class, the ProxyAgent of `getAgentDispatcher` (a
 * dispatcher for fetch), which neither @actions/cache nor this action calls. Parsing and evaluating undici
 * (0.85 MB) took 60-70 ms of every cache worker's start, so the import is replaced by a class that says so.
 */
function withoutUndici() {
  return {
    name: 'without-undici',
    setup(b) {
      b.onResolve({ filter: /^undici$/ }, args =>
        args.kind === 'import-statement' && /@actions[\\/]http-client[\\/]/.test(args.importer)
          ? { path: 'undici', namespace: 'without-undici' }
          : undefined
      )
      b.onLoad({ filter: /.*/, namespace: 'without-undici' }, () => ({
        contents:
          'export class ProxyAgent {\n' +
          "  constructor() { throw new Error('setup-gomod bundles no undici: getAgentDispatcher is not supported') }\n" +
          '}\n',
        loader: 'js'
      }))
    }
  }
}

/**
 * Node's http and https as the libraries import them (`import * as http from 'http'`), turned into a require.
 * Under Node 24 an ESM import of node:http builds a namespace of all its exports, whose WebSocket getter loads
 * Node's bundled undici: 35 ms of every cache worker's start (src/util/builtins.ts does the same for our code).
 */
function httpByRequire() {
  return {
    name: 'http-by-require',
    setup(b) {
      b.onResolve({ filter: /^(node:)?https?$/ }, args =>
        args.kind === 'import-statement' && /[\\/]node_modules[\\/]/.test(args.importer)
          ? { path: args.path.replace(/^node:/, ''), namespace: 'http-by-require' }
          : undefined
      )
      b.onLoad({ filter: /.*/, namespace: 'http-by-require' }, args => ({
        contents: `module.exports = require('node:${args.path}')\n`,
        loader: 'js'
      }))
    }
  }
}

const tmp = `dist.tmp-${process.pid}`
try {
  await build({
    entryPoints: entries,
    outdir: tmp,
    bundle: true,
    // Code shared by the entries goes into chunks.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    // The declared runtime (action.yml `node24`, .node-version, engines). The sources use no syntax newer than
    // ES2023 (tsconfig), so the bundle also runs under the development machine's Node 20, which the tests use.
    target: 'node24',
    minify: false,
    // @actions/cache tells its errors apart by class name (error.name === ReserveCacheError.name).
    keepNames: true,
    // Paths as seen from here, also through a symlinked node_modules (the ubuntu jobs under act link the one
    // .ci/run installed): the bundle names its modules by path, so resolving the link would change dist/.
    preserveSymlinks: true,
    legalComments: 'linked',
    // Some dependencies are CommonJS and call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
    },
    logLevel: 'warning',
    plugins: [sideEffectFree(SIDE_EFFECT_FREE), withoutUndici(), httpByRequire()]
  })
  mkdirSync('dist', { recursive: true })
  const built = new Set(readdirSync(tmp))
  for (const f of built) {
    // A folder (chunks/) cannot be renamed over a non-empty one: replace it.
    rmSync(`dist/${f}`, { recursive: true, force: true })
    renameSync(`${tmp}/${f}`, `dist/${f}`)
  }
  for (const f of readdirSync('dist')) if (!built.has(f)) rmSync(`dist/${f}`, { recursive: true })
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
