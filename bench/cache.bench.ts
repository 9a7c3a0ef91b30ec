/**
 * The module cache on a realistic project: 240 module versions with the log-normal sizes of
 * `syntheticModules`, served by the local proxy, cached through the real @actions/cache (v2) against the
 * in-process fake service. `tsx bench/run.ts cache` runs it alone. It measures:
 * - layout: archiving the whole GOMODCACHE vs only cache/download (go extracts the zips offline afterwards);
 * - whether GOARCH changes the module cache (it decides whether the architecture belongs in the key);
 * - the action's exact-hit restore against plain tar + zstd extraction, and against the setup-go scheme;
 * - a partial hit with 10% of the modules changed against a cold download; archive sizes.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { startCacheService } from '../testkit/cache-service.js'
import { makeTempDir, removeTempDir, runGo } from '../testkit/go-env.js'
import { startGoProxy, syntheticModules, type FixtureModule } from '../testkit/goproxy.js'
import {
  actionJob,
  goEnv,
  median,
  mib,
  offlineDownloadMs,
  REPS,
  s,
  setupGoScheme,
  tarCreate,
  tarExtract,
  treeDigest,
  writeProject,
  x,
  type Ctx
} from './cache-setup.js'

const MODULES = 240
const CHANGED = MODULES / 10
const LATENCIES = [0, 20]

export async function run(): Promise<string> {
  const base = syntheticModules(MODULES)
  // 10% of the modules get a v1.1.0 with other content (same module path and go.mod).
  const changed = syntheticModules(CHANGED, { seed: 7 }).map((m, i) => ({
    ...base[i * 10],
    version: 'v1.1.0',
    files: { ...m.files, 'go.mod': base[i * 10].files['go.mod'] }
  }))
  const tmp = makeTempDir('bench-cache-')
  const workspace = path.join(tmp, 'workspace')
  const c: Ctx = {
    tmp,
    workspace,
    app: path.join(workspace, 'app'),
    gomodcache: path.join(tmp, 'gomodcache'),
    proxy: await startGoProxy({ modules: [...base, ...changed] }),
    service: await startCacheService()
  }
  try {
    await writeProject(c, base)
    const srcBytes = base.reduce((n, m) => n + Object.values(m.files).reduce((k, f) => k + f.length, 0), 0)
    return [
      '## Module cache',
      '',
      `Project: ${MODULES} module versions (\`syntheticModules\`, ${mib(srcBytes)} of source), ${REPS} runs ` +
        `each, medians. Archives are tar + zstd made the way @actions/cache makes them. The machine's file ` +
        `creation is slow (most of every number below is system time spent creating files and folders).`,
      '',
      ...(await layoutSection(c)),
      ...(await archSection(c)),
      ...(await exactSection(c)),
      ...(await partialSection(
        c,
        base.map((m, i) => (i % 10 === 0 ? changed[i / 10] : m))
      ))
    ].join('\n')
  } finally {
    await c.proxy.close()
    await c.service.close()
    removeTempDir(tmp)
  }
}

/** Whole GOMODCACHE vs cache/download only (go then extracts the zips itself), from one cold download. */
async function layoutSection(c: Ctx): Promise<string[]> {
  removeTempDir(c.gomodcache)
  const cold = await runGo(['mod', 'download'], { cwd: c.app, env: goEnv(c, { GOPROXY: c.proxy.url }) })
  if (cold.code !== 0) throw new Error(cold.stderr)
  const files = execFileSync('find', [c.gomodcache, '-type', 'f']).toString().split('\n').length - 1
  const layouts = [
    { name: 'whole GOMODCACHE (chosen)', dir: c.gomodcache },
    { name: 'cache/download only', dir: path.join(c.gomodcache, 'cache', 'download') }
  ].map(l => ({
    ...l,
    archive: path.join(c.tmp, `${l.name.length}.tzst`),
    extract: [0],
    go: [0],
    ready: [0]
  }))
  const bytes = layouts.map(l => tarCreate(c, l.archive, [l.dir]))
  for (const l of layouts) [l.extract, l.go, l.ready] = [[], [], []]
  for (let i = 0; i < REPS; i++) {
    for (const l of layouts) {
      removeTempDir(c.gomodcache)
      l.extract.push(tarExtract(c, l.archive))
      l.go.push(await offlineDownloadMs(c))
      l.ready.push(l.extract[i] + l.go[i])
    }
  }
  const [w, d] = layouts.map(l => median(l.ready))
  return [
    '### Layout: what to archive',
    '',
    `${files} files in GOMODCACHE after the download. "Ready" is extraction plus an offline \`go mod download\`.`,
    '',
    '| layout | archive | extract | `go mod download` offline | modules ready |',
    '|---|---|---|---|---|',
    ...layouts.map(
      (l, i) =>
        `| ${l.name} | ${mib(bytes[i])} | ${s(median(l.extract))} | ${s(median(l.go))} | ${s(median(l.ready))} |`
    ),
    '',
    `cache/download only: ${x(bytes[1], bytes[0])} the archive, ${x(d, w)} the time until the modules are ready. ` +
      `Its smaller archive would save ${s(((bytes[0] - bytes[1]) / 100e6) * 1000)} of transfer at 100 MB/s.`,
    ''
  ]
}

