import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import * as core from '@actions/core'
import { downloadState } from '../download/download-state.js'
import { escapeHtml, logText } from '../util/escape.js'
import { readGoSums } from '../go/go-sum.js'
import { errorMessage } from '../util/errors.js'
import { readOrEmpty } from '../util/files.js'
import { formatBytes, plural } from '../util/format.js'
import { buildSaveRefusal, saveBuildCache } from './build-cache.js'
import { cacheState, type CacheState } from './cache-state.js'
import { dependencyHash } from './keys.js'
import {
  fingerprint,
  listDownloadDir,
  neededVersions,
  pruneDownloadDir,
  type DownloadEntry
} from './module-files.js'
import { leavePrivateModulesOut } from './private-modules.js'
import { isKeyConflict, lookupThenSave, showHeld, type HeldLine } from './service.js'
import { READ_ONLY_NOTE, isReadOnlyRefusal, saveRefusal } from './save-policy.js'
import { prewarmWorkers, releaseIdleWorkers, workerScript } from './worker-process.js'
import { checkZipsBeforeSave } from './zip-verify.js'

/**
 * Post step: saves the module cache when main recorded a complete download, whatever later steps did. Never
 * throws: every problem is a warning and a line for the log.
 */
export async function saveModuleCache(): Promise<string> {
  try {
    const lines = await save()
    await core.summary.addRaw(lines.map(escapeHtml).join('<br>\n'), true).write()
    return lines.map(logText).join('\n')
  } catch (e) {
    core.warning(`Module cache not saved: ${errorMessage(e)}`, { title: 'Module cache' })
    return `Module cache: not saved (${errorMessage(e)}).`
  }
}

async function save(): Promise<string[]> {
  const state = cacheState.load()
  if (!state) return ['Module cache: not saved (the main step stopped before the module cache).']
  if (state.module.kind === 'disabled') return ['Module cache: off (cache: false), nothing to save.']
  const refusal = saveRefusal(state.save)
  if (refusal) {
    const build = state.build ? [buildSaveRefusal() ?? `Build cache: not saved (${refusal}).`] : []
    return [`Module cache: not saved (${refusal}).`, ...build]
  }
  if (!downloadState.load()?.ok)
    return ['Module cache: not saved (the main step did not complete a module download).']
  // Side by side: the entries are independent, and each save waits mostly on the service and its upload (on a
  // cold otel job the two took 5.3 s one after the other). The build save's library lines are shown after the
  // module save's, so that the two do not interleave.
  const held: HeldLine[] = []
  prewarmWorkers(likelySaves(state), workerScript(), 'save')
  try {
    const [lines, build] = await Promise.all([
      saveModulesOrWarn(state),
      state.build && saveBuildCache(state.build, held)
    ])
    showHeld(held)
    return build ? [...lines, build] : lines
  } finally {
    releaseIdleWorkers()
  }
}

/**
 * The saves that will almost surely be made: their workers start now and load the library while the step lists
 * and prunes what it saves (0.2-0.25 s of each worker's start). A module cache that missed or matched a prefix;
 * a build cache that restored nothing (after a partial restore, little may be new and nothing saved).
 */
function likelySaves(state: CacheState): number {
  const modules = state.module.kind === 'miss' || state.module.kind === 'partial'
  const build = state.build?.kind === 'miss' && !buildSaveRefusal()
  return Number(modules) + Number(build)
}

/** Like saveModuleCache: a failure is a warning and a line, so that the build cache's save still ends. */
async function saveModulesOrWarn(state: CacheState): Promise<string[]> {
  try {
    return [...(await leavePrivateModulesOut(state)), await saveModules(state)]
  } catch (e) {
    core.warning(`Module cache not saved: ${errorMessage(e)}`, { title: 'Module cache' })
    return [`Module cache: not saved (${errorMessage(e)}).`]
  }
}

