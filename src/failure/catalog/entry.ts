import type { ScenarioId } from '../types.js'

/** One scenario of the troubleshooting index (docs/troubleshooting.md): what it is and what to do. */
export interface ScenarioEntry {
  readonly title: string
  /** One or two sentences: what happened, in the user's terms. */
  readonly meaning: string
  /** A plain re-run (or an automatic retry) is worth trying. */
  readonly retryable: boolean
  /**
   * Concrete steps, in order; `{module}`, `{version}` and `{host}` are filled in from the finding, and read as a
   * sentence when it names none (catalog.ts: fillPlaceholders).
   */
  readonly steps: readonly string[]
  /** The setup-gomod step that fixes it, when inputs are the fix. */
  readonly yaml?: string
  /** The Go documentation that explains the mechanism. */
  readonly docs: string
}

export type CatalogPart = Readonly<Partial<Record<ScenarioId, ScenarioEntry>>>

const REF = 'https://go.dev/ref/mod'
export const DOCS = {
  proxy: `${REF}#module-proxy`,
  envVars: `${REF}#environment-variables`,
  privateModules: `${REF}#private-modules`,
  proxyAuth: `${REF}#private-module-proxy-auth`,
  checksumDb: `${REF}#checksum-database`,
  auth: `${REF}#private-module-repo-auth`,
  vcsFind: `${REF}#vcs-find`,
  vcs: `${REF}#vcs`,
  versions: `${REF}#versions`,
  pseudo: `${REF}#pseudo-versions`,
  majorSuffix: `${REF}#major-version-suffixes`,
  modulePath: `${REF}#module-path`,
  resolvePkg: `${REF}#resolve-pkg-mod`,
  zip: `${REF}#zip-path-size-constraints`,
  goSum: `${REF}#go-sum-files`,
  goMod: `${REF}#go-mod-file`,
  replace: `${REF}#go-mod-file-replace`,
  vendoring: `${REF}#vendoring`,
  modCache: `${REF}#module-cache`,
  toolchain: 'https://go.dev/doc/toolchain',
  workspaces: `${REF}#workspaces`,
  faqGitHttps: 'https://go.dev/doc/faq#git_https',
  install: 'https://go.dev/doc/install',
  goproxyEnv: `${REF}#goproxy-protocol`
} as const

/** What the fix YAML's `uses:` names until the running action is known (catalog.ts: nameRunningAction). */
export const ACTION_PLACEHOLDER = 'OWNER/setup-gomod@v1'

/** The setup-gomod step with the given inputs, as a user pastes it into a workflow. */
export function step(inputs: string): string {
  return `- uses: ${ACTION_PLACEHOLDER}\n  with:\n${inputs
    .trim()
    .split('\n')
    .map(l => `    ${l}`)
    .join('\n')}`
}
