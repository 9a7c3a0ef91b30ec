import * as path from 'node:path'
import type { DownloadFailure, DownloadOutcome } from '../download/types.js'
import { modFiles, type DownloadSet } from '../go/download-set.js'
import type { Environment } from '../environment/setup-environment.js'
import { serverHost } from '../inputs/read-inputs.js'
import type { Inputs } from '../inputs/types.js'
import { annotateFindings, type LocatedFinding } from './annotations.js'
import { checkEnvironment, planProbes, type DiagnosisEnv } from './checks.js'
import { groupFindings, pickPrimary } from '../failure/classify.js'
import { nameRunningAction, runningAction } from '../failure/catalog.js'
import { describe } from '../failure/index.js'
import { runProbes, type ProbeResult } from './probes.js'
import { ambiguousModules, decide, ownPatterns } from './decide.js'
import { judgeDirective } from '../failure/directive-check.js'
import { redact } from '../failure/redact.js'
import { relabel } from '../failure/relabel.js'
import { sharpenWithGitProbes } from './sharpen.js'
import type { Finding } from '../failure/types.js'

export interface Diagnosis {
  /** The failure that explains the run, per the taxonomy's precedence rules. */
  readonly primary: Finding
  /** One per distinct failure. */
  readonly findings: readonly Finding[]
  /** The same, each with its module root. */
  readonly located: readonly LocatedFinding[]
  /** Probe results; empty when `diagnose` is false. */
  readonly probes: readonly ProbeResult[]
  /** Whether probes ran (input `diagnose`). */
  readonly probed: boolean
  /** Environment checks and probe conclusions, as sentences. */
  readonly notes: readonly string[]
  /** The settings shown in the summary, secrets redacted. */
  readonly environment: Readonly<Record<string, string>>
}

export interface DiagnosisRequest {
  readonly download: DownloadOutcome
  readonly env: Environment
  readonly inputs: Inputs
  readonly workspace: string
  /** Variables only the action's own processes have (credentials with `export-credentials: false`). */
  readonly processEnv?: Readonly<Record<string, string>>
}

/**
 * Names the failure of a download: every failure classified and grouped, the primary picked by precedence,
 * the environment checked against it, and (input `diagnose`) network and credential probes, bounded to about
 * 10 s, whose results can sharpen an unknown verdict.
 */
export async function diagnose(request: DiagnosisRequest): Promise<Diagnosis> {
  const failures: readonly DownloadFailure[] = request.download.failures ?? []
  const env = diagnosisEnv(request.env)
  const notes = checkEnvironment(env, groupFindings(locate(failures).map(l => l.finding)), {
    goLines: goLines(request.env.downloadSet, request.workspace)
  })
  const own = ownPatterns(env, request.inputs.gitCredentials, process.env.GITHUB_REPOSITORY_OWNER)
  let located = locate(failures)
  let probes: ProbeResult[] = []
  if (request.inputs.diagnose) {
    const plan = planProbes(env, groupFindings(located.map(l => l.finding)), {
      ...process.env,
      ...request.processEnv
    })
    const proxy = plan.endpoints.find(e => e.label === 'GOPROXY')?.url
    const moduleVersions = proxy
      ? ambiguousModules(located.map(l => l.finding)).map(m => ({ proxy, ...m }))
      : []
    probes = await runProbes({ ...plan, moduleVersions })
    const sharpened = sharpenWithGitProbes(located, probes, serverHost(plan.env.GITHUB_SERVER_URL))
    located = sharpened.located
    notes.push(...sharpened.notes)
  }
  const goLine = goLines(request.env.downloadSet, request.workspace)[0]?.version
  located = located.map(l => {
    const decided = decide(l.finding, probes, own)
    const judged = judgeDirective(decided.finding, env.GOVERSION, goLine)
    notes.push(...[decided.note, judged.note].filter((n): n is string => n !== undefined))
    return { ...l, finding: judged.finding }
  })
  const findings = groupFindings(located.map(l => l.finding))
  const primary = followProbes(
    pickPrimary(findings) ?? describe('go mod download failed without an error message'),
    probes,
    notes
  )
  // The fix YAML names the action as the workflow uses it (owner/repo@ref), when the runner says.
  const action = runningAction(process.env)
  return {
    primary: nameRunningAction(primary, action),
    findings: findings.map(f => nameRunningAction(f, action)),
    located: located.map(l => ({ ...l, finding: nameRunningAction(l.finding, action) })),
    probes,
    probed: request.inputs.diagnose,
    notes: [...new Set(notes)],
    environment: shownEnv(env)
  }
}

