import { relabel } from '../failure/relabel.js'
import { repositoryUrl } from '../go/repository.js'
import type { ProbeResult } from './probes.js'
import type { Finding } from '../failure/types.js'

/**
 * What the `git ls-remote` probes prove beyond go's words. git prints `could not read Username` after any 401,
 * also when the request carried a configured Authorization header; the probe knows whether one was
 * configured, and then the credential was refused (git-auth-rejected), not missing. `serverHost` is the one
 * the probes were planned with (checks.ts), so a module's repository is the URL its probe tested.
 */
export function sharpenWithGitProbes<T extends { readonly finding: Finding }>(
  located: readonly T[],
  probes: readonly ProbeResult[],
  serverHost?: string
): { located: T[]; notes: string[] } {
  const rejected = probes.filter(p => p.check === 'git ls-remote' && p.scenario === 'git-auth-rejected')
  const notes: string[] = []
  const out = located.map(l => {
    const f = l.finding
    if (f.id !== 'git-auth-missing' || !f.module) return l
    const probe = rejected.find(p => p.target === repositoryUrl(f.module as string, serverHost))
    if (!probe) return l
    notes.push(
      `Probe "git ls-remote" of ${probe.target} sent the configured credential and ${f.host ?? 'the host'} refused it: ` +
        `git's "could not read Username" means the credential is wrong, expired or may not read the repository, so the verdict is git-auth-rejected.`
    )
    return { ...l, finding: relabel(f, 'git-auth-rejected') }
  })
  return { located: out, notes: [...new Set(notes)] }
}
