import type { GitCredential } from '../inputs/types.js'

/** One git configuration entry, `section.subsection.name` and its value, as `git -c` would take it. */
export type ConfigEntry = readonly [key: string, value: string]

/** The header git sends for a credential; the same form actions/checkout uses. */
export function authorizationHeader(c: Pick<GitCredential, 'username' | 'token'>): string {
  return `AUTHORIZATION: basic ${Buffer.from(`${c.username}:${c.token}`, 'utf8').toString('base64')}`
}

/** The URL a credential is scoped to: `https://host[:port]/[prefix/]`. */
function credentialUrl(c: Pick<GitCredential, 'host' | 'pathPrefix'>): string {
  return `https://${c.host}/${c.pathPrefix === '' ? '' : `${c.pathPrefix}/`}`
}

/**
 * Git configuration that gives each credential to the URLs under its host and prefix, and only to them.
 *
 * `http.<url>.extraheader` rather than a token in an `insteadOf` URL: a URL with a token would reach the
 * argv of git-remote-https (visible in ps) and the remote URL of go's VCS cache. Git applies a more specific
 * `http.<url>` entry after a less specific one, and extraheader is a list that an empty value resets, so
 * entries go from the shortest prefix to the longest, each reset first: the longest matching prefix wins
 * (also over an extraheader another tool set for the same URL).
 *
 * The ssh forms of the same repositories are rewritten to https so the header applies to them too.
 */
export function gitConfigEntries(credentials: readonly GitCredential[]): ConfigEntry[] {
  const ordered = [...credentials].sort(
    (a, b) => a.host.localeCompare(b.host) || a.pathPrefix.length - b.pathPrefix.length
  )
  const entries: ConfigEntry[] = []
  for (const c of ordered) {
    const url = credentialUrl(c)
    entries.push([`http.${url}.extraheader`, ''], [`http.${url}.extraheader`, authorizationHeader(c)])
  }
  for (const c of ordered) {
    // ssh has its own port; a credential for host:port names an https server only.
    if (c.host.includes(':')) continue
    const rest = c.pathPrefix === '' ? '' : `${c.pathPrefix}/`
    const url = credentialUrl(c)
    entries.push([`url.${url}.insteadOf`, `git@${c.host}:${rest}`])
    entries.push([`url.${url}.insteadOf`, `ssh://git@${c.host}/${rest}`])
  }
  return entries
}

/**
 * The entries as GIT_CONFIG_COUNT/KEY/VALUE environment variables (git 2.31+), after any the environment
 * already has: configuration for exactly the processes that get this environment, no file touched.
 */
export function gitConfigEnv(
  entries: readonly ConfigEntry[],
  current: NodeJS.ProcessEnv
): Record<string, string> {
  const start = /^\d+$/.test(current.GIT_CONFIG_COUNT ?? '') ? Number(current.GIT_CONFIG_COUNT) : 0
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(start + entries.length) }
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = key
    env[`GIT_CONFIG_VALUE_${start + i}`] = value
  })
  return env
}

/** The entries as a git config file (for `include.path`), in the same order. */
export function gitConfigFile(entries: readonly ConfigEntry[]): string {
  const lines = ['# Written by setup-gomod; removed by its post step.']
  for (const [key, value] of entries) {
    const first = key.indexOf('.')
    const last = key.lastIndexOf('.')
    const section = key.slice(0, first)
    const subsection = key.slice(first + 1, last)
    lines.push(`[${section} ${quote(subsection)}]`, `\t${key.slice(last + 1)} = ${quote(value)}`)
  }
  return `${lines.join('\n')}\n`
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}
