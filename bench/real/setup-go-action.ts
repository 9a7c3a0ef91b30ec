/**
 * Makes setup-go-cache.ts a node action in `dir` (action.yml + one esbuild bundle, as setup-go ships), so the
 * runner harness starts it the way it starts the action under test: one node process for main, one for post.
 */
import { build, stop } from 'esbuild'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const ACTION_YML = `name: setup-go cache scheme (benchmark)
description: One @actions/cache entry of GOMODCACHE + GOCACHE under one exact key.
runs:
  using: node24
  main: index.mjs
  post: index.mjs
  post-if: success()
`

export async function writeSetupGoAction(dir: string): Promise<string> {
  await build({
    entryPoints: [fileURLToPath(new URL('./setup-go-cache.ts', import.meta.url))],
    outfile: path.join(dir, 'index.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);"
    },
    logLevel: 'warning'
  })
  // esbuild's service process would keep the benchmark alive after its last job.
  await stop()
  writeFileSync(path.join(dir, 'action.yml'), ACTION_YML)
  return dir
}
