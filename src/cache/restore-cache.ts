import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import type { Environment } from '../environment/setup-environment.js'
import type { Inputs } from '../inputs/types.js'
import { logText } from '../util/escape.js'
import { formatBytes } from '../util/format.js'
import { reportBuildRestore, restoreBuildCache, type BuildRestoreRun } from './build-cache.js'
import { cacheState, type CacheState } from './cache-state.js'
import type { EntryRestore } from './entry-restore.js'
import { checksumFiles, dependencyHash, isSameKey, moduleKeys } from './keys.js'
import { fingerprint, isPopulated, listDownloadDir } from './module-files.js'
import { restoreEntry, serviceConfigured } from './service.js'

export interface CacheRestore extends EntryRestore {
  /** The build cache (GOCACHE), when `cache-build` is on. */
  readonly build?: EntryRestore
}

/** The module cache restored, the build cache maybe still restoring: finishCacheRestore ends both. */
export interface ModuleCacheRestore {
  readonly modules: EntryRestore
  /** Running behind the module download; undefined when `cache-build` is off or there is no service. */
  readonly build?: Promise<BuildRestoreRun>
  /** For cacheState: what post needs to save the module cache. */
  readonly state: Omit<CacheState, 'build'>
}

/**
 * Restores the module cache; the main step sets the cache-* outputs from the result. The archive is GOMODCACHE/cache/download (zips,
 * go.mod and .info files); the download that follows has go extract the zips, several at a time. On a project
 * shaped like real ones that had the modules ready sooner than archiving the extracted trees too, at half the
 * archive (bench/cache.bench.ts, docs/cache.md). A service failure is one warning and the kind `unavailable`;
 * it never fails the step. The build cache restores side by side and is left running: the download needs only
 * the modules, so it goes on while GOCACHE is still being written (go mod download and go mod graph never open it).
 */
export async function restoreModuleCache(inputs: Inputs, env: Environment): Promise<ModuleCacheRestore> {
  const sums = checksumFiles(env.downloadSet.files)
  const hash = dependencyHash(sums, inputs.workingDirectory)
  const context = { os: runnerOs(), suffix: inputs.cacheKeySuffix, dependencyHash: hash }
  const keys = moduleKeys(context)
  const downloadDir = path.join(env.go.env.GOMODCACHE, 'cache', 'download')
  // The two entries are independent: restoring them side by side costs the longer of the two, not the sum.
  const build =
    inputs.cache && inputs.cacheBuild && serviceConfigured() ? restoreBuildCache(env, context) : undefined
  const modules = await restoreModules(inputs, env.go.env.GOMODCACHE, downloadDir, keys)
  if (modules.kind === 'disabled') {
    // Recorded so that post can say why it saves nothing, instead of guessing.
    const off = { ...modules, paths: [], restored: fingerprint([]) }
    const state: ModuleCacheRestore['state'] = {
      save: 'never',
      module: off,
      checksumFiles: [],
      dependencyHash: '',
      hashRoot: ''
    }
    return { modules, build, state }
  }
  // Post compares content only after a partial restore (a miss restored nothing; the other kinds are never
  // saved), so only then is the restored tree worth a walk of every file.
  const restored = fingerprint(modules.kind === 'partial' ? await listDownloadDir(downloadDir) : [])
  const state = {
    save: inputs.cacheSave,
    module: { ...modules, paths: [downloadDir], restored },
    checksumFiles: sums,
    dependencyHash: hash,
    hashRoot: inputs.workingDirectory
  }
  return { modules, build, state }
}

/** Waits for the build cache, logs how it was restored and records both entries for post. */
export async function finishCacheRestore(pending: ModuleCacheRestore): Promise<CacheRestore> {
  const build = pending.build && reportBuildRestore(await pending.build)
  cacheState.save({ ...pending.state, build: build?.state })
  return { ...pending.modules, build: build?.restore }
}

async function restoreModules(
  inputs: Inputs,
  gomodcache: string,
  downloadDir: string,
  keys: { primary: string; restorePrefix: string }
): Promise<EntryRestore> {
  const none = { primaryKey: keys.primary, matchedKey: '' }
  if (!inputs.cache) {
    core.info('Module cache off (cache: false).')
    return { kind: 'disabled', ...none }
  }
  core.info(`Primary key: ${keys.primary}`)
  if (!serviceConfigured()) {
    // Outside GitHub Actions (act, a local run) there is no service: a note, not a warning.
    core.info('The cache service is not available to this job (no ACTIONS_RESULTS_URL): no module cache.')
    return { kind: 'unavailable', ...none }
  }
  if (await isPopulated(gomodcache)) {
    // Extracting over it would flood the log with tar's "Cannot open: File exists" and mix two caches.
    core.notice(
      `GOMODCACHE ${gomodcache} already holds modules (a self-hosted runner, or another cache step), so the ` +
        `module cache is not restored over it, nor saved from it.`,
      { title: 'Module cache' }
    )
    return { kind: 'skipped', ...none }
  }
  const restoreKeys = inputs.cacheRestoreKeys ? [keys.restorePrefix] : []
  const call = await restoreEntry([downloadDir], keys.primary, restoreKeys)
  const timing = { archiveBytes: call.archiveBytes, restoreMs: Math.round(call.ms) }
  if (call.unavailable) {
    core.info('The cache service is not available to this job: no module cache.')
    return { kind: 'unavailable', ...none }
  }
  if (call.failure) {
    core.warning(
      `The cache service failed (${call.failure}). Continuing without the module cache: the download fetches ` +
        `every module, and nothing is saved.`,
      { title: 'Module cache unavailable' }
    )
    return { kind: 'unavailable', ...none, ...timing }
  }
  if (call.refused) {
    // Nothing of the entry was kept: the download goes on as on a miss, and post saves a clean entry.
    core.warning(`Module cache entry ${call.value} refused: ${call.refused}. Downloading without it.`, {
      title: 'Module cache entry refused'
    })
    return { kind: 'miss', ...none, ...timing }
  }
  const matchedKey = call.value ?? ''
  const kind = matchedKey === '' ? 'miss' : isSameKey(keys.primary, matchedKey) ? 'exact' : 'partial'
  core.info(
    kind === 'miss'
      ? `No module cache for ${keys.primary}${restoreKeys.length ? ` or ${keys.restorePrefix}*` : ''}.`
      : `Restored ${kind === 'exact' ? 'exactly' : `partially from ${logText(matchedKey)}`} ` +
          `(${formatBytes(call.archiveBytes)}, ${timing.restoreMs} ms).`
  )
  return { kind, primaryKey: keys.primary, matchedKey, ...timing }
}

const OS_NAMES: Readonly<Record<string, string>> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }

/** RUNNER_OS, or the same name derived from the platform outside a runner. */
function runnerOs(): string {
  return process.env.RUNNER_OS || OS_NAMES[os.platform()] || os.platform()
}
