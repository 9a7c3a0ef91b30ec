/**
 * The real projects `npm run bench -- --real` measures, pinned: the source is the module zip of `module@version`
 * (fetched through the Go module proxy the machine is configured with), the "bump" scenario moves one direct
 * dependency by a patch or minor version, the "source" scenario changes one Go file. Sizes follow issue 14.
 */
export interface RealProject {
  /** Short name for `--project` and the tables. */
  readonly name: string
  readonly module: string
  readonly version: string
  /** What it stands for in issue 14. */
  readonly kind: string
  /** One direct dependency, moved to `to` with `go get` + `go mod tidy` in a prepared copy. */
  readonly bump: { readonly path: string; readonly from: string; readonly to: string }
  /** A Go file (relative to the root) that the "source" scenario appends a line to. */
  readonly touch: string
  /**
   * `versions.yaml`: a multi-module repository whose other modules (listed in that file, as the OpenTelemetry
   * release tooling writes it) are fetched from their own zips and put back in their directories.
   */
  readonly submodules?: 'versions.yaml'
}

export const PROJECTS: readonly RealProject[] = [
  {
    name: 'yq',
    module: 'github.com/mikefarah/yq/v4',
    version: 'v4.44.3',
    kind: 'a cobra CLI',
    bump: { path: 'github.com/fatih/color', from: 'v1.17.0', to: 'v1.18.0' },
    touch: 'yq.go'
  },
  {
    name: 'cobra-cli',
    module: 'github.com/spf13/cobra-cli',
    version: 'v1.3.0',
    kind: 'a cobra CLI, go 1.15: the whole graph downloads',
    bump: { path: 'github.com/spf13/cobra', from: 'v1.3.0', to: 'v1.4.0' },
    touch: 'main.go'
  },
  {
    name: 'caddy',
    module: 'github.com/caddyserver/caddy/v2',
    version: 'v2.8.4',
    kind: 'a web server',
    bump: { path: 'github.com/klauspost/compress', from: 'v1.17.8', to: 'v1.17.9' },
    touch: 'cmd/caddy/main.go'
  },
  {
    name: 'gh',
    module: 'github.com/cli/cli/v2',
    version: 'v2.63.2',
    kind: 'the GitHub CLI',
    bump: { path: 'github.com/cli/go-gh/v2', from: 'v2.11.1', to: 'v2.11.2' },
    touch: 'cmd/gh/main.go'
  },
  {
    name: 'hugo',
    module: 'github.com/gohugoio/hugo',
    version: 'v0.139.4',
    kind: 'a site generator',
    bump: { path: 'github.com/alecthomas/chroma/v2', from: 'v2.14.0', to: 'v2.15.0' },
    touch: 'main.go'
  },
  {
    name: 'otel',
    module: 'go.opentelemetry.io/otel',
    version: 'v1.28.0',
    kind: 'a multi-module SDK',
    bump: { path: 'github.com/stretchr/testify', from: 'v1.9.0', to: 'v1.10.0' },
    touch: 'trace.go',
    submodules: 'versions.yaml'
  }
]

/** The scenarios of one round, in the order they run against one cache service. */
export const SCENARIOS = ['cold', 'exact', 'bump', 'source'] as const
export type Scenario = (typeof SCENARIOS)[number]
