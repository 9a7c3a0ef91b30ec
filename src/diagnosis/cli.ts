import { readFileSync } from 'node:fs'
import { errorMessage } from '../util/errors.js'
import { CATALOG, meaningOf } from '../failure/catalog.js'
import { classifyLog } from '../failure/classify.js'
import type { Finding } from '../failure/types.js'

const USAGE = 'usage: setup-gomod-diagnose [--format text|json|markdown] [--json] [FILE|-]'
const FORMATS = ['text', 'json', 'markdown'] as const
type Format = (typeof FORMATS)[number]

/**
 * `setup-gomod-diagnose [--format text|json|markdown] [FILE|-]` (also `node dist/diagnose.js`): diagnoses any Go
 * log (plain go output, `go mod download -json`, or a whole CI log), also outside GitHub. `--json` is
 * `--format json`; markdown is the verdict, evidence, fix and alternatives of the job summary, for any CI that
 * renders Markdown. Returns the exit status: 0 when it read the log, 2 on bad usage.
 */
export async function runDiagnoseCli(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      `${USAGE}\nReads FILE (or stdin) and names each go failure with its scenario id and fix.\n`
    )
    return 0
  }
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`)
    return 2
  }
  let text: string
  try {
    text = decodeLog(readFileSync(parsed.file === '-' ? 0 : parsed.file))
  } catch (e) {
    process.stderr.write(`cannot read ${parsed.file}: ${errorMessage(e)}\n${USAGE}\n`)
    return 2
  }
  const { primary, findings } = classifyLog(text)
  process.stdout.write(RENDER[parsed.format](primary, findings))
  return 0
}

/**
 * A reader that stops early (`setup-gomod-diagnose log | head`) closes the pipe, and the next write to it fails
 * with EPIPE: that ends the CLI quietly with 0, as ripgrep does, not with an unhandled-error stack trace.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e
    process.exit(0)
  })
}

/**
 * A log's text, by its byte order mark: Windows PowerShell 5.1 (`shell: powershell`) writes `>` and `Out-File` as
 * UTF-16LE with one, and read as UTF-8 that text holds no go line at all. Anything else is read as UTF-8.
 */
export function decodeLog(bytes: Buffer): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined
  if (!utf16) return bytes.toString('utf8')
  // TextDecoder drops the byte order mark; an odd last byte (a log cut short) is dropped, not shown as U+FFFD.
  return new TextDecoder(utf16).decode(bytes.subarray(0, bytes.length - (bytes.length % 2)))
}

/** The format and the file, or what is wrong with the arguments. */
function parseArgs(args: readonly string[]): { format: Format; file: string } | string {
  let format: Format = 'text'
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const value =
      a === '--format' ? args[++i] : a.startsWith('--format=') ? a.slice('--format='.length) : undefined
    if (a === '--json') format = 'json'
    else if (a === '--format' || a.startsWith('--format=')) {
      if (!FORMATS.includes(value as Format))
        return `--format takes ${FORMATS.join(', ')}, not ${JSON.stringify(value ?? '')}`
      format = value as Format
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`
    else files.push(a)
  }
  if (files.length > 1) return `one log at a time, not ${files.length}`
  return { format, file: files[0] ?? '-' }
}

type Render = (primary: Finding | null, findings: readonly Finding[]) => string
const RENDER: Readonly<Record<Format, Render>> = {
  text: human,
  json: (primary, findings) =>
    `${JSON.stringify({ primary: primary && shape(primary), findings: findings.map(shape) }, null, 2)}\n`,
  markdown
}

/** The finding shape of docs/interface.md: every key present, null when unknown. */
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

/** One scenario the evidence does not rule out (docs/interface.md, v1.1), when the diagnosis names any. */
interface Alternative {
  readonly id: string
  readonly title: string
  readonly check: string
}

function alternativesOf(f: Finding): readonly Alternative[] {
  const list = (f as { alternatives?: unknown }).alternatives
  return Array.isArray(list) ? (list as Alternative[]) : []
}

/** A fence longer than any run of backticks in `text`, so evidence cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(r => r.length))
  return '`'.repeat(longest + 1)
}

/**
 * The job summary's diagnosis in plain Markdown (GitLab merge-request notes, any CI that renders it): the
 * verdict, every failure, the evidence, the fix, the alternatives and the other scenarios seen.
 */
function markdown(primary: Finding | null, findings: readonly Finding[]): string {
  if (!primary) return '### Diagnosis: no go failure found in the log\n'
  const subject = primary.module
    ? ` for \`${primary.module}${primary.version ? `@${primary.version}` : ''}\``
    : ''
  const out = [
    `### Diagnosis: ${primary.title}${subject}`,
    '',
    `\`${primary.id}\` · ${primary.retryable ? '🔁 transient: a re-run may succeed' : '🛠 needs a change: a re-run will fail the same way'}`,
    '',
    meaningOf(primary.id, primary),
    '',
    '| module | version | scenario | retryable |',
    '| --- | --- | --- | --- |',
    ...findings.map(
      f =>
        `| \`${f.module ?? '—'}\` | \`${f.version ?? '—'}\` | \`${f.id}\`${f.occurrences && f.occurrences > 1 ? ` ×${f.occurrences}` : ''} | ${f.retryable ? 'yes' : 'no'} |`
    ),
    '',
    '#### Evidence',
    '',
    fence(primary.evidence.join('\n')) + 'text',
    ...primary.evidence,
    fence(primary.evidence.join('\n')),
    '',
    '#### Fix',
    '',
    primary.fix
  ]
  const alternatives = alternativesOf(primary)
  if (alternatives.length) {
    out.push(
      '',
      '#### Alternatives',
      '',
      ...alternatives.map(a => `- \`${a.id}\`: ${a.title}. Check: ${a.check}`)
    )
  }
  for (const other of new Set(findings.map(f => f.id).filter(id => id !== primary.id)))
    out.push('', `Also: \`${other}\`: ${CATALOG[other].title}. ${CATALOG[other].steps[0]}`)
  return `${out.join('\n')}\n`
}
