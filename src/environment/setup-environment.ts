import { existsSync } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import { deriveGoprivate, runContextFrom } from './goprivate.js'
import { findDownloadSet, type DownloadSet } from '../go/download-set.js'
import { GO_ENV_NAMES, type GoEnvName, type GoEnvSettings, type Inputs } from '../inputs/types.js'
import { logText } from '../util/escape.js'
import { plural } from '../util/format.js'
import { redactUserinfo, userinfoSecrets } from '../util/url-userinfo.js'
import { findInconsistencies } from './consistency.js'
import { locateGo, type GoTool } from './locate-go.js'
import { planGoEnv, type EnvPlan } from './plan-env.js'

export interface Environment {
  readonly go: GoTool
  readonly plan: EnvPlan
  readonly downloadSet: DownloadSet
  /** The effective Go variables as they may be shown or output: URL userinfo (`user:password@`) redacted. */
  readonly shown: Readonly<Record<GoEnvName, string>>
}

/**
 * Finds go and the download set, then applies the Go variables the inputs set: to this process (so the
 * action's own go calls see them) and, through GITHUB_ENV, to every later step of the job.
 */
export async function setupEnvironment(inputs: Inputs): Promise<Environment> {
  const go = await locateGo(inputs.goVersion)
  // GOPROXY may carry `user:password@` from the job env or a GOENV file; go accepts it, nothing may show it.
  for (const secret of userinfoSecrets(Object.values(go.env).join(' '))) core.setSecret(secret)
  const downloadSet = await findDownloadSet(inputs.workingDirectory, process.env.GOWORK)
  const plan = planGoEnv(go.env, withDerivedGoprivate(inputs, go.env.GOPRIVATE))

  const shown = Object.fromEntries(GO_ENV_NAMES.map(n => [n, redactUserinfo(plan.effective[n])])) as Record<
    GoEnvName,
    string
  >
  for (const [name, value] of Object.entries(plan.exported)) core.exportVariable(name, value)

  const where = go.source === 'path' ? 'PATH' : 'the tool cache'
  core.info(`Go ${logText(go.env.GOVERSION)} (${logText(go.goPath)}, from ${where})`)
  for (const name of GO_ENV_NAMES) {
    const derived = name === 'GOPRIVATE' && inputs.goEnv.GOPRIVATE === undefined
    const note =
      name in plan.exported ? `  (${derived ? 'derived from credentials' : 'set by input'}, exported)` : ''
    core.info(`${name}=${logText(shown[name])}${note}`)
  }
  core.info(`GOMODCACHE=${logText(go.env.GOMODCACHE)}`)
  const rel = (p: string) => logText(path.relative(inputs.workingDirectory, p) || '.')
  core.info(
    downloadSet.mode === 'workspace'
      ? `Download set: workspace ${rel(downloadSet.files[0])} using ${plural(downloadSet.files.length - 1, 'module')}`
      : `Download set: ${plural(downloadSet.roots.length, 'module')}: ${listSome(downloadSet.files.map(rel)) || 'none'}`
  )

  const roots = downloadSet.roots.map(r => ({ dir: rel(r), hasVendor: existsSync(path.join(r, 'vendor')) }))
  for (const warning of findInconsistencies({ ...plan, effective: shown }, { roots }))
    core.warning(warning, { title: 'Go environment' })
  return { go, plan, downloadSet, shown }
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

/** The first few names, then how many more: one log line, however large the monorepo. */
function listSome(names: readonly string[], shown = 5): string {
  const more = names.length - shown
  return names.slice(0, shown).join(', ') + (more > 0 ? `, … (${more} more)` : '')
}
