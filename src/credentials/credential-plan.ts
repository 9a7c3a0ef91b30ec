import * as path from 'node:path'
import type { GitCredential, ProxyCredential } from '../inputs/types.js'
import { gitConfigEntries, gitConfigEnv, gitConfigFile } from './git-config.js'
import { goauthWithNetrc, netrcText } from './netrc.js'

/** Everything planCredentials needs: the credential inputs and what the machine already has. */
export interface CredentialRequest {
  readonly git: readonly GitCredential[]
  readonly proxies: readonly ProxyCredential[]
  readonly exportCredentials: boolean
  readonly download: boolean
  /** GOAUTH as go reports it ('' before go 1.24). */
  readonly goauth: string
  /** The netrc go would read without us, kept after our entries; undefined when there is none. */
  readonly userNetrc: string | undefined
  /** The environment whose GIT_CONFIG_* entries ours follow. */
  readonly env: NodeJS.ProcessEnv
}

/** A file written (mode 0600, never overwriting) into the step's fresh credential directory. */
export interface CredentialFile {
  readonly name: 'gitconfig' | 'netrc'
  readonly text: string
}

export interface SettledCredentials {
  /** For go and git: exported to later steps, or only in this step's own process environment. */
  readonly variables: Readonly<Record<string, string>>
  /** What the log says about them, in order. */
  readonly notes: readonly string[]
}

export interface CredentialPlan {
  /** Later steps get the variables through GITHUB_ENV (which then holds only file paths). */
  readonly exported: boolean
  /** Empty: no credential directory is made. */
  readonly files: readonly CredentialFile[]
  /** The variables and log lines once the files are in `dir`, a directory only the credential step knows. */
  readonly settle: (dir: string) => SettledCredentials
  /** Check the git credentials against the module repositories before the download. */
  readonly preflight: boolean
}

/**
 * What giving the credentials to go and git takes, decided without touching anything: git gets configuration
 * in the environment (never ~/.gitconfig), through an included file when it is exported (so GITHUB_ENV holds
 * no token) and only in memory otherwise; go gets the proxy credentials through a netrc of our own.
 */
export function planCredentials(r: CredentialRequest): CredentialPlan {
  const entries = gitConfigEntries(r.git)
  const goauth = goauthWithNetrc(r.goauth)
  const files: CredentialFile[] = []
  if (entries.length > 0 && r.exportCredentials)
    files.push({ name: 'gitconfig', text: gitConfigFile(entries) })
  if (r.proxies.length > 0) files.push({ name: 'netrc', text: netrcText(r.proxies, r.userNetrc) })

  const settle = (dir: string): SettledCredentials => {
    const variables: Record<string, string> = {}
    const notes: string[] = []
    if (entries.length > 0) {
      // Not exported: the entries themselves, only in this process's memory, nothing on disk for a later step.
      const config = r.exportCredentials ? [['include.path', path.join(dir, 'gitconfig')] as const] : entries
      Object.assign(variables, gitConfigEnv(config, r.env))
      notes.push(
        `Git credentials (https, and git@/ssh:// URLs rewritten to https): ${r.git.map(describe).join(', ')}`
      )
    }
    if (r.proxies.length > 0) {
      const file = path.join(dir, 'netrc')
      Object.assign(variables, {
        NETRC: file,
        ...(goauth.value === undefined ? {} : { GOAUTH: goauth.value })
      })
      if (goauth.note) notes.push(goauth.note)
      notes.push(
        `Proxy credentials for ${r.proxies.map(p => `${p.host} (user ${p.username})`).join(', ')} in ${file} ` +
          `(NETRC${goauth.value === undefined ? '' : ', GOAUTH'}); ~/.netrc is not changed.`
      )
    }
    notes.push(
      r.exportCredentials
        ? 'Credentials are exported to later steps of this job and removed by the post step.'
        : 'Credentials are for this step only (export-credentials: false).'
    )
    return { variables, notes }
  }
  return { exported: r.exportCredentials, files, settle, preflight: r.download && r.git.length > 0 }
}

function describe(c: GitCredential): string {
  const scope = c.pathPrefix === '' ? c.host : `${c.host}/${c.pathPrefix}`
  return `${scope} (${c.source === 'token' ? "input 'token'" : 'git-credentials'}, user ${c.username})`
}
