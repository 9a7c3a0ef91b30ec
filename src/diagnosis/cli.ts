import { readFileSync } from 'node:fs'
import { errorMessage } from '../util/errors.js'
import { classifyLog } from './classify.js'
import type { Finding } from './types.js'

const USAGE = 'usage: node dist/diagnose.js [--json] [FILE|-]'

/**
 * `node dist/diagnose.js [--json] [FILE|-]`: diagnoses any Go log (plain go output, `go mod download -json`,
 * or a whole CI log), also outside GitHub. Returns the exit status: 0 when it read the log, 2 on bad usage.
 */
export async function runDiagnoseCli(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      `${USAGE}\nReads FILE (or stdin) and names each go failure with its scenario id and fix.\n`
    )
    return 0
  }
  const json = args.includes('--json')
  const rest = args.filter(a => a !== '--json')
  if (rest.length > 1 || rest.some(a => a.startsWith('-') && a !== '-')) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const file = rest[0] ?? '-'
  let text: string
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8')
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${errorMessage(e)}\n${USAGE}\n`)
    return 2
  }
  const { primary, findings } = classifyLog(text)
  process.stdout.write(
    json
      ? `${JSON.stringify({ primary: primary && shape(primary), findings: findings.map(shape) }, null, 2)}\n`
      : human(primary, findings)
  )
  return 0
}

/** The finding shape of interface.md: every key present, null when unknown. */
export function shape(f: Finding): Record<string, unknown> {
  return {
    id: f.id,
    title: f.title,
    retryable: f.retryable,
    module: f.module ?? null,
    version: f.version ?? null,
    host: f.host ?? null,
    url: f.url ?? null,
    httpStatus: f.httpStatus ?? null,
    occurrences: f.occurrences ?? 1,
    evidence: f.evidence,
    fix: f.fix,
    alternatives: f.alternatives ?? []
  }
}

function human(primary: Finding | null, findings: readonly Finding[]): string {
  if (!primary) return 'No go failure found in the log.\n'
  const out = [
    `${primary.id}: ${primary.title}${primary.retryable ? ' (transient: a re-run may succeed)' : ''}`
  ]
  for (const f of findings) {
    const subject = f.module ? ` ${f.module}${f.version ? `@${f.version}` : ''}` : ''
    out.push('', `[${f.id}]${subject}${f.occurrences && f.occurrences > 1 ? ` (×${f.occurrences})` : ''}`)
    out.push(...f.evidence.map(l => `  | ${l}`))
  }
  out.push('', 'Fix:', primary.fix)
  if (primary.alternatives?.length) {
    out.push('', 'The log alone does not rule out:')
    for (const a of primary.alternatives) out.push(`  - ${a.id} (${a.title}): ${a.check}`)
  }
  return `${out.join('\n')}\n`
}
