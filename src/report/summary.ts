import * as path from 'node:path'
import * as core from '@actions/core'
import type { DownloadOutcome } from '../download/download.js'
import type { GoEnvName } from '../inputs/types.js'
import type { PhaseTiming } from './phase.js'

export interface RunReport {
  readonly goVersion: string
  readonly workingDirectory: string
  readonly workspace: string
  readonly mode: 'workspace' | 'modules'
  readonly roots: readonly string[]
  readonly env: Readonly<Record<GoEnvName, string>>
  readonly exported: readonly GoEnvName[]
  readonly gomodcache: string
  readonly download?: DownloadOutcome
  readonly timings: readonly PhaseTiming[]
}

/** The job summary: a compact one on success, the failures first on failure. Values here carry no secrets. */
export async function writeSummary(report: RunReport): Promise<void> {
  const s = core.summary
  const failed = report.download !== undefined && !report.download.ok
  s.addHeading(failed ? '❌ setup-gomod: go mod download failed' : '✅ setup-gomod', 3)
  if (report.download) {
    const d = report.download
    s.addRaw(
      `${d.modules} module versions · ${report.roots.length} ${report.mode === 'workspace' ? 'workspace' : 'module root(s)'}` +
        ` · ${seconds(d.durationMs)} · ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}`,
      true
    )
  } else {
    s.addRaw('Download skipped (`download: false`).', true)
  }
  if (failed && report.download) {
    s.addTable([
      [
        { data: 'module', header: true },
        { data: 'version', header: true },
        { data: 'root', header: true },
        { data: 'go says', header: true }
      ],
      ...report.download.failures.map(f => [
        code(f.module ?? '—'),
        code(f.version ?? '—'),
        code(path.relative(report.workspace, f.root) || '.'),
        `<pre>${escapeHtml(f.message)}</pre>`
      ])
    ])
  }
  s.addTable([
    [
      { data: 'Go variable', header: true },
      { data: 'value', header: true },
      { data: 'source', header: true }
    ],
    ...(Object.keys(report.env) as GoEnvName[]).map(n => [
      code(n),
      code(report.env[n] || '(empty)'),
      report.exported.includes(n) ? 'input (exported)' : 'unchanged'
    ]),
    [code('GOMODCACHE'), code(report.gomodcache), 'go env']
  ])
  s.addRaw(
    `Go ${report.goVersion} · ` + report.timings.map(t => `${t.name} ${seconds(t.ms)}`).join(' · '),
    true
  )
  await s.write()
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
}

function code(s: string): string {
  return `<code>${escapeHtml(s)}</code>`
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
