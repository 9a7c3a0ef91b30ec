import type { InputProblem } from './types.js'

/** Records one problem of the input it was made for; validators never know their input's name. */
export type Report = (value: string, problem: string, expected: string) => void

/** Every problem of every input, so the user sees them all at once instead of one per run. */
export class ProblemList {
  private readonly list: InputProblem[] = []

  get items(): readonly InputProblem[] {
    return this.list
  }

  for(input: string): Report {
    return (value, problem, expected) => {
      this.list.push(Object.freeze({ input, value, problem, expected }))
    }
  }
}

/** Displayed instead of any secret. */
export const REDACTED = '***'

/**
 * Joins the lines of a list input so that a newline acts as `separator`, except where a line already ends
 * (or the next one starts) with a separator: `a,\nb` is `a,b`, not `a,,b`. Blank lines are ignored, as a
 * YAML block scalar often has them.
 */
export function joinLines(raw: string, separator: string, separators: string): string {
  const lines = raw
    .split(/\r?\n|\r/)
    .map(line => line.trim())
    .filter(line => line !== '')
  let joined = ''
  for (const line of lines) {
    if (joined === '' || separators.includes(joined.at(-1) ?? '') || separators.includes(line[0]))
      joined += line
    else joined += separator + line
  }
  return joined
}

/** Wraps a Report to tell afterwards whether anything was reported through it. */
export function tracking(report: Report): { readonly report: Report; readonly failed: () => boolean } {
  let failed = false
  return {
    report: (value, problem, expected) => {
      failed = true
      report(value, problem, expected)
    },
    failed: () => failed
  }
}
