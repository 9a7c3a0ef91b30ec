import { serverHost } from '../inputs/read-inputs.js'
import type { GitCredential } from '../inputs/types.js'

/** Hosts that serve public modules as well: a credential for the whole host must not send all of it direct. */
const SHARED_PUBLIC_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org'])

export interface DerivedGoprivate {
  /** GOPRIVATE patterns, most general first, none covered by another. */
  readonly patterns: readonly string[]
  /** Guesses (info) and credentials that gave no pattern (warnings); for the log. */
  readonly notes: readonly { readonly message: string; readonly warning: boolean }[]
}

export interface RunContext {
  /** Host of GITHUB_SERVER_URL (`github.com` when unset). */
  readonly serverHost: string
  /** GITHUB_REPOSITORY_OWNER: where a whole-host github.com token most likely has its private modules. */
  readonly repositoryOwner: string | undefined
}

/**
 * GOPRIVATE from the git credentials, for when the user set none: a credential's path prefix, or its whole
 * host when that host is private (GHES, a company GitLab). A token for all of github.com, gitlab.com or
 * bitbucket.org would send every public module there direct and unchecked, so it gives the repository owner's
 * namespace instead (github.com of the workflow itself), or nothing and a note.
 */
export function deriveGoprivate(credentials: readonly GitCredential[], run: RunContext): DerivedGoprivate {
  const candidates: string[] = []
  const notes: { message: string; warning: boolean }[] = []
  for (const c of credentials) {
    const hostname = c.host.replace(/:\d+$/, '')
    if (c.pathPrefix !== '') {
      candidates.push(`${hostname}/${c.pathPrefix}`)
    } else if (!SHARED_PUBLIC_HOSTS.has(hostname)) {
      candidates.push(hostname)
    } else if (hostname === run.serverHost && run.repositoryOwner) {
      candidates.push(`${hostname}/${run.repositoryOwner}`)
      notes.push({
        message:
          `the credential for all of ${hostname} gives ${hostname}/${run.repositoryOwner} (the owner of this ` +
          `repository), not all of ${hostname}: set 'goprivate' if your private modules live elsewhere`,
        warning: false
      })
    } else {
      notes.push({
        message:
          `the credential for all of ${hostname} gives no GOPRIVATE pattern, because that would send every ` +
          `public module on ${hostname} past the proxy and the checksum database: set 'goprivate' (e.g. ` +
          `${hostname}/your-org) or give the credential a path prefix`,
        warning: true
      })
    }
  }
  const unique = [...new Set(candidates)].sort((a, b) => a.split('/').length - b.split('/').length)
  const patterns = unique.filter(p => !unique.some(q => q !== p && p.startsWith(`${q}/`)))
  return { patterns, notes }
}

/** The run's server and owner, read from the runner's variables. */
export function runContextFrom(env: NodeJS.ProcessEnv): RunContext {
  return {
    serverHost: serverHost(env.GITHUB_SERVER_URL),
    repositoryOwner: env.GITHUB_REPOSITORY_OWNER || undefined
  }
}
