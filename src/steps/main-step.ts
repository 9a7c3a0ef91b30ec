import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import { downloadModules, failedVersions, type DownloadOutcome } from '../download/download.js'
import type { DownloadSet } from '../download/download-set.js'
import { parseRequirements } from '../download/go-mod-file.js'
import { setupEnvironment } from '../environment/setup-environment.js'
import { readInputs } from '../inputs/read-inputs.js'
import type { Inputs } from '../inputs/types.js'
import { annotateFailures } from '../report/annotations.js'
import { Phases } from '../report/phase.js'
import { writeSummary } from '../report/summary.js'
import { saveState } from '../state/state.js'
import { errorMessage } from '../util/errors.js'

/** The main step: inputs, Go environment, download, report. Every failure ends as one clear setFailed. */
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
  const phases = new Phases()
  const env = await phases.run('Go environment', () => setupEnvironment(inputs))
  saveState('gomodcache', env.go.env.GOMODCACHE)
  warnAboutPendingFeatures(inputs)

  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  let download: DownloadOutcome | undefined
  if (inputs.download) {
    if (env.downloadSet.roots.length === 0) {
      throw new Error(
        `No go.work or go.mod in working-directory ${inputs.workingDirectory} or below. Set 'working-directory' ` +
          `to the folder of your Go project, or 'download: false' to only set up the environment.`
      )
    }
    download = await phases.run('Download modules', () =>
      downloadModules(env.go.goPath, env.downloadSet, { timeoutMs: inputs.timeoutMs, workspace })
    )
    // A graph-load or checksum failure stops go before it lists any module: count the go.mod requirements then.
    const modules = download.modules || countRequirements(env.downloadSet)
    core.setOutput('modules', modules)
    core.setOutput('download-attempts', download.attempts)
    saveState('moduleCount', modules)
    saveState('downloadSucceeded', download.ok)
    const took = `${(download.durationMs / 1000).toFixed(2)} s, ${download.attempts} attempt(s)`
    core.info(
      download.ok
        ? `Downloaded ${modules} module versions in ${took}`
        : `Download failed after ${took}: ${describeFailures(download)}`
    )
  } else {
    core.setOutput('modules', countRequirements(env.downloadSet))
    core.setOutput('download-attempts', 0)
  }

  await writeSummary({
    goVersion: env.go.env.GOVERSION,
    workingDirectory: inputs.workingDirectory,
    workspace,
    mode: env.downloadSet.mode,
    roots: env.downloadSet.roots,
    env: env.plan.effective,
    exported: Object.keys(env.plan.exported) as (keyof typeof env.plan.exported)[],
    gomodcache: env.go.env.GOMODCACHE,
    download,
    timings: phases.timings
  })

  if (download && !download.ok) {
    annotateFailures(download.failures, workspace)
    core.setFailed(
      `go mod download failed: ${describeFailures(download)}. See the annotations and the job summary.`
    )
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
  for (const file of set.files.filter(f => f.endsWith('go.mod'))) {
    for (const r of parseRequirements(readFileSync(file, 'utf8'))) versions.add(`${r.path}@${r.version}`)
  }
  return versions.size
}

/** Inputs that are parsed and validated but whose feature is not in this build yet: say so, never silently. */
function warnAboutPendingFeatures(inputs: Inputs): void {
  if (inputs.gitCredentials.length || inputs.proxyCredentials.length) {
    core.warning(
      'Inputs token, git-credentials and proxy-credentials are validated and masked, but this build does not ' +
        'configure credentials yet: private modules need your own git or netrc setup for now.',
      { title: 'Credentials not applied' }
    )
  }
  if (inputs.cacheBuild) core.info('cache-build: the build cache is not restored or saved by this build yet.')
}
