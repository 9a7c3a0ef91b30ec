/**
 * setup-go's caching scheme as an action of its own (bundled by setup-go-action.ts, run under the runner harness
 * like the action under test): one @actions/cache entry of GOMODCACHE + GOCACHE (paths from `go env`), keyed
 * `setup-go-<OS>-<arch>-go-<version>-<sha256 of the go.sum files>`, exact key only (no restore keys); main restores,
 * post saves unless main restored the exact key. Prints `Cache restore: N ms` and `Cache save: N ms`.
 */
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'

const SKIP = new Set(['vendor', 'testdata', 'node_modules'])

function goSums(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) goSums(path.join(dir, e.name), out)
    else if (e.isFile() && e.name === 'go.sum') out.push(path.join(dir, e.name))
  }
  return out
}

function primaryKey(): { key: string; paths: string[] } {
  const [gomodcache, gocache, version] = execFileSync('go', ['env', 'GOMODCACHE', 'GOCACHE', 'GOVERSION'], {
    encoding: 'utf8',
    timeout: 60_000
  })
    .trim()
    .split('\n')
  const h = createHash('sha256')
  for (const f of goSums(process.env.GITHUB_WORKSPACE ?? '.')) h.update(readFileSync(f))
  const key = `setup-go-${process.env.RUNNER_OS}-${process.env.RUNNER_ARCH}-go-${version.replace(/^go/, '')}-${h.digest('hex')}`
  return { key, paths: [gomodcache, gocache] }
}

async function main(): Promise<void> {
  const { key, paths } = primaryKey()
  const started = performance.now()
  const matched = await cache.restoreCache(paths, key)
  core.info(`Cache restore: ${Math.round(performance.now() - started)} ms`)
  core.saveState('isPost', 'true')
  core.saveState('key', key)
  core.saveState('paths', JSON.stringify(paths))
  core.saveState('hit', String(matched === key))
  core.setOutput('cache-hit', String(matched === key))
}

async function post(): Promise<void> {
  if (core.getState('hit') === 'true') return core.info('Cache hit occurred on the primary key, not saving.')
  const started = performance.now()
  await cache.saveCache(JSON.parse(core.getState('paths')) as string[], core.getState('key'))
  core.info(`Cache save: ${Math.round(performance.now() - started)} ms`)
}

try {
  await (core.getState('isPost') === 'true' ? post() : main())
} catch (e) {
  core.setFailed(String(e))
}
