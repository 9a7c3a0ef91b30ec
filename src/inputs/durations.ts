import type { Report } from './problem-list.js'

// Longer delays overflow Node's timers, which then fire at once instead of never.
export const MAX_DURATION_MS = 2 ** 31 - 1

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const
const EXPECTED =
  'a whole number of seconds or h, m, s, ms parts in that order, e.g. `90`, `90s`, `2m`, `1m30s`, `500ms`'
// `m(?!s)` keeps `500ms` from being read as 500 minutes and a stray `s`.
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/

export interface DurationRule {
  readonly allowZero: boolean
}

/** Parses one duration input to milliseconds, or reports why it cannot and returns undefined. */
export function parseDuration(value: string, report: Report, rule: DurationRule): number | undefined {
  const ms = toMs(value, report)
  if (ms === undefined) return undefined
  if (ms === 0 && !rule.allowZero) {
    report(value, 'must be longer than zero', `a positive duration, e.g. \`30s\``)
    return undefined
  }
  if (ms > MAX_DURATION_MS) {
    report(value, 'is longer than the longest supported duration (about 24 days)', `at most \`596h\``)
    return undefined
  }
  return ms
}

function toMs(value: string, report: Report): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000
  if (value.startsWith('-')) {
    report(value, 'is negative', EXPECTED)
    return undefined
  }
  const match = DURATION.exec(value)
  if (match && value !== '') {
    const [, h, m, s, ms] = match
    return (
      Number(h ?? 0) * UNIT_MS.h +
      Number(m ?? 0) * UNIT_MS.m +
      Number(s ?? 0) * UNIT_MS.s +
      Number(ms ?? 0) * UNIT_MS.ms
    )
  }
  report(value, describe(value), EXPECTED)
  return undefined
}

/** Names the most likely mistake, so the message says more than "invalid". */
function describe(value: string): string {
  if (/\s/.test(value)) return 'has spaces inside the duration'
  if (/\d[.,]\d/.test(value)) return 'is not a whole number (use a smaller unit, e.g. `1500ms` for 1.5s)'
  const parts = [...value.matchAll(/(\d+)([a-zA-Z]*)/g)]
  if (parts.length === 0 || parts.map(p => p[0]).join('') !== value) return 'is not a duration'
  const units = parts.map(p => p[2])
  const unknown = units.find(u => !(u in UNIT_MS))
  if (unknown !== undefined)
    return unknown === '' ? 'has a number without a unit' : `has an unknown unit \`${unknown}\``
  return 'repeats a unit or has its units out of order (h, m, s, ms)'
}
