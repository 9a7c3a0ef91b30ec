import * as path from 'node:path'
import * as semver from 'semver'
import { runTool } from '../exec/run-tool.js'

/**
 * The module versions minimal version selection picks in each root: for every module path in the root's
 * `go mod graph`, the highest version in it. go.sum also keeps lines for versions nothing selects any more
 * (`go get` without `go mod tidy` leaves the old version's lines), and their zips are never read by a build:
 * post keeps a zip only when its version is selected (module-files.ts `pruneDownloadDir`).
 *
 * The graph is read offline (GOPROXY=off), after the job: every go.mod it needs is in the module cache by then.
 * Returns undefined when any root's graph cannot be read; then nothing is pruned by it.
 */
export async function selectedVersions(
  goPath: string,
  checksumFiles: readonly string[],
  timeoutMs = 30_000
): Promise<ReadonlySet<string> | undefined> {
  const roots = [...new Set(checksumFiles.map(f => path.dirname(f)))]
  const selected = new Set<string>()
  for (const root of roots) {
    const result = await runTool(goPath, ['mod', 'graph'], {
      cwd: root,
      // -mod=mod: a vendor directory would otherwise make go refuse the graph of a vendored module.
      env: { ...process.env, GOPROXY: 'off', GOFLAGS: `${process.env.GOFLAGS ?? ''} -mod=mod`.trim() },
      timeoutMs
    }).catch(() => undefined)
    if (!result || result.exitCode !== 0) return undefined
    for (const version of highestVersions(result.stdout)) selected.add(version)
  }
  return selected
}

/**
 * `path@version` of the highest version of each module path in `go mod graph` output (lines of
 * `from to`). The main modules (no version) and the `go` and `toolchain` nodes are left out. A path with a
 * version that is not semver keeps every version it has, so nothing of it is pruned.
 */
export function highestVersions(graph: string): string[] {
  const byPath = new Map<string, string[]>()
  for (const line of graph.split(/\r?\n/)) {
    for (const node of line.trim().split(/\s+/)) {
      const at = node.lastIndexOf('@')
      if (at <= 0) continue
      const [modulePath, version] = [node.slice(0, at), node.slice(at + 1)]
      if (modulePath === 'go' || modulePath === 'toolchain') continue
      const versions = byPath.get(modulePath) ?? []
      if (!versions.includes(version)) versions.push(version)
      byPath.set(modulePath, versions)
    }
  }
  const out: string[] = []
  for (const [modulePath, versions] of byPath) {
    const kept = versions.every(v => semver.valid(v)) ? [versions.reduce(higher)] : versions
    for (const v of kept) out.push(`${modulePath}@${v}`)
  }
  return out
}

/** The higher of two module versions (`+incompatible` is build metadata, which semver ignores). */
function higher(a: string, b: string): string {
  return semver.compare(a, b) >= 0 ? a : b
}
