import * as semver from 'semver'

/**
 * `path@version` of the highest version of each module path in `go mod graph` output (lines of
 * `from to`): the versions minimal version selection picks. go.sum also keeps lines for versions nothing
 * selects any more (`go get` without `go mod tidy` leaves the old version's lines); their zips are never read
 * by a build. The main modules (no version) and the `go` and `toolchain` nodes are left out. A path with a
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
