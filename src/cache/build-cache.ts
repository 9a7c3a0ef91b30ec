import * as path from 'node:path'
import * as core from '@actions/core'
import type { Environment } from '../environment/setup-environment.js'
import { logText } from '../util/escape.js'
import { errorMessage } from '../util/errors.js'
import { formatBytes, plural } from '../util/format.js'
import type { BuildEntryState } from './cache-state.js'
import { untrustedEvent } from './events.js'
import {
  buildSaveSkip,
  hasEntries,
  listGocache,
  outputsNamedBy,
  planPrune,
  removeEntries,
  totals,
  type GocacheEntry,
  type Totals
} from './gocache-files.js'
import { buildKeys, buildLeg, type KeyContext } from './keys.js'
import type { EntryRestore } from './entry-restore.js'
import {
  isKeyConflict,
  lookupThenSave,
  restoreEntry,
  type LookupThenSave,
  showHeld,
  type HeldLine,
  type ServiceCall
} from './service.js'

/**
 * The build cache (GOCACHE, `cache-build`): its own key per toolchain, target, job, matrix leg and
 * dependencies (keys.ts), restored only from that exact prefix and saved under a per-run key. It stays exact
 * and bounded: right after the restore every entry is dated MARK_AGE_MS back, go re-dates what it uses
 * (cache.go `markUsed`: when an entry's mtime is an hour old or more), and post saves only what is newer.
 */

/**
 * How far back restored entries are dated. Over go's one-hour refresh interval, so that any use during the
 * job re-dates the entry; well under its five-day trim limit, so that go's own trim (at the end of a go
 * command, once trim.txt is a day old) never deletes a restored entry that a later step of the job needs.
 */
const MARK_AGE_MS = 24 * 3600 * 1000
/** Margin under the restore time for file systems that store coarse times. */
const CLOCK_MARGIN_MS = 60 * 1000

/**
 * A build-cache restore, run behind the module download (main-step.ts): it logs nothing until
 * reportBuildRestore, so its lines land in their own log group.
 */
export interface BuildRestoreRun {
  readonly gocache: string
  readonly primaryKey: string
  /** Why GOCACHE was left alone (then nothing was called). */
  readonly skip?: string
  readonly call?: ServiceCall<string | undefined>
  /** The library's lines, shown by reportBuildRestore. */
  readonly held: readonly HeldLine[]
  readonly restoredAt: number
  readonly restored: Totals
}

export async function restoreBuildCache(env: Environment, context: KeyContext): Promise<BuildRestoreRun> {
  const gocache = env.go.env.GOCACHE
  const keys = buildKeys({
    ...context,
    goVersion: env.go.env.GOVERSION,
    goos: env.go.env.GOOS,
    goarch: env.go.env.GOARCH,
    leg: buildLeg(process.env, env.go.env.GOFLAGS),
    runId: `${process.env.GITHUB_RUN_ID || Date.now()}-${process.env.GITHUB_RUN_ATTEMPT || 1}`
  })
  const none = { entries: 0, bytes: 0 }
  const skip = await skipReason(gocache)
  const held: HeldLine[] = []
  const run = { gocache, primaryKey: keys.primary, held }
  if (skip) return { ...run, skip, restoredAt: Date.now(), restored: none }
  // Dated back as it is written: go re-dates what it uses, so post can tell it from the rest.
  const mtime = (Date.now() - MARK_AGE_MS) / 1000
  const call = await restoreEntry([gocache], keys.primary, [keys.restorePrefix], { mtime, holdIn: held })
  const restoredAt = Date.now()
  const found = !call.failure && !call.refused && call.value
  return { ...run, call, restoredAt, restored: found ? totals(await listGocache(gocache)) : none }
}

/** Logs how the build cache was restored; returns it for the outputs and for post. */
export function reportBuildRestore(run: BuildRestoreRun): { restore: EntryRestore; state: BuildEntryState } {
  const { call, primaryKey } = run
  showHeld(run.held)
  if (call?.failure) core.warning(`Build cache not restored: ${call.failure}`, { title: 'Build cache' })
  // A refused entry left nothing behind (archive-restore.ts): the build goes on as on a miss.
  if (call?.refused)
    core.warning(`Build cache entry ${logText(call.value ?? '')} refused: ${call.refused}.`, {
      title: 'Build cache entry refused'
    })
  const matchedKey = call && !call.refused ? (call.value ?? '') : ''
  const restore: EntryRestore = !call
    ? { kind: 'skipped', primaryKey, matchedKey: '' }
    : {
        kind: call.failure ? 'unavailable' : matchedKey ? 'partial' : 'miss',
        primaryKey,
        matchedKey,
        archiveBytes: call.archiveBytes,
        restoreMs: Math.round(call.ms)
      }
  const { restored } = run
  core.info(
    run.skip
      ? `Build cache: ${run.skip}; not restored, nor saved.`
      : restore.kind === 'partial'
        ? `Build cache: restored ${logText(restore.matchedKey)} (${plural(restored.entries, 'entry', 'entries')}, ${formatBytes(restored.bytes)}, ` +
          `${restore.restoreMs} ms), dated a day back: post keeps only the entries ` +
          'this job uses or makes.'
        : `Build cache: ${restore.kind} (key ${primaryKey}).`
  )
  const state = {
    ...restore,
    paths: [run.gocache],
    restored: { files: restored.entries, bytes: restored.bytes, digest: '' },
    usedSinceMs: restored.entries > 0 ? run.restoredAt - CLOCK_MARGIN_MS : 0
  }
  return { restore, state }
}

