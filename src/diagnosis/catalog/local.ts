import { DOCS, step, type CatalogPart } from './entry.js'

/** go.mod / toolchain and local-environment scenarios, and the fallback (failure-taxonomy.md). */
export const LOCAL_SCENARIOS: CatalogPart = {
  'gomod-parse-error': {
    title: 'go.mod cannot be parsed',
    meaning: 'A go.mod (or go.work) has a syntax error at the line shown.',
    retryable: false,
    steps: ['Fix the line go names (`go mod edit -fmt` helps), then commit.'],
    docs: DOCS.goMod
  },
  'toolchain-too-old': {
    title: 'Go toolchain too old',
    meaning:
      'The module needs a newer Go than the one running, and toolchain switching is off (GOTOOLCHAIN=local) or the Go is older than 1.21 and cannot read newer go.mod syntax.',
    retryable: false,
    steps: [
      'Install a Go at least as new as the `go` line of go.mod (actions/setup-go with `go-version-file: go.mod`).',
      'Or allow go to fetch the toolchain it needs: `gotoolchain: auto`.'
    ],
    yaml: step('gotoolchain: auto'),
    docs: DOCS.toolchain
  },
  'toolchain-not-available': {
    title: 'Requested Go toolchain does not exist',
    meaning:
      'The `go`/`toolchain` line (or GOTOOLCHAIN) names a version that has no toolchain release, e.g. a bare `go 1.22` read by early Go 1.21.x.',
    retryable: false,
    steps: [
      'Write a full release in go.mod: `go 1.22.0` (or a `toolchain go1.22.5` line), or fix GOTOOLCHAIN.'
    ],
    docs: DOCS.toolchain
  },
  'toolchain-download-failed': {
    title: 'Go toolchain download failed',
    meaning:
      'go tried to switch to a newer toolchain and could not download golang.org/toolchain through GOPROXY.',
    retryable: true,
    steps: [
      'Re-run (network errors are transient).',
      'Private proxies must serve golang.org/toolchain, or install the needed Go with actions/setup-go and set `gotoolchain: local`.'
    ],
    yaml: step('gotoolchain: local'),
    docs: DOCS.toolchain
  },
  'replace-path-missing': {
    title: 'replace target missing',
    meaning: 'A `replace` directive points to a directory that does not exist in this checkout.',
    retryable: false,
    steps: [
      'Check out the replaced directory too (submodules, a second checkout), or remove the replace before committing.'
    ],
    docs: DOCS.replace
  },
  'vendor-inconsistent': {
    title: 'vendor/ out of sync',
    meaning: 'vendor/modules.txt does not match go.mod.',
    retryable: false,
    steps: ['Run `go mod vendor` and commit vendor/, or build without vendoring (`-mod=mod`).'],
    yaml: step('goflags: -mod=mod'),
    docs: DOCS.vendoring
  },
  'modcache-corrupt': {
    title: 'Module cache corrupt',
    meaning: 'A zip or ziphash in GOMODCACHE (or served by a mirror) is invalid.',
    retryable: false,
    steps: [
      'Clear the module cache (`go clean -modcache`) or run once with `cache: false` so a bad cache is not restored.',
      'If it happens with a clean cache, the proxy serves a broken zip: re-run later or use another proxy.'
    ],
    yaml: step('cache: false'),
    docs: DOCS.modCache
  },
  'modcache-permission': {
    title: 'Module cache not writable',
    meaning:
      'go could not create or write GOMODCACHE (permissions, read-only file system, a cache from another user).',
    retryable: false,
    steps: [
      'Point GOMODCACHE at a writable directory, or fix ownership of the restored cache.',
      'Add `-modcacherw` to GOFLAGS so cache files stay writable and removable.'
    ],
    yaml: step('goflags: -modcacherw'),
    docs: DOCS.modCache
  },
  'disk-full': {
    title: 'Disk full',
    meaning: 'The runner ran out of disk space while downloading or extracting modules.',
    retryable: false,
    steps: ['Free space before the download (large tool caches, docker images), or use a bigger runner.'],
    docs: DOCS.modCache
  },
  'go-missing': {
    title: 'Go is not installed',
    meaning: 'The go binary or its GOROOT is absent.',
    retryable: false,
    steps: ['Install Go first with actions/setup-go (or set `go-version` to pick one from the tool cache).'],
    docs: DOCS.install
  },
  unknown: {
    title: 'go mod download failed',
    meaning: 'The failure did not match a known scenario. The evidence below is what go printed.',
    retryable: false,
    steps: ['Read the evidence lines; re-run with `go mod download -x` locally for more detail.'],
    docs: DOCS.proxy
  }
}
