/**
 * The one way each quantity is written in the log, annotations and the job summary, so that the same duration,
 * size or count reads the same wherever it appears.
 */

const KIB = 1024
const MIB = 1024 * KIB

/**
 * A duration in seconds: at most two decimals under 10 s and one above, without trailing zeros
 * (`0.25 s`, `1.5 s`, `2 s`, `12.3 s`, `900 s`), so a set duration reads as it was set.
 */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 1))} s`
}

/** A size: KiB under 1 MiB, else MiB, one decimal (`512.0 KiB`, `12.3 MiB`); undefined is `size unknown`. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'size unknown'
  return bytes < MIB ? `${(bytes / KIB).toFixed(1)} KiB` : `${(bytes / MIB).toFixed(1)} MiB`
}

/** A count with its noun, plural unless the count is 1 (`1 module`, `0 modules`, `3 entries` with `nouns`). */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`
}
