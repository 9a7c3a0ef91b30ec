import { LOCAL_SCENARIOS } from './catalog/local.js'
import { NETWORK_SCENARIOS } from './catalog/network.js'
import { VCS_SCENARIOS } from './catalog/vcs.js'
import { ACTION_PLACEHOLDER, type ScenarioEntry } from './catalog/entry.js'
import { SCENARIO_IDS, type Finding, type ScenarioId } from './types.js'

export type { ScenarioEntry } from './catalog/entry.js'

/** Every scenario id of docs/taxonomy.md with its title, meaning, retryability, fix and documentation. */
export const CATALOG: Readonly<Record<ScenarioId, ScenarioEntry>> = Object.freeze({
  ...NETWORK_SCENARIOS,
  ...VCS_SCENARIOS,
  ...LOCAL_SCENARIOS
} as Record<ScenarioId, ScenarioEntry>)

/** Ids missing from the catalog: empty (a unit test keeps it so). */
export function uncatalogued(): ScenarioId[] {
  return SCENARIO_IDS.filter(id => !CATALOG[id])
}

interface FixContext {
  readonly module?: string
  readonly version?: string
  readonly host?: string
}

/** The fix of a scenario as Markdown: numbered steps, the setup-gomod YAML, the Go documentation link. */
export function renderFix(id: ScenarioId, context: FixContext = {}): string {
  const entry = CATALOG[id]
  const fill = (s: string) => fillPlaceholders(s, context)
  const parts = [entry.steps.map((s, i) => `${i + 1}. ${fill(s)}`).join('\n')]
  if (entry.yaml) parts.push('```yaml\n' + fillPlaceholders(entry.yaml, context, 'code') + '\n```')
  parts.push(`Go documentation: ${entry.docs}`)
  return parts.join('\n\n')
}

/** What a scenario means, in the user's terms, with the facts known filled in. */
export function meaningOf(id: ScenarioId, context: FixContext = {}): string {
  return fillPlaceholders(CATALOG[id].meaning, context)
}

/** What stands for a fact the failure did not name: a noun phrase in prose, a placeholder in code and YAML. */
const UNKNOWN = {
  prose: {
    module: 'the module',
    version: 'the version',
    moduleVersion: 'the module version',
    host: 'the host'
  },
  code: { module: '<module>', version: '<version>', moduleVersion: '<module>@<version>', host: '<host>' }
} as const

/**
 * Fills `{module}`, `{version}`, `{module}@{version}`, `{host}` and `{privatePattern}`. An unknown fact becomes a
 * noun phrase in prose (capitalised where it starts a sentence) and a `<placeholder>` in code spans and YAML, so
 * the text reads as a sentence and the command or YAML as something to complete.
 */
function fillPlaceholders(s: string, c: FixContext, where: 'prose' | 'code' = 'prose'): string {
  // Odd pieces are code spans.
  return s
    .split('`')
    .map((piece, i) => fillPiece(piece, c, i % 2 === 1 ? 'code' : where))
    .join('`')
}

function fillPiece(s: string, c: FixContext, where: 'prose' | 'code'): string {
  const unknown = UNKNOWN[where]
  const moduleVersion = c.module ? (c.version ? `${c.module}@${c.version}` : c.module) : undefined
  const value: Record<string, string | undefined> = {
    '{module}@{version}': moduleVersion,
    '{module}': c.module,
    '{version}': c.version,
    '{host}': c.host
  }
  const fallback: Record<string, string> = {
    '{module}@{version}': unknown.moduleVersion,
    '{module}': unknown.module,
    '{version}': unknown.version,
    '{host}': unknown.host
  }
  return s
    .replace(/\{module\}@\{version\}|\{module\}|\{version\}|\{host\}/g, (p, at: number) => {
      const known = value[p]
      if (known !== undefined) return known
      const startsSentence = /^\s*$|[.!?:]\s+$/.test(s.slice(0, at)) && where === 'prose'
      return startsSentence ? fallback[p][0].toUpperCase() + fallback[p].slice(1) : fallback[p]
    })
    .replace(/\{privatePattern\}/g, privatePattern(c.module))
}

/** A GOPRIVATE pattern for a module: the owner on well-known forges, else the host. */
export function privatePattern(module: string | undefined): string {
  if (!module) return 'git.corp.example/*'
  const parts = module.split('/')
  if (parts.length >= 3 && /^(github\.com|gitlab\.com|bitbucket\.org)$/.test(parts[0])) {
    return `${parts[0]}/${parts[1]}/*`
  }
  return parts[0]
}

/**
 * `owner/repo@ref` of the running action step (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF); undefined outside a
 * runner and for a local action (`uses: ./`), which has neither.
 */
export function runningAction(env: NodeJS.ProcessEnv): string | undefined {
  const repository = env.GITHUB_ACTION_REPOSITORY
  const ref = env.GITHUB_ACTION_REF
  return repository && ref ? `${repository}@${ref}` : undefined
}

/** The finding with its fix YAML naming the running action, when known, instead of OWNER/setup-gomod@v1. */
export function nameRunningAction(finding: Finding, action: string | undefined): Finding {
  if (!action) return finding
  return { ...finding, fix: finding.fix.split(`uses: ${ACTION_PLACEHOLDER}`).join(`uses: ${action}`) }
}
