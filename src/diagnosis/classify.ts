import { CATALOG, renderFix } from './catalog.js'
import { extractFields } from './extract.js'
import { matchScenario } from './matcher.js'
import { redact } from './redact.js'
import { splitLog } from './split-log.js'
import type { Finding, ScenarioId } from './types.js'

const MAX_EVIDENCE_LINES = 12

/**
 * Classifies one failure as go printed it (an `Error` field of `go mod download -json`, or a stderr block).
 * The download engine's retry decisions and the diagnosis use this one function: pure and fast.
 */
export function classifyFailure(
  message: string,
  context: { module?: string; version?: string } = {}
): Finding {
  const id = matchScenario(message)
  const fields = extractFields(message, context)
  const entry = CATALOG[id]
  return {
    id,
    title: entry.title,
    retryable: entry.retryable,
    ...fields,
    evidence: evidenceLines(message),
    fix: renderFix(id, fields)
  }
}

/** What a whole log says: the failure that explains it, and one finding per distinct failure. */
interface LogDiagnosis {
  readonly primary: Finding | null
  readonly findings: readonly Finding[]
}

/** Splits a log into failures, classifies each, groups repeats and picks the primary (classifyLog). */
export function classifyLog(text: string): LogDiagnosis {
  const findings = groupFindings(
    splitLog(text).map(f => classifyFailure(f.message, { module: f.module, version: f.version }))
  )
  return { primary: pickPrimary(findings), findings }
}

/** One finding per scenario and module version (or per first evidence line when no module is named). */
export function groupFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding>()
  for (const f of findings) {
    const key = `${f.id}|${f.module ? `${f.module}@${f.version ?? ''}` : (f.evidence[0] ?? '')}`
    const seen = groups.get(key)
    groups.set(key, seen ? { ...seen, occurrences: (seen.occurrences ?? 1) + 1 } : f)
  }
  return [...groups.values()]
}

/**
 * The failure that explains the run (failure-taxonomy.md, precedence): a SECURITY ERROR first, then
 * toolchain and setup failures that stop go before any module work, then failures that need a change, then
 * transient ones; ties go to the first in the log. So `diagnosis-retryable` is true only when every failure
 * is transient.
 */
export function pickPrimary(findings: readonly Finding[]): Finding | null {
  let best: Finding | null = null
  for (const f of findings) if (!best || rank(f.id) < rank(best.id)) best = f
  return best
}

const SETUP: readonly ScenarioId[] = [
  'goproxy-invalid',
  'gomod-parse-error',
  'gosum-malformed',
  'vendor-inconsistent',
  'replace-path-missing'
]

function rank(id: ScenarioId): number {
  if (id === 'checksum-mismatch') return 0
  if (id.startsWith('toolchain-') || id === 'go-missing') return 1
  if (SETUP.includes(id)) return 2
  if (id === 'unknown') return 5
  return CATALOG[id].retryable ? 4 : 3
}

function evidenceLines(message: string): string[] {
  const lines = redact(message)
    .split('\n')
    .map(l => l.trimEnd())
    .filter(l => l.trim() !== '')
  return lines.length > MAX_EVIDENCE_LINES ? [...lines.slice(0, MAX_EVIDENCE_LINES), '…'] : lines
}
