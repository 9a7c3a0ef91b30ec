import * as core from '@actions/core'
import { addCacheSection } from './cache-section.js'
import type { CacheRestore } from '../cache/restore-cache.js'
import type { Diagnosis } from '../diagnosis/diagnose.js'
import { addDiagnosisSection } from './diagnosis-section.js'
import type { DownloadOutcome } from '../download/types.js'
import type { GoEnvName } from '../inputs/types.js'
import { formatSeconds, plural } from '../util/format.js'
import { code } from './html.js'
import type { PhaseTiming } from './phase.js'

export interface RunReport {
  readonly goVersion: string
  readonly workspace: string
  readonly mode: 'workspace' | 'modules'
  readonly roots: readonly string[]
  readonly env: Readonly<Record<GoEnvName, string>>
  readonly exported: readonly GoEnvName[]
  readonly gomodcache: string
  readonly cache: CacheRestore
  readonly download?: DownloadOutcome
  readonly diagnosis?: Diagnosis
  readonly timings: readonly PhaseTiming[]
}

/**
 * The job summary, written once at the end of main: the verdict first, then each part's section, then the
 * environment and timings. Every value shown here is free of secrets (inputs are masked; the Go variables come
 * with URL userinfo redacted, see Environment.shown) and escaped for HTML.
 */
export async function writeSummary(report: RunReport): Promise<void> {
  const s = core.summary
  const d = report.download
  s.addHeading(d && !d.ok ? '❌ setup-gomod: go mod download failed' : '✅ setup-gomod', 3)
  if (d) {
    const roots =
      report.mode === 'workspace'
        ? `${report.roots.length} workspace`
        : plural(report.roots.length, 'module root')
    s.addRaw(
      `<p>${plural(d.modules, 'module version')} · ${roots} · ${formatSeconds(d.durationMs)} · ${plural(d.attempts, 'attempt')}</p>`,
      true
    )
  } else {
    s.addRaw('<p>Download skipped (<code>download: false</code>).</p>', true)
  }
  if (d && report.diagnosis) addDiagnosisSection(s, report.diagnosis, d, report.workspace)
  addCacheSection(s, report.cache)
  // On failure the diagnosis section already shows the environment next to the evidence.
  if (!report.diagnosis) addEnvironmentTable(s, report)
  s.addRaw(
    `<p>Go ${report.goVersion} · ` +
      report.timings.map(t => `${t.name} ${formatSeconds(t.ms)}`).join(' · ') +
      '</p>',
    true
  )
  await s.write()
}

function addEnvironmentTable(s: typeof core.summary, report: RunReport): void {
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
}
