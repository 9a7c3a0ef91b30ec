import { existsSync } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import { deriveGoprivate, runContextFrom } from '../credentials/goprivate.js'
import { findDownloadSet, type DownloadSet } from '../download/download-set.js'
import { GO_ENV_NAMES, type GoEnvSettings, type Inputs } from '../inputs/types.js'
import { findInconsistencies } from './consistency.js'
import { locateGo, type GoTool } from './locate-go.js'
import { planGoEnv, type EnvPlan } from './plan-env.js'

export interface Environment {
  readonly go: GoTool
  readonly plan: EnvPlan
  readonly downloadSet: DownloadSet
}

/**
 * Finds go and the download set, then applies the Go variables the inputs set: to this process (so the
 * action's own go calls see them) and, through GITHUB_ENV, to every later step of the job.
 */
export async function setupEnvironment(inputs: Inputs): Promise<Environment> {
  const go = await locateGo(inputs.goVersion)
  const downloadSet = await findDownloadSet(inputs.workingDirectory, process.env.GOWORK)
  const plan = planGoEnv(go.env, withDerivedGoprivate(inputs, go.env.GOPRIVATE))

  for (const [name, value] of Object.entries(plan.exported)) core.exportVariable(name, value)

  core.info(`Go ${go.env.GOVERSION} (${go.goPath}, from ${go.source === 'path' ? 'PATH' : 'the tool cache'})`)
  for (const name of GO_ENV_NAMES) {
    const derived = name === 'GOPRIVATE' && inputs.goEnv.GOPRIVATE === undefined
    const note =
      name in plan.exported ? `  (${derived ? 'derived from credentials' : 'set by input'}, exported)` : ''
    core.info(`${name}=${plan.effective[name]}${note}`)
  }
  core.info(`GOMODCACHE=${go.env.GOMODCACHE}`)
  const rel = (p: string) => path.relative(inputs.workingDirectory, p) || '.'
  core.info(
    downloadSet.mode === 'workspace'
      ? `Download set: workspace ${rel(downloadSet.files[0])} using ${downloadSet.files.length - 1} module(s)`
      : `Download set: ${downloadSet.roots.length} module(s): ${downloadSet.files.map(rel).join(', ') || 'none'}`
  )

  const roots = downloadSet.roots.map(r => ({ dir: rel(r), hasVendor: existsSync(path.join(r, 'vendor')) }))
  for (const warning of findInconsistencies(plan, { roots }))
    core.warning(warning, { title: 'Go environment' })

  core.setOutput('gomodcache', go.env.GOMODCACHE)
  core.setOutput('goproxy', plan.effective.GOPROXY)
  core.setOutput('goprivate', plan.effective.GOPRIVATE)
  return { go, plan, downloadSet }
}

/**
 * With no GOPRIVATE from the input or the runner, private modules would go to the public proxy and checksum
 * database: GOPRIVATE is then derived from the git credentials, and the log says what and why.
 */
function withDerivedGoprivate(inputs: Inputs, currentGoprivate: string): GoEnvSettings {
  if (inputs.goEnv.GOPRIVATE !== undefined || currentGoprivate !== '' || inputs.gitCredentials.length === 0) {
    return inputs.goEnv
  }
  const derived = deriveGoprivate(inputs.gitCredentials, runContextFrom(process.env))
  for (const note of derived.notes) {
    if (note.warning) core.warning(`GOPRIVATE: ${note.message}.`, { title: 'GOPRIVATE not derived' })
    else core.info(`GOPRIVATE: ${note.message}.`)
  }
  if (derived.patterns.length === 0) return inputs.goEnv
  core.info(
    `GOPRIVATE derived from the git credentials (input 'goprivate' is empty): ${derived.patterns.join(',')}`
  )
  return { ...inputs.goEnv, GOPRIVATE: derived.patterns.join(',') }
}
