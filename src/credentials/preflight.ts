import * as core from '@actions/core'
import { modFiles, type DownloadSet } from '../go/download-set.js'
import { matchPrefixPatterns } from '../go/module-patterns.js'
import { lsRemote } from '../exec/ls-remote.js'
import { repositoryUrl } from '../go/repository.js'
import type { GitCredential } from '../inputs/types.js'
import { errorMessage } from '../util/errors.js'
import { formatSeconds } from '../util/format.js'

/** Each probe is stopped after this long; they run in parallel, so the whole preflight takes at most this. */
const PREFLIGHT_TIMEOUT_MS = 5_000

export type PreflightVerdict = 'ok' | 'rejected' | 'not-found' | 'unreachable' | 'failed'

export interface PreflightResult {
  /** `host[/prefix]` of the credential probed. */
  readonly scope: string
  readonly source: GitCredential['source']
  readonly module: string
  readonly url: string
  readonly verdict: PreflightVerdict
  /** git's own last lines (no secret: the URL carries none, and the log masks every form). */
  readonly detail: string
  readonly durationMs: number
}

function covers(c: Pick<GitCredential, 'host' | 'pathPrefix'>, modulePath: string): boolean {
  const scope = c.pathPrefix === '' ? c.host : `${c.host}/${c.pathPrefix}`
  return modulePath === scope || modulePath.startsWith(`${scope}/`)
}

/** The credential git uses for a module: the longest matching prefix. */
export function credentialFor<C extends Pick<GitCredential, 'host' | 'pathPrefix'>>(
  credentials: readonly C[],
  modulePath: string
): C | undefined {
  return credentials
    .filter(c => covers(c, modulePath))
    .sort((a, b) => b.pathPrefix.length - a.pathPrefix.length)[0]
}

/** Module paths required by the download set that go fetches directly (with git), not through a proxy. */
export function directRequirements(set: DownloadSet, goproxy: string, gonoproxy: string): string[] {
  const allDirect = goproxy.split(/[,|]/).every(p => p === 'direct' || p === 'off')
  const paths = new Set<string>()
  for (const file of modFiles(set).values()) for (const r of file.requirements) paths.add(r.path)
  return [...paths].filter(p => allDirect || matchPrefixPatterns(gonoproxy, p)).sort()
}

/**
 * For each credential, one authenticated `git ls-remote` of a required module it is for, all in parallel and
 * bounded: a rejected credential is then reported with its host before the download spends any retries.
 */
export async function runPreflight(
  credentials: readonly GitCredential[],
  modules: readonly string[],
  serverHost: string,
  env: NodeJS.ProcessEnv
): Promise<PreflightResult[]> {
  const probes = credentials.flatMap(c => {
    const module = modules.find(m => credentialFor(credentials, m) === c)
    return module === undefined ? [] : [{ c, module }]
  })
  return Promise.all(
    probes.map(async ({ c, module }) => {
      const url = repositoryUrl(module, serverHost)
      const scope = c.pathPrefix === '' ? c.host : `${c.host}/${c.pathPrefix}`
      const base = { scope, source: c.source, module, url }
      try {
        const r = await lsRemote(url, env, PREFLIGHT_TIMEOUT_MS)
        const detail = r.stderr.trim().split('\n').slice(-2).join(' / ')
        const verdict = r.timedOut ? 'unreachable' : r.exitCode === 0 ? 'ok' : classify(r.stderr)
        return { ...base, verdict, detail, durationMs: r.durationMs }
      } catch (e) {
        return { ...base, verdict: 'failed' as const, detail: errorMessage(e), durationMs: 0 }
      }
    })
  )
}

function classify(stderr: string): PreflightVerdict {
  if (
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|\b40[13]\b/i.test(
      stderr
    )
  )
    return 'rejected'
  if (/not found|does not exist|\b404\b/i.test(stderr)) return 'not-found'
  if (/Could not resolve host|Failed to connect|timed out|unable to access/i.test(stderr))
    return 'unreachable'
  return 'failed'
}

/** One log line per probe; a warning naming the host and the input for each one that did not pass. */
export function reportPreflight(results: readonly PreflightResult[]): void {
  for (const r of results) {
    const input = r.source === 'token' ? "input 'token'" : "input 'git-credentials'"
    const took = formatSeconds(r.durationMs)
    if (r.verdict === 'ok') {
      core.info(`Preflight: the credential for ${r.scope} (${input}) can read ${r.url} (${took}).`)
      continue
    }
    const why: Record<Exclude<PreflightVerdict, 'ok'>, string> = {
      rejected:
        `${r.scope.split('/')[0]} rejected the credential for ${r.scope} (${input}) when reading ${r.url}. ` +
        'Check that the token is valid, not expired, and may read that repository (GitHub: contents read; ' +
        'GitLab: read_repository; Bitbucket: repository read), and that the username fits the host.',
      'not-found':
        `${r.url} (for ${r.module}) was not found with the credential for ${r.scope} (${input}). GitHub and ` +
        'others answer "not found" when a token may not read a private repository.',
      unreachable: `${r.url} could not be reached within ${formatSeconds(PREFLIGHT_TIMEOUT_MS)} to check the credential for ${r.scope}.`,
      failed: `Checking the credential for ${r.scope} (${input}) on ${r.url} failed.`
    }
    core.warning(`${why[r.verdict]}\ngit: ${r.detail || '(no output)'}`, {
      title: `Credential check: ${r.scope}`
    })
  }
}