async function saveModules(state: CacheState): Promise<string> {
  const m = state.module
  if (m.kind === 'exact') return `Module cache: not saved (exact hit: ${m.primaryKey} exists).`
  if (m.kind === 'skipped') return 'Module cache: not saved (GOMODCACHE was populated before this job).'
  if (m.kind === 'unavailable') return 'Module cache: not saved (the cache service was unavailable).'

  const started = performance.now()
  // Clones of VCS repositories (GOPROXY=direct) are not needed once the zips exist, and can be large.
  const [downloadDir] = m.paths
  await rm(path.join(downloadDir, '..', 'vcs'), { recursive: true, force: true })
  let entries = await listDownloadDir(downloadDir)
  let pruned = ''
  const sums = state.checksumFiles.map(readOrEmpty)
  if (dependencyHash(state.checksumFiles, state.hashRoot) === state.dependencyHash) {
    const selected = downloadState.load()?.selected
    const removed = await pruneDownloadDir(
      downloadDir,
      entries,
      neededVersions(sums, selected && new Set(selected))
    )
    const versions = new Set(removed.filter(e => e.ext === 'zip').map(e => `${e.module}@${e.version}`))
    if (removed.length > 0) {
      pruned = `, pruned ${plural(versions.size, 'unneeded module version')}`
      core.info(
        `Pruned ${plural(removed.length, 'file')} of module versions the download set no longer needs.`
      )
      const gone = new Set(removed)
      entries = entries.filter(e => !gone.has(e))
    }
  } else {
    // The key says what go.sum was in main; pruning by a newer go.sum could drop what that key promises.
    pruned = ', not pruned (go.sum changed during the job)'
  }
  const checked = await checkRestoredZips(downloadDir, entries, sums, m.matchedKey)
  entries = checked.entries
  const now = fingerprint(entries)
  if (now.files === 0) return 'Module cache: not saved (no modules in the cache).'
  if (now.digest === m.restored.digest)
    return `Module cache: not saved (unchanged since the ${m.kind === 'partial' ? `restore of ${m.matchedKey}` : 'restore'}).`

  // Look the key up first: reserving a key another matrix job already saved is what hangs other actions.
  return lookupThenSave(m.paths, m.primaryKey, async ({ lookup, keyExists, save }) => {
    if (lookup.failure) return unavailable(lookup.failure)
    if (keyExists) return `Module cache: not saved (${m.primaryKey} was saved by another job).`
    const call = await save()
    // A lost race with a matrix job saving the same key is expected; the library words it as a failure.
    if (isKeyConflict(call)) return `Module cache: not saved (another job is saving ${m.primaryKey}).`
    if (isReadOnlyRefusal(call.reserveError)) return `Module cache: ${READ_ONLY_NOTE}.`
    if (call.failure || call.value === -1)
      return unavailable(
        [call.failure, call.reserveError].filter(Boolean).join(': ') || 'the save returned no entry'
      )
    return savedLine(m, now, call.archiveBytes, pruned + checked.note, started)
  })
}

function savedLine(
  m: { primaryKey: string },
  now: { files: number; bytes: number },
  archiveBytes: number | undefined,
  notes: string,
  started: number
): string {
  const ms = Math.round(performance.now() - started)
  return (
    `Module cache: saved ${m.primaryKey} (${plural(now.files, 'file')}, ${formatBytes(now.bytes)} of modules, ` +
    `${formatBytes(archiveBytes)} archive${notes}, ${ms} ms).`
  )
}

/**
 * Every zip that goes into the entry must have been checked against go.sum: by go during the job (it wrote a
 * .ziphash), or hashed here. What fails is removed; then the .ziphash files go too, since a restored one
 * would let go skip its own check. Returns the entries left and a note for the save line.
 */
async function checkRestoredZips(
  downloadDir: string,
  entries: DownloadEntry[],
  sums: readonly string[],
  matchedKey: string
): Promise<{ entries: DownloadEntry[]; note: string }> {
  const started = performance.now()
  const check = await checkZipsBeforeSave(downloadDir, entries, readGoSums(sums).zips)
  if (check.mismatched.length > 0) {
    core.warning(
      `${plural(check.mismatched.length, 'zip')} restored from ${matchedKey} ` +
        `${check.mismatched.length === 1 ? 'does not match go.sum and was' : 'do not match go.sum and were'} not saved: ` +
        `${check.mismatched.slice(0, 5).join(', ')}. Someone who can write this repository's caches may have ` +
        `planted that entry.`,
      { title: 'Module cache' }
    )
  }
  if (check.unvouched.length > 0)
    core.info(`Not saved, no go.sum line to check them against: ${check.unvouched.join(', ')}`)
  const gone = new Set([...check.mismatched, ...check.unvouched])
  for (const e of entries.filter(e => e.ext === 'ziphash'))
    await rm(path.join(downloadDir, e.rel), { force: true })
  const left = entries.filter(
    e => e.ext !== 'ziphash' && !(e.ext === 'zip' && gone.has(`${e.module}@${e.version}`))
  )
  const ms = Math.round(performance.now() - started)
  return {
    entries: left,
    note: check.hashed > 0 ? `, ${plural(check.hashed, 'restored zip')} checked in ${ms} ms` : ''
  }
}

function unavailable(failure: string): string {
  core.warning(`The cache service failed, the module cache is not saved: ${failure}`, {
    title: 'Module cache'
  })
  return 'Module cache: not saved (the cache service failed).'
}
