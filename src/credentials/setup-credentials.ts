import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import type { Environment } from '../environment/setup-environment.js'
import type { GitCredential, Inputs } from '../inputs/types.js'
import { plural } from '../util/format.js'
import { credentialState } from './credential-state.js'
import { planCredentials, type CredentialPlan } from './credential-plan.js'
import { runContextFrom } from '../environment/goprivate.js'
import { maskCredentialForms } from './masking.js'
import { userNetrcPath } from './netrc.js'
import { credentialFor, directRequirements, reportPreflight, runPreflight } from './preflight.js'
import { PREFIX, removeCredentialDir } from './remove-credentials.js'

/** What configuring credentials produced for the rest of the main step. */
export interface CredentialSetup {
  /** Extra environment for this action's own go and git processes (e.g. GIT_CONFIG_* entries, NETRC). */
  readonly processEnv: Readonly<Record<string, string>>
  /**
   * Removes what only this step's own processes needed (the netrc with `export-credentials: false`). Call it
   * when the main step ends; the post step removes it as well if main never got there.
   */
  release(): Promise<void>
}

/**
 * Gives the git credentials to git through configuration in the environment (never ~/.gitconfig) and the
 * proxy credentials to go through a netrc under RUNNER_TEMP (never ~/.netrc). With `export-credentials`,
 * later steps get the same through GITHUB_ENV, which holds only file paths; else only processEnv has them.
 */
export async function setupCredentials(inputs: Inputs, env: Environment): Promise<CredentialSetup> {
  const run = runContextFrom(process.env)
  const direct = directRequirements(env.downloadSet, env.plan.effective.GOPROXY, env.plan.effective.GONOPROXY)
  warnAboutMissingToken(inputs.gitCredentials, direct, run.serverHost)
  const { gitCredentials: git, proxyCredentials: proxies } = inputs
  if (git.length === 0 && proxies.length === 0) {
    core.info('No credentials given.')
    return { processEnv: {}, release: async () => {} }
  }
  maskCredentialForms(git, proxies)
  const plan = planCredentials({
    git,
    proxies,
    exportCredentials: inputs.exportCredentials,
    download: inputs.download,
    goauth: env.go.env.GOAUTH,
    userNetrc: proxies.length > 0 ? readUserNetrc() : undefined,
    env: process.env
  })
  const { processEnv, dir } = await applyCredentials(plan)
  if (plan.preflight)
    reportPreflight(await runPreflight(git, direct, run.serverHost, { ...process.env, ...processEnv }))
  const release = async () => {
    if (!plan.exported && dir !== undefined) core.info(await removeCredentialDir(dir))
  }
  return { processEnv, release }
}

/** Writes the plan's files into a fresh directory, then exports its variables or keeps them for this step. */
async function applyCredentials(
  plan: CredentialPlan
): Promise<{ processEnv: Record<string, string>; dir: string | undefined }> {
  let dir: string | undefined
  if (plan.files.length > 0) {
    dir = await makeCredentialDir()
    for (const file of plan.files)
      await writeFile(path.join(dir, file.name), file.text, { mode: 0o600, flag: 'wx' })
  }
  const { variables, notes } = plan.settle(dir ?? '')
  const processEnv: Record<string, string> = {}
  if (plan.exported) for (const [k, v] of Object.entries(variables)) core.exportVariable(k, v)
  else Object.assign(processEnv, variables)
  for (const note of notes) core.info(note)
  return { processEnv, dir }
}

async function makeCredentialDir(): Promise<string> {
  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), PREFIX))
  // Saved before any secret is written, so that post removes it even if main crashes right after.
  credentialState.save({ dir })
  return dir
}

/** The netrc go would read without us, so its entries for other hosts keep working. */
function readUserNetrc(): string | undefined {
  const file = process.env.NETRC || userNetrcPath(os.homedir())
  try {
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined
  } catch {
    return undefined
  }
}

/**
 * An empty `token` is what a pull request from a fork gets (no secrets), and it only shows later as git's
 * "could not read Username". Said up front when modules on the workflow's own server need it.
 */
function warnAboutMissingToken(
  git: readonly GitCredential[],
  direct: readonly string[],
  serverHost: string
): void {
  if (git.some(c => c.source === 'token')) return
  const uncovered = direct.filter(m => m.split('/')[0] === serverHost && credentialFor(git, m) === undefined)
  if (uncovered.length === 0) return
  const shown = uncovered.slice(0, 5).join(', ') + (uncovered.length > 5 ? ', …' : '')
  core.warning(
    `Input 'token' is empty, but ${plural(uncovered.length, 'required module')} on ${serverHost} ` +
      `${uncovered.length === 1 ? 'is' : 'are'} fetched directly ` +
      `with git (GOPRIVATE/GONOPROXY): ${shown}. git has no credential for them. If this run is a pull request ` +
      'from a fork, that is the likely cause: GitHub gives such runs no secrets, so `token: ${{ secrets.… }}` ' +
      'is empty. Public modules still download.',
    { title: "Input 'token' is empty" }
  )
}
