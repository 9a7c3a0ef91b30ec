import * as os from 'node:os'
import * as path from 'node:path'
import { modFiles, type DownloadSet } from '../go/download-set.js'

/** One go process: `go mod download -json -x` in `root`, over `versions` (none: everything the root needs). */
export interface DownloadJob {
  readonly root: string
  readonly versions: readonly string[]
}

/**
 * `go mod download` fetches the .info of every module one after another and the rest about GOMAXPROCS at a
 * time, so with network latency one process mostly waits. Several processes over parts of the set overlap
 * those waits (bench/download.bench.ts: 200 versions at 30 ms on 2 cores, 16 processes took 0.17x the time of
 * one `go mod download`). The gain levels off past 8 processes per core; a process per 4 versions at the
 * least keeps small sets from paying for start-ups.
 */
export function autoProcesses(versions: number, cpus: number = os.availableParallelism()): number {
  return Math.max(1, Math.min(32, 8 * cpus, Math.ceil(versions / 4)))
}

export function processCount(parallelism: 'auto' | number, versions: number): number {
  return parallelism === 'auto' ? autoProcesses(versions) : Math.max(1, Math.min(parallelism, versions))
}

/**
 * The `path@version`s each root requires according to its go.mod (go.work: every module it uses), each listed
 * once. Left out: paths that a `replace` redirects and the workspace's own modules, since fetching them by
 * version would download something else than the build uses. The root's own `go mod download` afterwards
 * still covers everything, these included.
 */
export async function requiredVersions(set: DownloadSet): Promise<Map<string, string[]>> {
  const files = modFiles(set)
  const excluded = new Set<string>()
  for (const file of files.values()) for (const p of file.replaced) excluded.add(p)
  const goMods = [...files.keys()].filter(f => path.basename(f) === 'go.mod')
  if (set.mode === 'workspace') {
    for (const f of goMods) {
      const own = files.get(f)?.module
      if (own) excluded.add(own)
    }
  }
  const byRoot = new Map<string, string[]>()
  const seen = new Set<string>()
  for (const f of goMods) {
    const root = set.mode === 'workspace' ? set.roots[0] : path.dirname(f)
    const list = byRoot.get(root) ?? []
    for (const r of files.get(f)?.requirements ?? []) {
      const v = `${r.path}@${r.version}`
      if (excluded.has(r.path) || seen.has(v)) continue
      seen.add(v)
      list.push(v)
    }
    byRoot.set(root, list)
  }
  return byRoot
}

/** Cuts each root's versions into parts of about equal size, `processes` parts in all (a few more with many roots). */
export function splitJobs(byRoot: ReadonlyMap<string, readonly string[]>, processes: number): DownloadJob[] {
  const total = [...byRoot.values()].reduce((n, l) => n + l.length, 0)
  const size = Math.max(1, Math.ceil(total / Math.max(1, processes)))
  const jobs: DownloadJob[] = []
  for (const [root, versions] of byRoot) {
    for (let i = 0; i < versions.length; i += size) jobs.push({ root, versions: versions.slice(i, i + size) })
  }
  return jobs
}

/** Runs `fn` over `items`, at most `limit` at a time, and returns the results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
