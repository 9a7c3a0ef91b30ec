import * as semver from 'semver'
import { goVersionToSemver } from '../go/go-version.js'
import { matchPrefixPatterns } from '../go/module-patterns.js'
import { serverHost } from '../inputs/read-inputs.js'
import type { GoEnvName } from '../inputs/types.js'
import { repositoryUrl } from '../go/repository.js'
import type { ProbePlan } from './probes.js'
import type { Finding } from '../failure/types.js'

/** The settings the diagnosis reads: the effective Go variables, go's version and the HTTP proxy variables. */
export type DiagnosisEnv = Readonly<Record<GoEnvName, string>> & {
  readonly GOVERSION: string
  readonly HTTPS_PROXY?: string
  readonly HTTP_PROXY?: string
  readonly NO_PROXY?: string
}

/** `go` lines of the download set's go.mod files, for the toolchain check. */
export interface ProjectFacts {
  readonly goLines: readonly { readonly file: string; readonly version: string }[]
}

/**
 * Pure checks of the environment against the failure: settings that explain it or contradict it. Each
 * result is a sentence that names the variable and what to change.
 */
export function checkEnvironment(
  env: DiagnosisEnv,
  findings: readonly Finding[],
  project: ProjectFacts
): string[] {
  const out: string[] = []
  for (const f of findings) {
    const m = f.module
    if (f.id === 'private-module-via-public-proxy' && m) {
      if (!matchPrefixPatterns(env.GOPRIVATE, m) && !matchPrefixPatterns(env.GONOPROXY, m))
        out.push(
          `GOPRIVATE=${show(env.GOPRIVATE)} and GONOPROXY=${show(env.GONOPROXY)} do not match ${m}, so it went to GOPROXY=${env.GOPROXY}.`
        )
    }
    if (
      f.id === 'private-module-sumdb' &&
      m &&
      env.GOSUMDB !== 'off' &&
      !matchPrefixPatterns(env.GONOSUMDB, m)
    )
      out.push(
        `GONOSUMDB=${show(env.GONOSUMDB)} does not match ${m}, so it was checked against GOSUMDB=${env.GOSUMDB}.`
      )
    if (f.id === 'goproxy-off' && /-mod=vendor/.test(env.GOFLAGS))
      out.push(`GOFLAGS=${env.GOFLAGS} disables module lookups: ${m ?? 'the module'} must be in vendor/.`)
    if (f.id === 'proxy-bad-response' && /,/.test(env.GOPROXY) && !/\|/.test(env.GOPROXY))
      out.push(
        `GOPROXY=${env.GOPROXY} uses ',', which falls through to the next entry only on 404/410; '|' would fall through on this error too.`
      )
  }
  const running = env.GOVERSION.replace(/^go/, '')
  const runningSemver = goVersionToSemver(env.GOVERSION)
  const newer = (v: string) => {
    const wanted = goVersionToSemver(`go${v}`)
    return runningSemver !== undefined && wanted !== undefined && semver.gt(wanted, runningSemver)
  }
  if (/^(local|path)$|\+path$/.test(env.GOTOOLCHAIN) || !env.GOTOOLCHAIN) {
    for (const g of project.goLines)
      if (newer(g.version))
        out.push(
          `${g.file} says go ${g.version}, newer than the running go ${running}, and GOTOOLCHAIN=${env.GOTOOLCHAIN || '(empty)'} does not switch.`
        )
  }
  const proxy = env.HTTPS_PROXY || env.HTTP_PROXY
  if (proxy) {
    const hosts = goproxyUrls(env.GOPROXY).map(u => new URL(u).hostname)
    const bypassed = hosts.filter(h =>
      (env.NO_PROXY ?? '').split(',').some(n => n.trim() && h.endsWith(n.trim().replace(/^\*?\.?/, '')))
    )
    out.push(
      `An HTTP proxy is set (${env.HTTPS_PROXY ? 'HTTPS_PROXY' : 'HTTP_PROXY'}); NO_PROXY=${show(env.NO_PROXY ?? '')}` +
        (bypassed.length
          ? ` bypasses it for ${bypassed.join(', ')}.`
          : '. Every module proxy and git host is reached through it.')
    )
  }
  return [...new Set(out)]
}

/** What the probes should look at: GOPROXY entries, GOSUMDB when it applied, HTTP proxies, private repos. */
export function planProbes(
  env: DiagnosisEnv,
  findings: readonly Finding[],
  processEnv: NodeJS.ProcessEnv
): ProbePlan {
  const endpoints = goproxyUrls(env.GOPROXY).map(url => ({ label: 'GOPROXY', url }))
  const sumdb = sumdbUrl(env.GOSUMDB)
  // The checksum database only matters when a failing module was checked against it.
  if (sumdb && findings.some(f => f.module && !matchPrefixPatterns(env.GONOSUMDB, f.module)))
    endpoints.push({ label: 'GOSUMDB', url: sumdb })
  const httpProxies = (['HTTPS_PROXY', 'HTTP_PROXY'] as const)
    .filter(n => env[n])
    .map(n => ({ name: n, url: env[n] as string }))
  const gitIds = new Set([
    'git-auth-missing',
    'git-auth-rejected',
    'ssh-auth-failed',
    'insecure-protocol',
    'unknown-revision',
    'vcs-unrecognized-import-path'
  ])
  const direct = /(^|[,|])direct($|[,|])/.test(env.GOPROXY)
  const gitRemotes = findings
    .filter(f => f.module && gitIds.has(f.id) && (direct || matchPrefixPatterns(env.GONOPROXY, f.module)))
    .map(f => repositoryUrl(f.module as string, serverHost(processEnv.GITHUB_SERVER_URL)))
  return { endpoints, httpProxies, gitRemotes: [...new Set(gitRemotes)], env: processEnv }
}

function goproxyUrls(goproxy: string): string[] {
  return goproxy
    .split(/[,|]/)
    .map(s => s.trim())
    .filter(s => /^https?:\/\//.test(s))
}

function sumdbUrl(gosumdb: string): string | undefined {
  if (!gosumdb || gosumdb === 'off') return undefined
  const [name, url] = gosumdb.trim().split(/\s+/)
  if (url) return /^https?:\/\//.test(url) ? url : `https://${url}`
  return `https://${name.split('+')[0]}`
}

function show(v: string): string {
  return v ? `"${v}"` : '(empty)'
}
