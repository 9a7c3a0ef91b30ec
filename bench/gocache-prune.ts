/**
 * What keeping the build cache exact costs on a real GOCACHE (not part of `npm run bench`: it needs a real
 * project). Usage: `npx tsx bench/gocache-prune.ts <GOCACHE after a full build> <project dir> [go args…]`, with
 * the project's modules already in GOMODCACHE. On a copy of the GOCACHE it times what main does after a
 * restore (list and date back every entry), runs `go <args>` (default `build ./...`) as the job would, then
 * times what post does (list, read the used action entries, plan, delete the rest), and prints one line.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { listGocache, outputsNamedBy, planPrune, removeEntries, totals } from '../src/cache/gocache-files.js'
import { setEntryTimes } from '../testkit/gocache-times.js'

const [source, project, ...goArgs] = process.argv.slice(2)
if (!source || !project) throw new Error('usage: gocache-prune.ts <GOCACHE> <project dir> [go args…]')
const args = goArgs.length > 0 ? goArgs : ['build', './...']
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
const since = (t: number) => Math.round(performance.now() - t)

const work = mkdtempSync(path.join(os.tmpdir(), 'gocache-prune-'))
const gocache = path.join(work, 'gocache')
try {
  cpSync(source, gocache, { recursive: true })
  let t = performance.now()
  const restored = await listGocache(gocache)
  const restoredAt = Date.now()
  await setEntryTimes(gocache, restored, new Date(restoredAt - 24 * 3600 * 1000))
  const markMs = since(t)

  t = performance.now()
  execFileSync('go', args, { cwd: project, env: { ...process.env, GOCACHE: gocache }, stdio: 'inherit' })
  const goMs = since(t)

  t = performance.now()
  const entries = await listGocache(gocache)
  const usedSince = restoredAt - 60_000
  const plan = planPrune(entries, usedSince, await outputsNamedBy(gocache, entries, usedSince))
  await removeEntries(gocache, plan.drop)
  const pruneMs = since(t)

  const [all, kept, dropped] = [totals(restored), totals(plan.keep), totals(plan.drop)]
  console.log(
    `restored ${all.entries} entries (${mib(all.bytes)}); dating back: ${markMs} ms; ` +
      `go ${args.join(' ')}: ${goMs} ms; pruning: ${pruneMs} ms; kept ${kept.entries} (${mib(kept.bytes)}), ` +
      `dropped ${dropped.entries} (${mib(dropped.bytes)}); load ${os.loadavg()[0].toFixed(1)}`
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