/**
 * What the endpoint probes add to the verdict. They never override a go error of another kind: only a failure
 * go's words leave unknown, and that shows go reaching for the network, follows a probe that failed the same
 * way; a transient verdict with every endpoint reachable now says a re-run is likely to pass.
 */
export function followProbes(primary: Finding, probes: readonly ProbeResult[], notes: string[]): Finding {
  const failed = probes.find(p => !p.ok && p.scenario)
  const reachedOut = /https?:\/\/|dial tcp|lookup |Get "|fetch/.test(primary.evidence.join('\n'))
  if (primary.id === 'unknown' && reachedOut && failed?.scenario) {
    notes.push(`Probe "${failed.check}" failed (${failed.detail}): the verdict follows it.`)
    return relabel(primary, failed.scenario)
  }
  if (primary.retryable && probes.length > 0 && probes.every(p => p.ok))
    notes.push(
      'Every probed endpoint is reachable now: the network path works, so a re-run is likely to get past a transient failure.'
    )
  return primary
}

/** Annotations; the main step sets the diagnosis outputs. */
export function reportDiagnosis(diagnosis: Diagnosis, request: DiagnosisRequest): void {
  annotateFindings(diagnosis.located, request)
}

function locate(failures: readonly DownloadFailure[]): LocatedFinding[] {
  const seen = new Map<string, LocatedFinding>()
  for (const f of failures) {
    const finding = describe(f.message, { module: f.module, version: f.version })
    const key = `${f.root}|${finding.id}|${finding.module ?? finding.evidence[0]}@${finding.version ?? ''}`
    const before = seen.get(key)
    seen.set(
      key,
      before
        ? { ...before, finding: { ...before.finding, occurrences: (before.finding.occurrences ?? 1) + 1 } }
        : { finding, root: f.root }
    )
  }
  return [...seen.values()]
}

function diagnosisEnv(env: Environment): DiagnosisEnv {
  const e = env.plan.effective
  const p = process.env
  // The real values: probes must reach the proxies; shownEnv redacts what is displayed.
  return {
    GOPROXY: e.GOPROXY,
    GOPRIVATE: e.GOPRIVATE,
    GONOPROXY: e.GONOPROXY,
    GONOSUMDB: e.GONOSUMDB,
    GOSUMDB: e.GOSUMDB,
    GOINSECURE: e.GOINSECURE,
    GOFLAGS: e.GOFLAGS,
    GOTOOLCHAIN: e.GOTOOLCHAIN,
    GOVERSION: env.go.env.GOVERSION,
    HTTPS_PROXY: p.HTTPS_PROXY ?? p.https_proxy,
    HTTP_PROXY: p.HTTP_PROXY ?? p.http_proxy,
    NO_PROXY: p.NO_PROXY ?? p.no_proxy
  }
}

function shownEnv(env: DiagnosisEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, redact(String(v))])
  )
}

function goLines(set: DownloadSet, workspace: string): { file: string; version: string }[] {
  const out: { file: string; version: string }[] = []
  for (const [file, parsed] of modFiles(set)) {
    if (parsed.go) out.push({ file: path.relative(workspace, file) || file, version: parsed.go })
  }
  return out
}
