import * as core from '@actions/core'
import type { EnvPlan } from '../environment/plan-env.js'
import { matchPrefixPatterns } from '../go/module-patterns.js'
import type { CachePrivateModules } from '../inputs/types.js'
import { stateItem } from '../state/state.js'
import { plural } from '../util/format.js'
import type { CacheState } from './cache-state.js'
import { listDownloadDir, pruneDownloadDir, type DownloadEntry } from './module-files.js'

/**
 * Private module source must not reach a cache entry that someone without the credentials can restore: GitHub
 * lets pull requests, from forks too, restore the caches of their base branch. Main decides (it knows the
 * inputs, the patterns go used and the repository's visibility); post leaves the matching versions out of the
 * archive. The next run fetches them again with its own credentials.
 */
interface PrivateModulesPolicy {
  /** Leave the versions matching `patterns` out of the saved module cache. */
  readonly leaveOut: boolean
  /** Why, for the log and the summary. */
  readonly why: string
  /** GOPRIVATE and GONOPROXY as go saw them (inputs, the runner's env or GOENV, or derived from credentials). */
  readonly patterns: readonly string[]
}

const privateModulesPolicy = stateItem<PrivateModulesPolicy>('private-modules')

/** Main step: records what post must leave out. */
export function recordPrivateModulesPolicy(
  mode: CachePrivateModules,
  plan: EnvPlan,
  privateRepository: boolean
): void {
  const leaveOut = mode === 'never' || (mode === 'auto' && !privateRepository)
  const why =
    mode === 'never'
      ? 'cache-private-modules: never'
      : 'the event payload does not say this repository is private, and pull requests from forks can ' +
        'restore its caches (cache-private-modules: auto)'
  const patterns = [plan.effective.GOPRIVATE, plan.effective.GONOPROXY].filter(p => p !== '' && p !== 'none')
  privateModulesPolicy.save({ leaveOut, why, patterns })
}

/**
 * Post step, before the archive is made: removes the private module versions from the download tree (and the
 * directories they leave empty, so not even their paths are archived). Returns lines for the log and summary.
 */
export async function leavePrivateModulesOut(state: CacheState): Promise<string[]> {
  const m = state.module
  const policy = privateModulesPolicy.load()
  if ((m.kind !== 'miss' && m.kind !== 'partial') || !policy?.leaveOut) return []
  // A later step of the job may have widened GOPRIVATE; what it fetched is private too.
  const patterns = [...policy.patterns, process.env.GOPRIVATE ?? '', process.env.GONOPROXY ?? '']
    .filter(p => p !== '' && p !== 'none')
    .join(',')
  if (patterns === '') return []
  const [downloadDir] = m.paths
  const entries = (await listDownloadDir(downloadDir)).filter(e => matchPrefixPatterns(patterns, e.module))
  if (entries.length === 0) return []
  const versions = privateVersions(entries)
  await pruneDownloadDir(downloadDir, entries, { zips: new Set(), goMods: new Set() })
  const shown = versions.slice(0, 5).join(', ') + (versions.length > 5 ? ', …' : '')
  core.info(`Left ${plural(entries.length, 'file')} of private module versions out of the module cache.`)
  return [
    `Module cache: left out ${plural(versions.length, 'private module version')} matching GOPRIVATE/GONOPROXY ` +
      `(${shown}): ${policy.why}. The next run fetches them again with its credentials.`
  ]
}

function privateVersions(entries: readonly DownloadEntry[]): string[] {
  const versions = entries.filter(e => e.version !== undefined).map(e => `${e.module}@${e.version}`)
  return [...new Set(versions)].sort()
}
