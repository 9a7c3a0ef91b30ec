import { readFileSync } from 'node:fs'
import { classifyFailure } from './classify.js'

const USAGE = 'usage: node dist/diagnose.js [--json] [FILE|-]'

/**
 * `node dist/diagnose.js [--json] [FILE|-]`: diagnoses any Go log, also outside GitHub. Returns the exit status:
 * 0 when it read the log, 2 on bad usage. PLACEHOLDER until the diagnosis issue: one finding for the whole log.
 */
export async function runDiagnoseCli(args: readonly string[]): Promise<number> {
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
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n${USAGE}\n`)
    return 2
  }
  const failed = /^(go: |verifying )|SECURITY ERROR/m.test(text)
  const primary = failed ? classifyFailure(text) : null
  const result = { primary, findings: primary ? [primary] : [] }
  process.stdout.write(
    json
      ? `${JSON.stringify(result)}\n`
      : `${primary ? `${primary.id}: ${primary.title}` : 'no failure found'}\n`
  )
  return 0
}
