/**
 * The Markdown section of `npm run bench -- --real`: issue 14's ratios first (step against floors and plain go,
 * whole job against setup-go's scheme), then every phase per project, scenario and variant (medians over the
 * rounds that succeeded), the load average of each round and what failed.
 */
import type { Floors } from './floors.js'
import { transferMs } from './floors.js'
import type { JobResult, Variant } from './jobs.js'
import { SCENARIOS, type RealProject, type Scenario } from './projects.js'
import { PROXY_DISTANCE } from './origin-proxy.js'

export interface ProjectRun {
  project: RealProject
  samples: { round: number; scenario: Scenario; result: JobResult }[]
  floors: Floors[]
  /** 1-minute load average before and after each round. */
  load: number[][]
  /** Module versions `go mod download` fetches for the base project. */
  versions: number
  changed: string[]
  error?: string
}

interface Meta {
  rounds: number
  actionDir: string
  variants: { plain: Variant[]; cached: Variant[] }
  misses: string[]
}

/** The median; of an even count, the mean of the middle two (before this, the upper one of them). */
export const median = (xs: number[]) => {
  const ok = xs.filter(v => !Number.isNaN(v)).sort((a, b) => a - b)
  const mid = Math.floor(ok.length / 2)
  return ok.length === 0 ? NaN : ok.length % 2 === 1 ? ok[mid] : (ok[mid - 1] + ok[mid]) / 2
}
const sec = (ms: number) => (Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`)
const mib = (b: number) => (Number.isNaN(b) || b === 0 ? '–' : `${(b / 2 ** 20).toFixed(1)} MiB`)
const ratio = (a: number, b: number) => (Number.isNaN(a / b) ? '–' : `**${(a / b).toFixed(2)}x**`)
/** The ratio, and whether `a` is within `factor` times `b` plus `slackMs` (issue 14's goals). */
const goal = (a: number, b: number, factor: number, slackMs = 0) =>
  Number.isNaN(a / b) ? '–' : `${ratio(a, b)} ${a <= factor * b + slackMs ? 'met' : 'not met'}`

function results(run: ProjectRun, scenario: Scenario, variant: string): JobResult[] {
  return run.samples.filter(s => s.scenario === scenario && s.result.variant === variant).map(s => s.result)
}
function phase(run: ProjectRun, scenario: Scenario, variant: string, f: (r: JobResult) => number): number {
  return median(results(run, scenario, variant).map(f))
}

const NONE = 'not run'
/** The variants the ratios compare, by kind (a filtered run may lack some: their cells stay empty). */
function named(m: Meta) {
  return {
    download: m.variants.plain.find(v => v.kind === 'go-download')?.name ?? NONE,
    setupGo: m.variants.cached.find(v => v.kind === 'setup-go')?.name ?? NONE,
    defaults: m.variants.cached.find(v => v.kind === 'action' && !v.inputs)?.name ?? NONE,
    actions: m.variants.cached.filter(v => v.kind === 'action')
  }
}

function goalsTable(runs: ProjectRun[], m: Meta): string[] {
  const { download, defaults, actions } = named(m)
  const modulesOnly = actions.find(a => a.name !== defaults)?.name ?? NONE
  const rows = runs.map(run => {
    const step = (s: Scenario, v = defaults) => phase(run, s, v, r => r.stepMs)
    const floor = (f: (x: Floors) => number) => median(run.floors.map(f))
    const bytes = floor(x => x.archiveBytes)
    const moduleFloor = floor(x => x.extractMs) + transferMs(bytes)
    const bothFloor = floor(x => x.bothExtractMs) + transferMs(bytes + floor(x => x.buildArchiveBytes))
    // The build cache misses after a bump (its key holds the dependency hash): the module archive only.
    const bumpFloor = moduleFloor + floor(x => x.fetchChangedMs)
    const exactCells = (v: string, f: number) =>
      `${sec(step('exact', v))} | ${sec(f)} | ${goal(step('exact', v), f, 1.3, 1000)}`
    return (
      `| ${run.project.name} (${run.project.kind}), ${run.versions} versions | ` +
      `${goal(step('cold'), step('cold', download), 1)} | ${exactCells(defaults, bothFloor)} | ` +
      `${exactCells(modulesOnly, moduleFloor)} | ${sec(step('bump'))} | ${sec(bumpFloor)} | ` +
      `${goal(step('bump'), bumpFloor, 1.3)} | ${mib(bytes)} + ${mib(floor(x => x.buildArchiveBytes))} |`
    )
  })
  return [
    `| project | cold: action step / \`go mod download\` (goal ≤ 1x) | exact hit: step, ${defaults} | floor: tar + zstd -x of both archives side by side + their transfer | exact / floor (goal ≤ 1.3x + 1 s) | exact hit: step, ${modulesOnly} | floor: the module archive | exact / floor | one dependency bumped: step, ${defaults} | floor: the module archive + fetching only the changed versions | bump / floor (goal ≤ 1.3x) | archives: modules + build |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows
  ]
}

function jobTable(runs: ProjectRun[], m: Meta): string[] {
  const { setupGo, actions } = named(m)
  const target: Record<Scenario, number> = { cold: 1, exact: 0.7, bump: 0.3, source: NaN }
  const rows = runs.flatMap(run =>
    SCENARIOS.map(s => {
      const total = (v: string) => phase(run, s, v, r => r.totalMs)
      const base = total(setupGo)
      const cells = actions.map(a => `${sec(total(a.name))} (${goal(total(a.name), base, target[s])})`)
      return `| ${run.project.name} | ${s} | ${Number.isNaN(target[s]) ? '' : `≤ ${target[s]}x`} | ${sec(base)} | ${cells.join(' | ')} |`
    })
  )
  return [
    `| project | scenario | goal | ${setupGo} | ${actions.map(a => a.name).join(' | ')} |`,
    `|---|---|---|---|${actions.map(() => '---').join('|')}|`,
    ...rows
  ]
}

function phaseTable(run: ProjectRun, m: Meta): string[] {
  const rows: string[] = []
  for (const s of SCENARIOS) {
    for (const v of [...(s === 'cold' ? m.variants.plain : []), ...m.variants.cached]) {
      const rs = results(run, s, v.name)
      if (rs.length === 0) continue
      const p = (f: (r: JobResult) => number) => sec(phase(run, s, v.name, f))
      const kinds = [...new Set(rs.map(r => r.kind))].join('/')
      const saved = median(rs.map(r => r.saved.reduce((n, e) => n + e.bytes, 0)))
      rows.push(
        `| ${s} | ${v.name} | ${kinds} | ${p(r => r.restoreMs)} | ${p(r => r.stepMs)} | ${p(r => r.buildMs)} | ` +
          `${p(r => r.vetMs)} | ${p(r => r.postMs)} | ${p(r => r.totalMs)} | ${mib(saved)} | ${rs.filter(r => r.ok).length}/${rs.length} |`
      )
    }
  }
  const load = run.load.map((l, i) => `round ${i + 1}: ${l.map(x => x.toFixed(1)).join(' → ')}`).join('; ')
  return [
    `### ${run.project.module}@${run.project.version} (${run.project.kind})`,
    '',
    `${run.versions} module versions; the bump changes ${run.changed.join(', ') || 'nothing'}. ` +
      `1-minute load average before → after each round: ${load || '–'}.`,
    ...(run.error ? ['', `**Failed:** ${run.error}`] : []),
    '',
    '| scenario | variant | restore kind | restore (cache phases) | step | `go build ./...` | `go vet ./...` | post (save) | whole job | saved | ok |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    ...failures(run),
    ''
  ]
}

