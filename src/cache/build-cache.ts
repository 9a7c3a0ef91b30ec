import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import type { Environment } from '../environment/setup-environment.js'
import { logText } from '../report/escape.js'
import type { EntryState } from './cache-state.js'
import { buildKeys, type KeyContext } from './keys.js'
import { fingerprint, isPopulated, type Fingerprint } from './module-files.js'
import type { EntryRestore } from './restore-cache.js'
import { restoreEntry, saveEntry } from './service.js'

/**
 * The build cache (GOCACHE, `cache-build: true`): its own key with the Go version and target, restored from
 * the newest entry and saved under a per-run key whenever the build changed it. go trims entries unused for
 * five days itself (tar keeps their times), so the entry stays bounded without pruning here.
 */
export async function restoreBuildCache(
  env: Environment,
  context: KeyContext
): Promise<{ restore: EntryRestore; state: EntryState }> {
  const gocache = env.go.env.GOCACHE
  const keys = buildKeys({
    ...context,
    goVersion: env.go.env.GOVERSION,
    goos: env.go.env.GOOS,
    goarch: env.go.env.GOARCH,
    runId: `${process.env.GITHUB_RUN_ID || Date.now()}-${process.env.GITHUB_RUN_ATTEMPT || 1}`
  })
  let restore: EntryRestore
  if (await isPopulated(gocache)) {
    core.info(`Build cache: ${gocache} already has entries; not restored over them, nor saved.`)
    restore = { kind: 'skipped', primaryKey: keys.primary, matchedKey: '' }
  } else {
    const call = await restoreEntry([gocache], keys.primary, [...keys.restoreKeys])
    if (call.failure) core.warning(`Build cache not restored: ${call.failure}`, { title: 'Build cache' })
    const matchedKey = call.value ?? ''
    restore = {
      kind: call.failure ? 'unavailable' : matchedKey ? 'partial' : 'miss',
      primaryKey: keys.primary,
      matchedKey,
      archiveBytes: call.archiveBytes,
      restoreMs: Math.round(call.ms)
    }
    core.info(
      `Build cache: ${restore.kind}${matchedKey ? ` from ${logText(matchedKey)}` : ''} (key ${keys.primary}).`
    )
  }
  // As for modules: only a partial restore left content that post compares against.
  const restored = restore.kind === 'partial' ? await buildCacheFingerprint(gocache) : fingerprint([])
  return { restore, state: { ...restore, paths: [gocache], restored } }
}

/** Post: saves GOCACHE under this run's key when the job changed it. Returns a line for the log. */
export async function saveBuildCache(build: EntryState): Promise<string> {
  if (build.kind === 'skipped' || build.kind === 'unavailable')
    return `Build cache: not saved (restore was ${build.kind}).`
  const now = await buildCacheFingerprint(build.paths[0])
  if (now.files === 0) return 'Build cache: not saved (empty).'
  if (now.digest === build.restored.digest) return 'Build cache: not saved (unchanged since the restore).'
  const call = await saveEntry(build.paths, build.primaryKey)
  if (call.value === -1 || call.failure)
    return `Build cache: not saved (${call.reserveError ?? call.failure ?? 'the service refused the key'}).`
  return `Build cache: saved ${build.primaryKey} (${now.files} entries, ${Math.round(call.ms)} ms).`
}

/** GOCACHE entries are content-addressed files in 256 subdirectories: their names identify the content. */
async function buildCacheFingerprint(gocache: string): Promise<Fingerprint> {
  const hash = createHash('sha256')
  let files = 0
  let dirs: string[] = []
  try {
    dirs = (await fs.readdir(gocache)).filter(d => /^[0-9a-f]{2}$/.test(d)).sort()
  } catch {
    // absent: empty
  }
  for (const d of dirs) {
    const names = (await fs.readdir(path.join(gocache, d))).sort()
    files += names.length
    hash.update(`${d}/${names.join('\n')}\n`)
  }
  return { files, bytes: 0, digest: hash.digest('hex').slice(0, 32) }
}
