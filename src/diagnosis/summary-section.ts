import * as path from 'node:path'
import type * as core from '@actions/core'
import type { DownloadOutcome } from '../download/download.js'
import { code, escapeHtml } from '../report/html.js'
import type { Diagnosis } from './diagnose.js'

/**
 * The failure part of the job summary. PLACEHOLDER until the diagnosis issue: verdict and one row a failure.
 */
export function addDiagnosisSection(
  s: typeof core.summary,
  diagnosis: Diagnosis,
  download: DownloadOutcome,
  workspace: string
): void {
  s.addRaw(
    `<p><b>${escapeHtml(diagnosis.primary.title)}</b> (<code>${diagnosis.primary.id}</code>)</p>`,
    true
  )
  s.addTable([
    [
      { data: 'module', header: true },
      { data: 'version', header: true },
      { data: 'root', header: true },
      { data: 'go says', header: true }
    ],
    ...download.failures.map(f => [
      code(f.module ?? '—'),
      code(f.version ?? '—'),
      code(path.relative(workspace, f.root) || '.'),
      `<pre>${escapeHtml(f.message)}</pre>`
    ])
  ])
}
