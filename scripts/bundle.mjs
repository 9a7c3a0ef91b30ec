// Bundles each entry of the action into one self-contained ES module in dist/ (see the README for why esbuild).
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true })
await build({
  entryPoints: { main: 'src/main.ts', post: 'src/post.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The runner uses Node 24; Node 20 is the floor so the same bundle runs on the development machine.
  target: 'node20',
  minify: false,
  legalComments: 'linked',
  // Some dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
  },
  logLevel: 'warning'
})
