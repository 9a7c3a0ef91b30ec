/** `go1.22.5`, `go1.22`, `go1.21rc2` as semver, so that a go-version range can be checked against it. */
export function goVersionToSemver(goVersion: string): string | undefined {
  const m = /^go(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?/.exec(goVersion)
  if (!m) return undefined
  const [, major, minor, patch, pre, preN] = m
  return `${major}.${minor}.${patch ?? '0'}${pre ? `-${pre}.${preN}` : ''}`
}
