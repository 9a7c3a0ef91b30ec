import * as path from 'node:path'
import type * as core from '@actions/core'
import type { DownloadOutcome } from '../download/types.js'
import { escapeHtml } from '../util/escape.js'
import { code } from './html.js'
import { formatSeconds, plural } from '../util/format.js'
import { CATALOG, meaningOf } from '../failure/catalog.js'
import type { Diagnosis } from '../diagnosis/diagnose.js'
import { diagnosisFlowchart } from '../diagnosis/flowchart.js'
import { redact } from '../failure/redact.js'

const MAX_ROWS = 30
const MAX_RAW_CHARS = 20_000

/**
 * The failure part of the job summary: the verdict, a table of failures, the evidence, the fix with YAML,
 * probes and checks, the environment (redacted), the attempt timeline, the raw log and a flowchart of the
 * diagnosis path. Markdown blocks are separated by blank lines so GitHub renders them inside the HTML.
 */
export function addDiagnosisSection(
  s: typeof core.summary,
  diagnosis: Diagnosis,
  download: DownloadOutcome,
  workspace: string
): void {
  const p = diagnosis.primary
  const subject = p.module ? ` for ${code(`${p.module}${p.version ? `@${p.version}` : ''}`)}` : ''
  s.addRaw(`<h3>Diagnosis: ${escapeHtml(p.title)}${subject}</h3>`, true)
  s.addRaw(
    `<p>${code(p.id)} · ${p.retryable ? '🔁 transient: a re-run may succeed' : '🛠 needs a change: a re-run will fail the same way'}</p>` +
      `<p>${escapeHtml(meaningOf(p.id, p))}</p>`,
    true
  )
  const located = diagnosis.located
  s.addTable([
    ['module', 'version', 'where', 'scenario', 'retryable'].map(h => ({ data: h, header: true })),
    ...located
      .slice(0, MAX_ROWS)
      .map(({ finding: f, root }) => [
        code(f.module ?? '—'),
        code(f.version ?? '—'),
        code(path.relative(workspace, root) || '.'),
        `${code(f.id)}${f.occurrences && f.occurrences > 1 ? ` ×${f.occurrences}` : ''}`,
        f.retryable ? 'yes' : 'no'
      ])
  ])
  if (located.length > MAX_ROWS) s.addRaw(`<p>… and ${located.length - MAX_ROWS} more.</p>`, true)
  s.addRaw('<h4>Evidence</h4>', true)
  s.addRaw(`<pre>${escapeHtml(p.evidence.join('\n'))}</pre>`, true)
  s.addRaw('<h4>Fix</h4>', true).addRaw(`\n${p.fix}\n`, true)
  if (p.alternatives?.length) {
    // Honest uncertainty: what the evidence (go's words, the probes) does not rule out, and how to tell.
    s.addRaw('<h4>Not ruled out</h4>', true)
    s.addList(p.alternatives.map(a => `${code(a.id)}: ${escapeHtml(a.title)}. ${escapeHtml(a.check)}`))
  }
  for (const other of new Set(diagnosis.findings.map(f => f.id).filter(id => id !== p.id))) {
    s.addRaw(
      `<p>Also: ${code(other)}: ${escapeHtml(CATALOG[other].title)}. ${escapeHtml(CATALOG[other].steps[0])}</p>`,
      true
    )
  }
  addProbes(s, diagnosis)
  addEnvironment(s, diagnosis)
  addTimeline(s, download)
  const raw = redact(download.failures.map(f => f.message).join('\n\n'))
  s.addRaw(
    `<details><summary>Raw go output (${plural(download.failures.length, 'failure')})</summary>\n\n` +
      `<pre>${escapeHtml(raw.length > MAX_RAW_CHARS ? `${raw.slice(0, MAX_RAW_CHARS)}\n…` : raw)}</pre>\n</details>`,
    true
  )
  s.addRaw(
    `<details><summary>How this was diagnosed</summary>\n\n\`\`\`mermaid\n${diagnosisFlowchart(p.id, p.title)}\n\`\`\`\n</details>`,
    true
  )
}

function addProbes(s: typeof core.summary, diagnosis: Diagnosis): void {
  s.addRaw('<h4>Probes and checks</h4>', true)
  const probes = diagnosis.probes
  if (!diagnosis.probed)
    s.addRaw('<p>Probes skipped (<code>diagnose: false</code>): classification only.</p>', true)
  else if (probes.length === 0) s.addRaw('<p>Nothing to probe for this failure.</p>', true)
  else
    s.addTable([
      ['check', 'target', 'result', 'time'].map(h => ({ data: h, header: true })),
      ...probes.map(r => [
        escapeHtml(r.check),
        code(r.target),
        `${r.ok ? '✅' : '❌'} ${escapeHtml(r.detail)}`,
        `${r.ms} ms`
      ])
    ])
  const notes = diagnosis.notes
  if (notes.length) s.addList(notes.map(n => escapeHtml(redact(n))))
}

function addEnvironment(s: typeof core.summary, diagnosis: Diagnosis): void {
  const env = diagnosis.environment
  s.addRaw('<h4>Environment</h4>', true)
  s.addTable([
    [
      { data: 'variable', header: true },
      { data: 'value', header: true }
    ],
    ...Object.entries(env).map(([k, v]) => [code(k), code(v || '(empty)')])
  ])
}

/** The download engine's attempt log, one line an attempt. */
function addTimeline(s: typeof core.summary, download: DownloadOutcome): void {
  s.addRaw('<h4>Attempts</h4>', true)
  if (download.attemptLog.length === 0) {
    s.addRaw(`<p>${plural(download.attempts, 'attempt')} in ${formatSeconds(download.durationMs)}.</p>`, true)
    return
  }
  s.addList(
    download.attemptLog.map(a =>
      escapeHtml(
        `attempt ${a.attempt} · started ${formatSeconds(a.startedMs)} · duration ${formatSeconds(a.durationMs)} · ` +
          `failed ${a.failed} · delay ${formatSeconds(a.delayMs)}`
      )
    )
  )
}