/** Does GOARCH change what lands in the module cache? It decides whether the architecture is in the key. */
async function archSection(c: Ctx): Promise<string[]> {
  const digests: string[] = []
  for (const arch of ['amd64', 'arm64']) {
    removeTempDir(c.gomodcache)
    await runGo(['mod', 'download'], { cwd: c.app, env: goEnv(c, { GOPROXY: c.proxy.url, GOARCH: arch }) })
    digests.push(treeDigest(c.gomodcache))
  }
  const same = digests[0] === digests[1]
  return [
    '### Architecture in the key',
    '',
    `GOMODCACHE after \`go mod download\` with GOARCH=amd64: \`${digests[0]}\`, with GOARCH=arm64: ` +
      `\`${digests[1]}\` (sha256 over every file). ` +
      (same
        ? 'Identical: the architecture stays out of the module key; architecture and Go-version matrix jobs share one entry.'
        : 'They differ: the architecture must be in the key.'),
    ''
  ]
}

/** The action's exact hit against plain extraction of the same archive and against setup-go's scheme. */
async function exactSection(c: Ctx): Promise<string[]> {
  await actionJob(c, {}, true) // a miss that saves the entry
  const exact: number[] = []
  const floor: number[] = []
  const archive = path.join(c.tmp, 'saved.tzst')
  writeFileSync(archive, c.service.entries[0].data)
  for (let i = 0; i < REPS; i++) {
    const r = await actionJob(c)
    if (r.kind !== 'exact') throw new Error(`expected an exact hit, got ${r.kind}`)
    exact.push(r.ms)
    removeTempDir(c.gomodcache)
    floor.push(tarExtract(c, archive))
  }
  const bytes = c.service.entries[0].data.length
  const setupGo = await setupGoScheme(c)
  const [ex, fl] = [median(exact), median(floor)]
  return [
    '### Exact hit',
    '',
    '| | time | archive |',
    '|---|---|---|',
    `| setup-gomod: cache phase + download phase (modules ready) | ${s(ex)} | ${mib(bytes)} |`,
    `| floor: plain tar + zstd extraction of the same archive | ${s(fl)} | ${mib(bytes)} |`,
    `| setup-go scheme: GOMODCACHE + GOCACHE, key with the Go version | ${s(setupGo.ms)} | ${mib(setupGo.bytes)} |`,
    '',
    `Ratios: against the floor ${x(ex, fl)} (goal ≤ 1.15x); against setup-go ${x(ex, setupGo.ms)}; ` +
      `archive size against setup-go's ${x(bytes, setupGo.bytes)}.`,
    ''
  ]
}

/** 10% of the modules change: a partial hit from the old entry vs a cold download (no cache). */
async function partialSection(c: Ctx, mods: FixtureModule[]): Promise<string[]> {
  await writeProject(c, mods)
  const rows: string[] = []
  for (const latency of LATENCIES) {
    c.proxy.setLatency(latency)
    const [cold, partial]: number[][] = [[], []]
    for (let i = 0; i < REPS; i++) {
      cold.push((await actionJob(c, { cache: 'false' })).ms)
      const r = await actionJob(c, { 'cache-save': 'never' })
      if (r.kind !== 'partial') throw new Error(`expected a partial hit, got ${r.kind}`)
      partial.push(r.ms)
    }
    rows.push(
      `| ${latency} ms | ${s(median(cold))} | ${s(median(partial))} | ${x(median(partial), median(cold))} |`
    )
  }
  c.proxy.setLatency(0)
  const post = (await actionJob(c, {}, true)).postLog
  return [
    '### Partial hit, 10% of the modules changed',
    '',
    '| proxy latency per request | cold download | partial hit: restore + download of the difference | ratio (goal ≤ 0.3x) |',
    '|---|---|---|---|',
    ...rows,
    '',
    `The post step after the partial hit: ${/Module cache: saved [^\n]*/.exec(post)?.[0] ?? 'not saved'}`
  ]
}
