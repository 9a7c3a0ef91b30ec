import type { GitCredential } from '../inputs/types.js'
import { escapeModulePath } from '../go/go-output.js'
import { adviseByOwnership, ownership, unavailableFix, type OwnPatterns } from '../failure/ownership.js'
import { MODULE_VERSIONS, type ProbeResult } from './probes.js'
import { alternativesFor } from '../failure/alternatives.js'
import { splitParts } from '../failure/parts.js'
import { relabel } from '../failure/relabel.js'
import type { Finding, ScenarioId } from '../failure/types.js'

/** Scenarios where a mirror's answer alone cannot tell a private, a vanished and a not-yet-fetched version apart. */
const MIRROR_AMBIGUOUS = new Set<ScenarioId>([
  'private-module-via-public-proxy',
  'private-module-sumdb',
  'proxy-origin-fetch-failed',
  'module-not-found',
  'unknown-revision'
])

/** The failing modules worth a version-list probe: those whose mirror answer is ambiguous. */
export function ambiguousModules(findings: readonly Finding[]): { module: string; version?: string }[] {
  return findings
    .filter(f => f.module && MIRROR_AMBIGUOUS.has(f.id) && (f.alternatives?.length ?? 0) > 0)
    .map(f => ({ module: f.module as string, ...(f.version && { version: f.version }) }))
}

/**
 * The user's own module path patterns: GOPRIVATE, GONOPROXY, GONOSUMDB, the path prefixes of git-credentials,
 * and for a credential of a whole host (the `token` input), the workflow repository's owner on it.
 */
export function ownPatterns(
  env: Readonly<Record<'GOPRIVATE' | 'GONOPROXY' | 'GONOSUMDB', string>>,
  credentials: readonly GitCredential[],
  repositoryOwner: string | undefined
): OwnPatterns {
  const patterns = [env.GOPRIVATE, env.GONOPROXY, env.GONOSUMDB].filter(Boolean)
  for (const c of credentials) {
    if (c.pathPrefix) patterns.push(`${c.host}/${c.pathPrefix}`)
    else if (repositoryOwner) patterns.push(`${c.host}/${repositoryOwner}`)
  }
  return { patterns }
}

/**
 * Replaces the taxonomy's old rule 3 (trust the mirror's git error) with evidence that holds: whether the path
 * is the user's own, and what the mirror's version list says now (the `module versions` probe). A decided
 * finding loses its alternatives, and a note names the evidence that decided.
 */
export function decide(
  finding: Finding,
  probes: readonly ProbeResult[],
  own: OwnPatterns
): { finding: Finding; note?: string } {
  const f = adviseByOwnership(finding, own)
  if (!MIRROR_AMBIGUOUS.has(f.id) || !f.module || !f.alternatives?.length) return { finding: f }
  const whose = ownership(f, own)
  const escaped = `/${escapeModulePath(f.module)}/@v/`
  const probe = probes.find(p => p.check === MODULE_VERSIONS && p.target.includes(escaped))
  const subject = `${f.module}${f.version ? `@${f.version}` : ''}`
  const decided = (id: ScenarioId, why: string) => ({
    finding: { ...(id === f.id ? f : adviseByOwnership(relabel(f, id), own)), alternatives: [] },
    note: `${subject}: ${why} The verdict is ${id}.`
  })
  if (probe?.ok && f.version && probe.detail.includes(`${f.version} listed`))
    return decided(
      'proxy-origin-fetch-failed',
      `probe "${MODULE_VERSIONS}" decided: the mirror lists ${f.version} now (${probe.target}), so it had not fetched it yet.`
    )
  if (probe?.ok)
    return decided(
      'unknown-revision',
      `probe "${MODULE_VERSIONS}" decided: other versions resolve (${probe.detail}), ${f.version ?? 'this one'} does not.`
    )
  const gone = probe && /HTTP (404|410)/.test(probe.detail)
  const privateId =
    f.id === 'private-module-sumdb' || /\/lookup\//.test(f.url ?? '')
      ? 'private-module-sumdb'
      : 'private-module-via-public-proxy'
  if (whose === 'own')
    return decided(
      privateId,
      `the path is under your own patterns (${own.patterns.join(', ')})${gone ? ` and probe "${MODULE_VERSIONS}" found no public version` : ''}.`
    )
  if (gone && whose === 'third-party') {
    const out = decided(
      'module-not-found',
      `probe "${MODULE_VERSIONS}" decided: the mirror has no version of it and the path is outside your own patterns, so the dependency is unavailable.`
    )
    return { ...out, finding: { ...out.finding, fix: unavailableFix(f, own) } }
  }
  if (gone && whose === 'unknown') return notPublic(f, privateId, subject)
  return { finding: f }
}

/** The mirror has no version of it: private (and the user's) or gone upstream, not a mirror catching up. */
function notPublic(f: Finding, privateId: ScenarioId, subject: string): { finding: Finding; note: string } {
  const transient = f.id === 'proxy-origin-fetch-failed' || f.id === 'unknown-revision'
  const base = transient ? relabel(f, privateId) : f
  const alternatives = alternativesFor(base.id, splitParts(f.evidence.join('\n')), f).filter(
    a => a.id !== 'proxy-origin-fetch-failed' && a.id !== 'unknown-revision'
  )
  return {
    finding: { ...base, alternatives },
    note: `${subject}: probe "${MODULE_VERSIONS}" found no version of it at the mirror: it is private or gone, not a mirror still catching up. The verdict is ${base.id}.`
  }
}