function failures(run: ProjectRun): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const { scenario, result } of run.samples) {
    if (result.ok || seen.has(`${scenario}/${result.variant}`)) continue
    seen.add(`${scenario}/${result.variant}`)
    out.push('', `${scenario}, ${result.variant}:`, '', '```', (result.error ?? '').trim(), '```')
  }
  return out
}

export function realSection(runs: ProjectRun[], m: Meta): string {
  const failed = runs.filter(r => r.samples.length === 0)
  const measured = runs.filter(r => r.samples.length > 0)
  return [
    '## Real projects',
    '',
    `Generated by \`npm run bench -- --real --rounds ${m.rounds}\` against the action in \`${m.actionDir}\`. Source from ` +
      `each project's module zip (pinned in bench/real/projects.ts); every job on a fresh runner (empty GOMODCACHE ` +
      `and GOCACHE) under the runner harness, its modules from a local proxy over a warm origin module cache at ` +
      `${PROXY_DISTANCE.latencyMs} ms a request and ${(PROXY_DISTANCE.streamBytesPerSec ?? 0) / 1e6} MB/s a stream, ` +
      `its cache service the local fake at 100 ms a call and 100 MB/s, driven by the real @actions/cache (setup-go's ` +
      `scheme too: one entry of GOMODCACHE + GOCACHE under one exact key). Medians of ${m.rounds} interleaved rounds.`,
    '',
    ...goalsTable(measured, m),
    '',
    'The whole job (the step, `go build ./...`, `go vet ./...`, the post step) against setup-go’s scheme:',
    '',
    ...jobTable(measured, m),
    '',
    ...measured.flatMap(r => phaseTable(r, m)),
    ...(failed.length > 0
      ? ['Not measured:', '', ...failed.map(r => `- ${r.project.name}: ${r.error}`), '']
      : []),
    ...(m.misses.length > 0
      ? [`Origin proxy misses (404): ${[...new Set(m.misses)].slice(0, 10).join(', ')}`]
      : [])
  ].join('\n')
}
