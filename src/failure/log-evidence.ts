import { relabel } from './relabel.js'
import type { Finding } from './types.js'

/** How many distinct modules one mirror must answer a bare 404 for before the mirror is the likelier fault. */
const MANY_MODULES = 3

/**
 * What a whole log shows beyond each failure's own text: a failure reported twice for one module version,
 * once cut off after `server response:`, is the same failure (the complete report names it); and one mirror
 * answering a bare "not found" for many different modules is failing itself, as no mirror lacks many
 * published modules at once.
 */
export function reconcile(findings: readonly Finding[]): Finding[] {
  const complete = findings.filter(
    f => !(isCut(f) && findings.some(o => o !== f && sameVersion(o, f) && !isCut(o)))
  )
  const bare = complete.filter(
    f => f.id === 'module-not-found' && f.host && (f.httpStatus === 404 || f.httpStatus === 410) && f.module
  )
  const byHost = new Map<string, Set<string>>()
  for (const f of bare)
    byHost.set(f.host as string, (byHost.get(f.host as string) ?? new Set()).add(f.module as string))
  const failing = new Set(
    [...byHost].filter(([, modules]) => modules.size >= MANY_MODULES).map(([host]) => host)
  )
  return complete.map(f =>
    bare.includes(f) && failing.has(f.host as string) ? relabel(f, 'proxy-bad-response') : f
  )
}

function isCut(f: Finding): boolean {
  return /server response:\s*$/.test(f.evidence.at(-1) ?? '')
}

function sameVersion(a: Finding, b: Finding): boolean {
  return a.module !== undefined && a.module === b.module && a.version === b.version
}
