import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import type { Environment } from '../environment/setup-environment.js'
import type { GitCredential, Inputs } from '../inputs/types.js'
import { credentialState } from './credential-state.js'
import { gitConfigEntries, gitConfigEnv, gitConfigFile } from './git-config.js'
import { runContextFrom } from '../environment/goprivate.js'
import { maskCredentialForms } from './masking.js'
import { goauthWithNetrc, netrcText, userNetrcPath } from './netrc.js'
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
  const { gitCredentials: git, proxyCredentials: proxies, exportCredentials } = inputs
  const none = { processEnv: {}, release: async () => {} }
  if (git.length === 0 && proxies.length === 0) {
    core.info('No credentials given.')
    return none
  }
  maskCredentialForms(git, proxies)

  const processEnv: Record<string, string> = {}
  const apply = (vars: Record<string, string>) => {
    if (exportCredentials) for (const [k, v] of Object.entries(vars)) core.exportVariable(k, v)
    else Object.assign(processEnv, vars)
  }
  let dir: string | undefined
  const credentialDir = async () => {
    if (dir !== undefined) return dir
    const temp = process.env.RUNNER_TEMP || os.tmpdir()
    dir = await mkdtemp(path.join(temp, PREFIX))
    // Saved before any secret is written, so that post removes it even if main crashes right after.
    credentialState.save({ dir })
    return dir
  }

  const entries = gitConfigEntries(git)
  if (entries.length > 0) {
    if (exportCredentials) {
      const file = path.join(await credentialDir(), 'gitconfig')
      await writeFile(file, gitConfigFile(entries), { mode: 0o600, flag: 'wx' })
      apply(gitConfigEnv([['include.path', file]], process.env))
    } else {
      // Only in this process's memory: nothing on disk for a later step to find.
      apply(gitConfigEnv(entries, process.env))
    }
    core.info(
      `Git credentials (https, and git@/ssh:// URLs rewritten to https): ${git.map(describe).join(', ')}`
    )
  }

  if (proxies.length > 0) {
    const file = path.join(await credentialDir(), 'netrc')
    await writeFile(file, netrcText(proxies, readUserNetrc()), { mode: 0o600, flag: 'wx' })
    const goauth = goauthWithNetrc(env.go.env.GOAUTH)
    apply({ NETRC: file, ...(goauth.value === undefined ? {} : { GOAUTH: goauth.value }) })
    if (goauth.note) core.info(goauth.note)
    core.info(
      `Proxy credentials for ${proxies.map(p => `${p.host} (user ${p.username})`).join(', ')} in ${file} ` +
        `(NETRC${goauth.value === undefined ? '' : ', GOAUTH'}); ~/.netrc is not changed.`
    )
  }
  core.info(
    exportCredentials
      ? 'Credentials are exported to later steps of this job and removed by the post step.'
      : 'Credentials are for this step only (export-credentials: false).'
  )

  if (inputs.download && git.length > 0)
    reportPreflight(await runPreflight(git, direct, run.serverHost, { ...process.env, ...processEnv }))
  const release = async () => {
    if (!exportCredentials && dir !== undefined) core.info(await removeCredentialDir(dir))
  }
  return { processEnv, release }
}

function describe(c: GitCredential): string {
  const scope = c.pathPrefix === '' ? c.host : `${c.host}/${c.pathPrefix}`
  return `${scope} (${c.source === 'token' ? "input 'token'" : 'git-credentials'}, user ${c.username})`
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
    `Input 'token' is empty, but ${uncovered.length} required module(s) on ${serverHost} are fetched directly ` +
      `with git (GOPRIVATE/GONOPROXY): ${shown}. git has no credential for them. If this run is a pull request ` +
      'from a fork, that is the likely cause: GitHub gives such runs no secrets, so `token: ${{ secrets.… }}` ' +
      'is empty. Public modules still download.',
    { title: "Input 'token' is empty" }
  )
}
