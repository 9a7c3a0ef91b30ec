import * as core from '@actions/core'

export interface PhaseTiming {
  readonly name: string
  readonly ms: number
}

/** Runs one phase of the action in its own log group and records how long it took. */
export class Phases {
  readonly timings: PhaseTiming[] = []

  async run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await core.group(name, fn)
    } finally {
      const ms = Math.round(performance.now() - started)
      this.timings.push({ name, ms })
      core.info(`${name}: ${ms} ms`)
    }
  }
}
