import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { checksumFiles } from '../cache/keys.js'
import { recordPrivateModulesPolicy } from '../cache/private-modules.js'
import {
  finishCacheRestore,
  restoreModuleCache,
  type CacheRestore,
  type ModuleCacheRestore
} from '../cache/restore-cache.js'
import { setupCredentials, type CredentialSetup } from '../credentials/setup-credentials.js'
import { diagnose, reportDiagnosis, type Diagnosis, type DiagnosisRequest } from '../diagnosis/diagnose.js'
import { downloadModules, failedVersions } from '../download/download.js'
import type { DownloadOutcome } from '../download/types.js'
import { modFiles, type DownloadSet } from '../go/download-set.js'
import { downloadState } from '../download/download-state.js'
import { readGoSums } from '../go/go-sum.js'
import { setupEnvironment, type Environment } from '../environment/setup-environment.js'
import type { Inputs } from '../inputs/types.js'
import { Phases } from '../report/phase.js'
import { writeSummary } from '../report/summary.js'
import { readOrEmpty } from '../util/files.js'
import { eventFacts } from '../util/event-payload.js'
import { formatSeconds, plural } from '../util/format.js'

/** What the phases returned so far; each is set when its phase finishes. */
export interface StepResults {
  env?: Environment
  cache?: CacheRestore
  download?: DownloadResult
  diagnosis?: Diagnosis
}

interface DownloadResult {
  /** Undefined with `download: false`. */
  readonly outcome: DownloadOutcome | undefined
  readonly modules: number
  readonly attempts: number
}

/** The phases of the main step after the inputs, in their order; `results` gets each one's result as it ends. */
export async function runPhases(inputs: Inputs, workspace: string, results: StepResults): Promise<void> {
  const phases = new Phases()
  const env = (results.env = await phases.run('Go environment', () => setupEnvironment(inputs)))
  const credentials = await phases.run('Credentials', () => setupCredentials(inputs, env))
  recordPrivateModulesPolicy(inputs.cachePrivateModules, env.plan, eventFacts().privateRepository)
  try {
    const restoring = await phases.run('Module cache', () => restoreModuleCache(inputs, env))
    let cache: CacheRestore
    try {
      results.download = await downloadPhase(inputs, workspace, phases, env, credentials)
    } finally {
      // The build cache restored behind the download; also after a failed one, so that post can save.
      cache = results.cache = await buildCachePhase(restoring, phases)
    }
    const download = results.download
    const failed = download.outcome?.ok === false ? download.outcome : undefined
    if (failed) {
      const request = { download: failed, env, inputs, workspace, processEnv: credentials.processEnv }
      results.diagnosis = await diagnosisPhase(request, phases)
    }
    await summaryPhase(workspace, phases, env, cache, download.outcome, results.diagnosis)
    if (failed) {
      core.setFailed(
        `go mod download failed: ${describeFailures(failed)}. See the annotations and the job summary.`
      )
    }
  } finally {
    // What only this step's own processes needed goes now; the post step removes the rest.
    await credentials.release()
  }
}

async function downloadPhase(
  inputs: Inputs,
  workspace: string,
  phases: Phases,
  env: Environment,
  credentials: CredentialSetup
): Promise<DownloadResult> {
  if (!inputs.download)
    return { outcome: undefined, modules: countRequirements(env.downloadSet), attempts: 0 }
  if (env.downloadSet.roots.length === 0) {
    throw new Error(
      `No go.work or go.mod in working-directory ${inputs.workingDirectory} or below. Set 'working-directory' ` +
        `to the folder of your Go project, or 'download: false' to only set up the environment.`
    )
  }
  const download = await phases.run('Download modules', () =>
    downloadModules({
      goPath: env.go.goPath,
      set: env.downloadSet,
      inputs,
      workspace,
      env: { ...process.env, ...credentials.processEnv },
      // Already read by the environment phase: saves the engine a go env call.
      gomodcache: env.go.env.GOMODCACHE,
      prefetch: prefetchFor(env, credentials)
    })
  )
  // What go resolved: after a failure, the versions go reported before it stopped (a graph-load or workspace
  // failure reports none), never go.mod's requirement lines, which say nothing about what was downloaded.
  const modules = download.modules
  downloadState.save({
    ok: download.ok,
    modules,
    gomodcache: env.go.env.GOMODCACHE,
    selected: download.selected
  })
  // A success was said by the engine's last line; a failure gets its summary here, before the diagnosis.
  if (!download.ok) {
    const took = `${formatSeconds(download.durationMs)}, ${plural(download.attempts, 'attempt')}`
    core.info(
      `Download failed after ${took} (${plural(modules, 'module version')} resolved): ${describeFailures(download)}`
    )
  }
  return { outcome: download, modules, attempts: download.attempts }
}

/** Its own log group when the build cache was restored behind the download, else only the record for post. */
function buildCachePhase(restoring: ModuleCacheRestore, phases: Phases): Promise<CacheRestore> {
  const finish = () => finishCacheRestore(restoring)
  return restoring.build ? phases.run('Build cache', finish) : finish()
}

async function diagnosisPhase(request: DiagnosisRequest, phases: Phases): Promise<Diagnosis> {
  const diagnosis = await phases.run('Diagnosis', () => diagnose(request))
  reportDiagnosis(diagnosis, request)
  return diagnosis
}

async function summaryPhase(
  workspace: string,
  phases: Phases,
  env: Environment,
  cache: CacheRestore,
  download: DownloadOutcome | undefined,
  diagnosis: Diagnosis | undefined
): Promise<void> {
  await writeSummary({
    goVersion: env.go.env.GOVERSION,
    workspace,
    mode: env.downloadSet.mode,
    roots: env.downloadSet.roots,
    env: env.shown,
    exported: Object.keys(env.plan.exported) as (keyof typeof env.plan.exported)[],
    gomodcache: env.go.env.GOMODCACHE,
    cache,
    download,
    diagnosis,
    timings: phases.timings
  })
}

/** What the engine's prefetch needs: the proxy go would ask, its credentials, and go.sum to check against. */
function prefetchFor(env: Environment, credentials: CredentialSetup) {
  const processEnv = { ...process.env, ...credentials.processEnv }
  const proxyVars = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy']
  return {
    source: {
      goproxy: env.plan.effective.GOPROXY,
      noProxy: env.plan.effective.GONOPROXY,
      netrc: readOrEmpty(processEnv.NETRC || path.join(os.homedir(), '.netrc')),
      viaHttpProxy: proxyVars.some(name => Boolean(processEnv[name])),
      env: processEnv
    },
    sums: readGoSums(checksumFiles(env.downloadSet.files).map(readOrEmpty))
  }
}

function describeFailures(download: DownloadOutcome): string {
  const versions = failedVersions(download.failures)
  if (versions.length === 0) return download.failures[0]?.message.split('\n')[0] ?? 'unknown error'
  const shown = versions.slice(0, 5).join(', ')
  return `${plural(versions.length, 'module version')} could not be downloaded (${shown}${versions.length > 5 ? ', …' : ''})`
}

/** Without a download, the set is counted from the go.mod files: distinct module versions they require. */
function countRequirements(set: DownloadSet): number {
  const versions = new Set<string>()
  for (const file of modFiles(set).values()) {
    for (const r of file.requirements) versions.add(`${r.path}@${r.version}`)
  }
  return versions.size
}
