import * as core from '@actions/core'

/**
 * Everything main hands to post, typed. Main saves each item the moment it exists, so that post can still
 * clean up after a main step that crashed halfway.
 */
export interface ActionState {
  /** Main recorded a complete, successful download (the cache may be saved). */
  readonly downloadSucceeded: boolean
  readonly gomodcache: string
  readonly moduleCount: number
}

const KEYS: { readonly [K in keyof ActionState]: string } = {
  downloadSucceeded: 'download-succeeded',
  gomodcache: 'gomodcache',
  moduleCount: 'module-count'
}

export function saveState<K extends keyof ActionState>(key: K, value: ActionState[K]): void {
  core.saveState(KEYS[key], JSON.stringify(value))
}

/** Every item main saved; absent ones are undefined (main failed before reaching them). */
export function loadState(): Partial<ActionState> {
  const state: Record<string, unknown> = {}
  for (const [key, name] of Object.entries(KEYS)) {
    const raw = core.getState(name)
    if (raw === '') continue
    try {
      state[key] = JSON.parse(raw)
    } catch {
      core.warning(`Ignoring unreadable state '${name}' handed over from the main step.`)
    }
  }
  return state as Partial<ActionState>
}
