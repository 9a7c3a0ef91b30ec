import { existsSync } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import { findDownloadSet, type DownloadSet } from '../download/download-set.js'
import { GO_ENV_NAMES, type Inputs } from '../inputs/types.js'
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
  const plan = planGoEnv(go.env, inputs.goEnv)

  for (const [name, value] of Object.entries(plan.exported)) core.exportVariable(name, value)

  core.info(`Go ${go.env.GOVERSION} (${go.goPath}, from ${go.source === 'path' ? 'PATH' : 'the tool cache'})`)
  for (const name of GO_ENV_NAMES) {
    const note = name in plan.exported ? '  (set by input, exported)' : ''
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
