/**
 * Events whose runs may execute code from outside the repository while holding the base branch's cache
 * scope: `pull_request_target` and `issue_comment` run on the default branch for a pull request's author,
 * `workflow_run` runs after (and often on the artifacts of) a fork's workflow. Whatever such a run leaves in
 * a cache directory is not to be handed to the next trusted run.
 */
const UNTRUSTED_EVENTS: ReadonlySet<string> = new Set([
  'pull_request_target',
  'workflow_run',
  'issue_comment'
])

/** The event name when this run's event is one that must never save a cache entry, else undefined. */
export function untrustedEvent(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? ''
  return UNTRUSTED_EVENTS.has(event) ? event : undefined
}
