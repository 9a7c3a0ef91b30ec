import type { CacheSave } from '../inputs/types.js'
import { eventFacts } from '../util/event-payload.js'
import { untrustedEvent } from './events.js'

/**
 * Whether `cache-save` lets this run save: `never` does not, no mode but `always` under an untrusted event,
 * `default-branch` only when GITHUB_REF is the repository's default branch (from the event payload, the only
 * place the runner states it). Returns why not, or undefined when saving is allowed.
 */
export function saveRefusal(save: CacheSave, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (save === 'never') return 'cache-save: never (restore only)'
  if (save === 'always') return undefined
  const event = untrustedEvent(env)
  if (event)
    return (
      `${event} runs may execute untrusted code, so no cache is saved under it; ` +
      '`cache-save: always` would save anyway'
    )
  if (save === 'on-change') return undefined
  const branch = eventFacts(env.GITHUB_EVENT_PATH).defaultBranch
  if (branch === undefined)
    return 'cache-save: default-branch, and the event payload does not name the default branch'
  const ref = env.GITHUB_REF ?? ''
  return ref === `refs/heads/${branch}`
    ? undefined
    : `cache-save: default-branch, and ${ref || 'this run'} is not refs/heads/${branch}`
}

/**
 * The service refused to reserve the key because this run's cache token is read-only (GitHub issues such
 * tokens to runs of untrusted events): a policy, not a failure. @actions/cache words it as a reserve failure
 * (`cache write denied:` in the message, or the 403 of the Twirp call).
 */
export function isReadOnlyRefusal(reserveError: string | undefined): boolean {
  return /cache write denied|read-only|\(403\)/i.test(reserveError ?? '')
}

/** How post reports a read-only refusal. */
export const READ_ONLY_NOTE = 'not saved: read-only cache for this event'
