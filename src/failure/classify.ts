import { alternativesFor } from './alternatives.js'
import { CATALOG, renderFix } from './catalog.js'
import { extractFields } from './extract.js'
import { matchScenario } from './matcher.js'
import { splitParts } from './parts.js'
import { judgeDirective, runningGoInLog } from './directive-check.js'
import { reconcile } from './log-evidence.js'
import { adviseByOwnership } from './ownership.js'
import { redact } from './redact.js'
import { splitLog } from './split-log.js'
import { STAGES, stageOf } from './stages.js'
import type { Finding } from './types.js'

const MAX_EVIDENCE_LINES = 12
/**
 * A compiler or vet error (`file.go:L:C: msg` without a module version): not a module failure, so a log of a
 * build that failed after its modules were downloaded has no primary.
 */
const COMPILER_ERROR = /^\S+\.go:\d+(:\d+)?: (?![^\n]*@v?\d)/

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
  const alternatives = alternativesFor(id, splitParts(message), fields)
  return {
    id,
    title: entry.title,
    retryable: entry.retryable,
    ...fields,
    evidence: evidenceLines(message),
    fix: renderFix(id, fields),
    ...(alternatives.length > 0 && { alternatives })
  }
}

/** What a whole log says: the failure that explains it, and one finding per distinct failure. */
interface LogDiagnosis {
  readonly primary: Finding | null
  readonly findings: readonly Finding[]
}

/** Splits a log into failures, classifies each, groups repeats and picks the primary (classifyLog). */
export function classifyLog(text: string): LogDiagnosis {
  // Once per log: searching the whole text again for each failure made a log of thousands of them quadratic.
  const runningGo = runningGoInLog(text)
  const findings = groupFindings(
    reconcile(
      splitLog(text)
        .map(f => classifyFailure(f.message, { module: f.module, version: f.version }))
        .filter(f => f.id !== 'unknown' || !COMPILER_ERROR.test(f.evidence[0] ?? ''))
    ).map(f => judgeDirective(adviseByOwnership(f), runningGo).finding)
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
 * The failure that explains the run, ranked by the stage table (stages.ts): a SECURITY ERROR first, then the
 * other blocking stages (toolchain, project files) in table order, then module failures that need a change,
 * then transient ones, then `unknown`; ties go to the first in the log. So `diagnosis-retryable` is true only
 * when every failure is transient.
 */
export function pickPrimary(findings: readonly Finding[]): Finding | null {
  let best: Finding | null = null
  for (const f of findings) if (!best || rank(f) < rank(best)) best = f
  return best
}

/** The ids in table order: stage by stage, and within a stage in the order the matcher tries them. */
const ORDER = STAGES.flatMap(s => s.ids)

function rank(f: Finding): number {
  const priority = STAGES[stageOf(f.id)].priority
  const position = ORDER.indexOf(f.id)
  if (priority === 'blocking') return position
  if (priority === 'fallback') return 3 * ORDER.length
  return (f.retryable ? 2 : 1) * ORDER.length + position
}

function evidenceLines(message: string): string[] {
  const lines = redact(message)
    .split('\n')
    .map(l => l.trimEnd())
    .filter(l => l.trim() !== '')
  return lines.length > MAX_EVIDENCE_LINES ? [...lines.slice(0, MAX_EVIDENCE_LINES), '…'] : lines
}
