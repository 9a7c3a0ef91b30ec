import {
  base64,
  checkHost,
  credentialLines,
  maskPieces,
  maskLineWithoutEquals,
  maskSwappedLine,
  maskUserinfo,
  shownLine,
  type CredentialLine
} from './credential-lines.js'
import { REDACTED, type Report } from './problem-list.js'
import type { GitCredential } from './types.js'

const LINE_FORM =
  'one entry a line, `host[/path-prefix]=[username:]token`, e.g. `gitlab.corp.example/team=oauth2:<token>`'

/** The username each well-known forge expects with a token over HTTPS basic auth. */
export function defaultGitUsername(host: string, serverHost: string): string | undefined {
  const hostname = host.replace(/:\d+$/, '')
  const server = serverHost.toLowerCase()
  if (hostname === 'github.com' || hostname.endsWith('.ghe.com')) return 'x-access-token'
  if (host === server || hostname === server.replace(/:\d+$/, '')) return 'x-access-token'
  if (hostname === 'gitlab.com' || hostname.split('.')[0] === 'gitlab') return 'oauth2'
  if (hostname === 'bitbucket.org') return 'x-token-auth'
  return undefined
}

/** Every form in which git or go may print a token: raw, in a URL, and inside a basic-auth header. */
export function maskGitSecret(
  token: string,
  username: string | undefined,
  mask: (secret: string) => void
): void {
  if (token === '') return
  maskPieces(token, mask)
  const encoded = encodeURIComponent(token)
  if (encoded !== token) mask(encoded)
  if (username !== undefined) {
    mask(`${username}:${token}`)
    mask(base64(`${username}:${token}`))
  }
}

export function parseToken(
  raw: string,
  serverHost: string,
  mask: (secret: string) => void,
  report: Report
): GitCredential | undefined {
  const username = 'x-access-token'
  maskGitSecret(raw, username, mask)
  if (/[\r\n]/.test(raw)) {
    report(
      REDACTED,
      'has more than one line',
      'a single token; use `git-credentials` for tokens of other hosts'
    )
    return undefined
  }
  if (/\s/.test(raw)) {
    report(
      REDACTED,
      'has whitespace inside the token',
      'the token alone, without spaces or a `token ` prefix'
    )
    return undefined
  }
  return { source: 'token', host: serverHost.toLowerCase(), pathPrefix: '', username, token: raw }
}

export function parseGitCredentials(
  raw: string,
  serverHost: string,
  mask: (secret: string) => void,
  report: Report,
  token: GitCredential | undefined
): GitCredential[] {
  const lines = credentialLines(raw)
  // Mask everything first: a problem in line 3 must not be reported before line 5's token is masked.
  const split = lines.map(line => splitLine(line, serverHost, mask))
  const result: GitCredential[] = []
  // Two tokens for one host and prefix leave it to chance which one git sends.
  const seen = new Map<string, string>()
  if (token !== undefined) seen.set(`${token.host}/`, 'the `token` input (for the whole host)')
  for (const [i, line] of lines.entries()) {
    const credential = checkLine(line, split[i], report)
    if (credential === undefined) continue
    const key = `${credential.host}/${credential.pathPrefix}`
    const first = seen.get(key)
    if (first !== undefined) {
      report(
        shownLine(line),
        `(line ${line.number}) gives a second token for the same host and path prefix as ${first}`,
        'one entry per host and path prefix'
      )
      continue
    }
    seen.set(key, `line ${line.number}`)
    result.push(credential)
  }
  return result
}

interface SplitLine {
  readonly username: string | undefined
  readonly token: string
  readonly explicitUsername: boolean
}

function splitLine(line: CredentialLine, serverHost: string, mask: (secret: string) => void): SplitLine {
  maskLineWithoutEquals(line, mask)
  maskSwappedLine(line, mask)
  maskUserinfo(line, mask)
  const right = line.right ?? ''
  const colon = right.indexOf(':')
  const explicitUsername = colon >= 0
  const token = explicitUsername ? right.slice(colon + 1) : right
  const host = line.left
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .split('/')[0]
    .toLowerCase()
  const username = explicitUsername ? right.slice(0, colon) : defaultGitUsername(host, serverHost)
  maskGitSecret(token, username, mask)
  // Before `:` may be a token too when the user swapped the parts; it is never printed either way.
  if (explicitUsername && token === '' && right.length > 1) mask(right.slice(0, -1))
  return { username, token, explicitUsername }
}

function checkLine(line: CredentialLine, split: SplitLine, report: Report): GitCredential | undefined {
  const shown = shownLine(line)
  const where = `(line ${line.number}) `
  if (line.right === undefined) return void report(shown, `${where}has no \`=\``, LINE_FORM)
  const host = checkHost(line.left, LINE_FORM)
  if ('problem' in host) return void report(shown, where + host.problem, host.expected)
  const prefix = host.rest
  if (prefix.endsWith('/')) {
    return void report(
      shown,
      `${where}has a trailing slash after the path prefix`,
      `\`${line.left.replace(/\/+$/, '')}=…\``
    )
  }
  if (prefix.includes('@')) {
    return void report(
      shown,
      `${where}has an \`@\` in the path prefix`,
      `a repository path prefix such as \`${host.host}/acme\``
    )
  }
  if (/\s/.test(prefix) || prefix.startsWith('/') || prefix.includes('//')) {
    return void report(shown, `${where}has an empty path element or whitespace in the path prefix`, LINE_FORM)
  }
  const { username, token } = split
  if (split.explicitUsername && username === '') {
    return void report(
      shown,
      `${where}has an empty username before \`:\``,
      `a username, or no \`:\` for the host's default, e.g. \`${line.shown}=<token>\``
    )
  }
  if (token === '') {
    // `host=${{ secrets.X }}` on a pull request from a fork: GitHub gives such runs no secrets.
    return void report(
      shown,
      `${where}has an empty token (on a pull request from a fork, \`\${{ secrets.… }}\` is empty)`,
      LINE_FORM
    )
  }
  if (/\s/.test(token) || /\s/.test(username ?? ''))
    return void report(shown, `${where}has whitespace inside the username or token`, LINE_FORM)
  if (username === undefined) {
    return void report(
      shown,
      `${where}needs a username: ${host.host} has no known default`,
      `\`${line.shown}=<username>:<token>\` (GitHub \`x-access-token\`, GitLab \`oauth2\`, Bitbucket \`x-token-auth\`)`
    )
  }
  return { source: 'git-credentials', host: host.host, pathPrefix: prefix, username, token }
}
