import { matchPrefixPatterns } from '../go/module-patterns.js'
import type { EnvPlan } from './plan-env.js'

export interface ProjectFacts {
  /** Module roots (or the workspace root) of the download set, relative to the working directory. */
  readonly roots: readonly { readonly dir: string; readonly hasVendor: boolean }[]
}

/**
 * Settings that go accepts but that probably do not do what the user wants. Pure, so every rule is unit
 * tested; each warning names the variables involved and the fix.
 */
export function findInconsistencies(plan: EnvPlan, project: ProjectFacts): string[] {
  const env = plan.effective
  const warnings: string[] = []
  const privatePatterns = splitList(env.GOPRIVATE)

  if (plan.explicit.GONOSUMDB && env.GOSUMDB !== 'off') {
    const checked = privatePatterns.filter(p => !matchPrefixPatterns(env.GONOSUMDB, p))
    if (checked.length) {
      warnings.push(
        `GONOSUMDB=${show(env.GONOSUMDB)} replaces the GOPRIVATE default, so ${list(checked)} ` +
          `${checked.length > 1 ? 'are' : 'is'} still checked against the public checksum database ` +
          `(${env.GOSUMDB}), which fails for private modules. Add ${list(checked)} to gonosumdb, or leave ` +
          `gonosumdb empty to follow goprivate.`
      )
    }
  }

  if (plan.explicit.GONOPROXY && !isDirectOnly(env.GOPROXY)) {
    const proxied = privatePatterns.filter(p => !matchPrefixPatterns(env.GONOPROXY, p))
    if (proxied.length) {
      warnings.push(
        `GONOPROXY=${show(env.GONOPROXY)} replaces the GOPRIVATE default, so ${list(proxied)} ` +
          `${proxied.length > 1 ? 'are' : 'is'} still fetched through GOPROXY=${env.GOPROXY}. Add ` +
          `${list(proxied)} to gonoproxy, or leave gonoproxy empty to follow goprivate.`
      )
    }
  }

  if (/(^|\s)-mod=vendor(\s|$)/.test(env.GOFLAGS)) {
    const missing = project.roots.filter(r => !r.hasVendor).map(r => r.dir)
    if (missing.length) {
      warnings.push(
        `GOFLAGS has -mod=vendor, but ${list(missing)} ${missing.length > 1 ? 'have' : 'has'} no vendor/ ` +
          `directory: builds will fail with "inconsistent vendoring" or missing packages. Run \`go mod vendor\` ` +
          `and commit vendor/, or drop -mod=vendor from goflags.`
      )
    }
  }

  const chain = commaChain(env.GOPROXY)
  if (chain) {
    warnings.push(
      `GOPROXY=${env.GOPROXY} separates "${chain.first}" and "${chain.next}" with ",", which falls through to ` +
        `the next entry only on 404 and 410: a timeout or 5xx from the first proxy fails the download without ` +
        `trying the next. Use "|" to fall through on any error: ${chain.suggestion}`
    )
  }
  return warnings
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
}

function isDirectOnly(goproxy: string): boolean {
  return goproxy === 'direct' || goproxy === 'off'
}

/**
 * The first pair of proxy URLs joined by ",", and the list with every such "," turned into "|". A "," before
 * direct or off is the usual form and left alone.
 */
function commaChain(goproxy: string): { first: string; next: string; suggestion: string } | undefined {
  const parts = goproxy.split(/([,|])/).map(p => p.trim())
  const isUrl = (e: string | undefined) => e !== undefined && e !== '' && e !== 'direct' && e !== 'off'
  let found: { first: string; next: string } | undefined
  for (let i = 1; i < parts.length; i += 2) {
    if (parts[i] === ',' && isUrl(parts[i - 1]) && isUrl(parts[i + 1])) {
      found ??= { first: parts[i - 1], next: parts[i + 1] }
      parts[i] = '|'
    }
  }
  return found && { ...found, suggestion: parts.join('') }
}

function list(items: readonly string[]): string {
  return items.map(i => `"${i}"`).join(', ')
}

function show(value: string): string {
  return value === '' ? '""' : value
}
