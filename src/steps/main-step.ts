import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { checksumFiles } from '../cache/keys.js'
import { recordPrivateModulesPolicy } from '../cache/private-modules.js'
import { restoreModuleCache } from '../cache/restore-cache.js'
import { setupCredentials, type CredentialSetup } from '../credentials/setup-credentials.js'
import { diagnose, reportDiagnosis, type Diagnosis } from '../diagnosis/diagnose.js'
import { downloadModules, failedVersions } from '../download/download.js'
import type { DownloadOutcome } from '../download/types.js'
import { modFiles, type DownloadSet } from '../go/download-set.js'
import { downloadState } from '../download/download-state.js'
import { readGoSums } from '../go/go-sum.js'
import { setupEnvironment, type Environment } from '../environment/setup-environment.js'
import { readInputs } from '../inputs/read-inputs.js'
import type { Inputs } from '../inputs/types.js'
import { Phases } from '../report/phase.js'
import { writeSummary } from '../report/summary.js'
import { errorMessage } from '../util/errors.js'
import { readOrEmpty } from '../util/files.js'
import { eventFacts } from '../util/event-payload.js'

/** The main step: one phase after another, each in its own log group. Every failure ends as one setFailed. */
export async function runMain(): Promise<void> {
  try {
    await main()
  } catch (e) {
    core.setFailed(errorMessage(e))
  }
}

async function main(): Promise<void> {
  // Parsing comes first and changes nothing: a bad input fails the step before any export or file write.
  const inputs = readInputs()
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const phases = new Phases()
  const env = await phases.run('Go environment', () => setupEnvironment(inputs))
  const credentials = await phases.run('Credentials', () => setupCredentials(inputs, env))
  recordPrivateModulesPolicy(inputs.cachePrivateModules, env.plan, eventFacts().privateRepository)
  try {
    await afterCredentials(inputs, workspace, phases, env, credentials)
  } finally {
    // What only this step's own processes needed goes now; the post step removes the rest.
    await credentials.release()
  }
}

async function afterCredentials(
  inputs: Inputs,
  workspace: string,
  phases: Phases,
  env: Environment,
  credentials: CredentialSetup
): Promise<void> {
  const cache = await phases.run('Module cache', () => restoreModuleCache(inputs, env))

  let download: DownloadOutcome | undefined
  let diagnosis: Diagnosis | undefined
  if (inputs.download) {
    if (env.downloadSet.roots.length === 0) {
      throw new Error(
        `No go.work or go.mod in working-directory ${inputs.workingDirectory} or below. Set 'working-directory' ` +
          `to the folder of your Go project, or 'download: false' to only set up the environment.`
      )
    }
    download = await phases.run('Download modules', () =>
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
    core.setOutput('modules', modules)
    core.setOutput('download-attempts', download.attempts)
    downloadState.save({ ok: download.ok, modules, gomodcache: env.go.env.GOMODCACHE })
    // A success was said by the engine's last line; a failure gets its summary here, before the diagnosis.
    if (!download.ok) {
      const took = `${(download.durationMs / 1000).toFixed(2)} s, ${download.attempts} attempt(s)`
      core.info(
        `Download failed after ${took} (${modules} module versions resolved): ${describeFailures(download)}`
      )
      const request = { download, env, inputs, workspace, processEnv: credentials.processEnv }
      diagnosis = await phases.run('Diagnosis', () => diagnose(request))
      reportDiagnosis(diagnosis, request)
    }
  } else {
    core.setOutput('modules', countRequirements(env.downloadSet))
    core.setOutput('download-attempts', 0)
  }

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

  if (download && !download.ok) {
    core.setFailed(
      `go mod download failed: ${describeFailures(download)}. See the annotations and the job summary.`
    )
  }
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
  return `${versions.length} module version${versions.length > 1 ? 's' : ''} could not be downloaded (${shown}${versions.length > 5 ? ', …' : ''})`
}

/** Without a download, the set is counted from the go.mod files: distinct module versions they require. */
function countRequirements(set: DownloadSet): number {
  const versions = new Set<string>()
  for (const file of modFiles(set).values()) {
    for (const r of file.requirements) versions.add(`${r.path}@${r.version}`)
  }
  return versions.size
}
