import { LOCAL_SCENARIOS } from './catalog/local.js'
import { NETWORK_SCENARIOS } from './catalog/network.js'
import { VCS_SCENARIOS } from './catalog/vcs.js'
import type { ScenarioEntry } from './catalog/entry.js'
import { SCENARIO_IDS, type ScenarioId } from './types.js'

export type { ScenarioEntry } from './catalog/entry.js'

/** Every scenario id of failure-taxonomy.md with its title, meaning, retryability, fix and documentation. */
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
  if (entry.yaml) parts.push('```yaml\n' + fill(entry.yaml) + '\n```')
  parts.push(`Go documentation: ${entry.docs}`)
  return parts.join('\n\n')
}

/** What a scenario means, in the user's terms, with the facts known filled in. */
export function meaningOf(id: ScenarioId, context: FixContext = {}): string {
  return fillPlaceholders(CATALOG[id].meaning, context)
}

function fillPlaceholders(s: string, c: FixContext): string {
  return s
    .replace(/\{module\}/g, c.module ?? 'the module')
    .replace(/\{version\}/g, c.version ?? 'its version')
    .replace(/\{host\}/g, c.host ?? 'the host')
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
