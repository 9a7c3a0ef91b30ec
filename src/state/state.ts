import * as core from '@actions/core'

/** One typed value handed from the main step to the post step through GITHUB_STATE. */
export interface StateItem<T> {
  save(value: T): void
  /** undefined when main never saved it (it failed before, or the feature was off). */
  load(): T | undefined
}

/**
 * Each feature declares its own items next to its code (no shared enum to edit). Main saves an item the
 * moment it exists, so that post can still clean up after a main step that crashed halfway.
 */
export function stateItem<T>(name: string): StateItem<T> {
  return {
    save: value => core.saveState(name, JSON.stringify(value)),
    load: () => {
      const raw = core.getState(name)
      if (raw === '') return undefined
      try {
        return JSON.parse(raw) as T
      } catch {
        core.warning(`Ignoring unreadable state '${name}' handed over from the main step.`)
        return undefined
      }
    }
  }
}