/**
 * Whether the job's environment already says, before go env runs, that the build cache will be left alone: the
 * main step then starts no worker for it ahead of time. That is a GOCACHEPROG, or a GOCACHE set to `off`, to a
 * relative path or to a directory with entries (a self-hosted runner's, or this project's tests' shared one). The
 * restore decides with go env's values (skipReason); this only saves a worker's start.
 */
export async function buildCacheSkippedEarly(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  // Without either variable only go env knows where GOCACHE is.
  if (!env.GOCACHEPROG && env.GOCACHE === undefined) return false
  return (await skipReason(env.GOCACHE ?? '', env)) !== undefined
}

async function skipReason(
  gocache: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  if (env.GOCACHEPROG) return 'GOCACHEPROG serves the build cache'
  if (!path.isAbsolute(gocache)) return `GOCACHE is ${JSON.stringify(gocache)}, not a directory`
  if (await hasEntries(gocache)) return `${gocache} already has entries`
  return undefined
}

/**
 * Post: prunes GOCACHE to what the job used or made and saves it under this run's key, unless the run added
 * next to nothing (gocache-files.ts `buildSaveSkip`). Returns a line for the log and the summary. It runs side
 * by side with the module cache's save, so the library's lines go to `held` instead of the log.
 */
export async function saveBuildCache(build: BuildEntryState, held: HeldLine[]): Promise<string> {
  try {
    return await pruneAndSave(build, held)
  } catch (e) {
    core.warning(`The build cache is not saved: ${errorMessage(e)}`, { title: 'Build cache' })
    return `Build cache: not saved (${errorMessage(e)}).`
  }
}

/** The log line when this run's event must never save build outputs (whatever `cache-save` says). */
export function buildSaveRefusal(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const event = untrustedEvent(env)
  return event
    ? `Build cache: not saved (a ${event} run may execute code from outside the repository; build outputs are never saved from it).`
    : undefined
}

async function pruneAndSave(build: BuildEntryState, held: HeldLine[]): Promise<string> {
  if (build.kind === 'skipped' || build.kind === 'unavailable')
    return `Build cache: not saved (restore was ${build.kind}).`
  const refusal = buildSaveRefusal()
  if (refusal) return refusal
  const [gocache] = build.paths
  const listing = performance.now()
  const entries = await listGocache(gocache)
  const listMs = performance.now() - listing
  const skip = buildSaveSkip({ entries: build.restored.files, bytes: build.restored.bytes }, totals(entries))
  if (skip) return `Build cache: not saved (${skip}).`
  // Looked up first, as for modules: a key another job holds is a note, never a refused reservation.
  const key = build.primaryKey
  return lookupThenSave(
    build.paths,
    key,
    async service => {
      if (service.keyExists) return `Build cache: not saved (${key} was saved by another job of this run).`
      const pruned = await pruneUnused(gocache, entries, build.usedSinceMs, listMs)
      return `Build cache: ${await saveGocache(service, key, totals(pruned.keep), pruned.note)}`
    },
    { holdIn: held }
  )
}

/** Drops the entries this job did not use; the note says what went and how long listing and pruning took. */
async function pruneUnused(
  gocache: string,
  entries: readonly GocacheEntry[],
  usedSinceMs: number,
  listMs: number
): Promise<{ keep: readonly GocacheEntry[]; note: string }> {
  const pruning = performance.now()
  const plan = planPrune(entries, usedSinceMs, await outputsNamedBy(gocache, entries, usedSinceMs))
  await removeEntries(gocache, plan.drop)
  const dropped = totals(plan.drop)
  const pruneMs = Math.round(listMs + performance.now() - pruning) // the service lookup before is not counted
  const note =
    dropped.entries > 0
      ? `pruned ${plural(dropped.entries, 'entry', 'entries')} (${formatBytes(dropped.bytes)}) this job did not use, in ${pruneMs} ms`
      : `nothing to prune (${pruneMs} ms)`
  return { keep: plan.keep, note }
}

async function saveGocache(
  service: LookupThenSave,
  key: string,
  kept: Totals,
  pruned: string
): Promise<string> {
  const call = await service.save()
  if (isKeyConflict(call)) return `not saved (another job of this run is saving ${key}; ${pruned}).`
  if (call.failure || call.value === -1) {
    const why = [call.failure, call.reserveError].filter(Boolean).join(': ') || 'the save returned no entry'
    core.warning(`The build cache is not saved: ${why}`, { title: 'Build cache' })
    return `not saved (the cache service failed; ${pruned}).`
  }
  return (
    `saved ${key} (${plural(kept.entries, 'entry', 'entries')}, ${formatBytes(kept.bytes)}, ${formatBytes(call.archiveBytes)} archive, ` +
    `${Math.round(call.ms)} ms; ${pruned}).`
  )
}
