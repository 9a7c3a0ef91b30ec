import { readFileSync } from 'node:fs'

/** What this action reads from the workflow's event payload (GITHUB_EVENT_PATH). */
export interface EventFacts {
  /** `repository.default_branch`, when the payload names it. */
  readonly defaultBranch: string | undefined
  /**
   * `repository.private` is true or `repository.visibility` is `private` or `internal`. False for a payload
   * that does not say: pull requests from forks can restore a public repository's caches, so "unknown" must be
   * treated like public.
   */
  readonly privateRepository: boolean
}

interface Payload {
  repository?: { default_branch?: unknown; private?: unknown; visibility?: unknown }
}

export function eventFacts(eventPath: string | undefined = process.env.GITHUB_EVENT_PATH): EventFacts {
  let repository: Payload['repository']
  try {
    repository = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as Payload).repository : undefined
  } catch {
    repository = undefined
  }
  const branch = repository?.default_branch
  const visibility = repository?.visibility
  const saysPublic = repository?.private === false || visibility === 'public'
  const saysPrivate = repository?.private === true || visibility === 'private' || visibility === 'internal'
  return {
    defaultBranch: typeof branch === 'string' && branch !== '' ? branch : undefined,
    // Two fields that disagree read as public, the safe side.
    privateRepository: saysPrivate && !saysPublic
  }
}
