import { readFileSync } from 'node:fs'
import type { CacheSave } from '../inputs/types.js'

/**
 * Whether `cache-save` lets this run save: `never` does not, `default-branch` only when GITHUB_REF is the
 * repository's default branch (from the event payload, the only place the runner states it). Returns why
 * not, or undefined when saving is allowed.
 */
export function saveRefusal(save: CacheSave, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (save === 'never') return 'cache-save: never (restore only)'
  if (save === 'on-change') return undefined
  const branch = defaultBranch(env.GITHUB_EVENT_PATH)
  if (branch === undefined)
    return 'cache-save: default-branch, and the event payload does not name the default branch'
  const ref = env.GITHUB_REF ?? ''
  return ref === `refs/heads/${branch}`
    ? undefined
    : `cache-save: default-branch, and ${ref || 'this run'} is not refs/heads/${branch}`
}

function defaultBranch(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { repository?: { default_branch?: unknown } }
    const branch = event.repository?.default_branch
    return typeof branch === 'string' && branch !== '' ? branch : undefined
  } catch {
    return undefined
  }
}
