/**
 * The real-log corpus (fixtures/real-logs): logs users published in public issue threads, verbatim, each with
 * its source thread, the label the thread's resolution supports and why. A fixed fifth (by the source's SHA-1)
 * is held out: it is measured, never looked at while rules are written.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CATALOG } from '../src/failure/catalog.js'
import { classifyLog } from '../src/failure/classify.js'
import type { ScenarioId } from '../src/failure/types.js'

export interface CorpusEntry {
  readonly file: string
  readonly source: string
  readonly label: ScenarioId | null
  readonly why: string
  readonly collector: string
}

export const CORPUS_DIR = fileURLToPath(new URL('./fixtures/real-logs/', import.meta.url))

export const corpus: readonly CorpusEntry[] = readFileSync(`${CORPUS_DIR}manifest.jsonl`, 'utf8')
  .split('\n')
  .filter(l => l.trim())
  .map(l => JSON.parse(l) as CorpusEntry)

/** Held out: the first hex digit of SHA-1(source) is 0, 1 or 2 (3/16 of the threads, all logs of a thread). */
export const isHeldOut = (e: CorpusEntry): boolean =>
  '012'.includes(createHash('sha1').update(e.source).digest('hex')[0])

export interface Outcome {
  readonly entry: CorpusEntry
  readonly predicted: ScenarioId | null
  readonly retryable: boolean | null
}

export const readLog = (e: CorpusEntry): string => readFileSync(`${CORPUS_DIR}logs/${e.file}`, 'utf8')

export function diagnoseEntry(entry: CorpusEntry, text = readLog(entry)): Outcome {
  const { primary } = classifyLog(text)
  return { entry, predicted: primary?.id ?? null, retryable: primary?.retryable ?? null }
}

export interface Score {
  readonly total: number
  readonly correct: number
  /** Per label: [correct, total]. */
  readonly perLabel: ReadonlyMap<string, readonly [number, number]>
  /** Logs whose failure needs a change, called transient. */
  readonly permanentCalledRetryable: number
}

export function score(outcomes: readonly Outcome[]): Score {
  const perLabel = new Map<string, [number, number]>()
  let correct = 0
  let permanentCalledRetryable = 0
  for (const o of outcomes) {
    const label = o.entry.label ?? 'null'
    const hit = o.predicted === o.entry.label
    const row = perLabel.get(label) ?? [0, 0]
    perLabel.set(label, [row[0] + (hit ? 1 : 0), row[1] + 1])
    if (hit) correct++
    if (o.entry.label && !CATALOG[o.entry.label].retryable && o.retryable === true) permanentCalledRetryable++
  }
  return { total: outcomes.length, correct, perLabel, permanentCalledRetryable }
}

export function report(name: string, s: Score): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-')
  const rows = [...s.perLabel.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([label, [c, t]]) =>
        `  ${label.padEnd(34)} ${String(c).padStart(3)}/${String(t).padEnd(3)} ${pct(c, t)}`
    )
  return [
    `${name}: ${s.correct}/${s.total} = ${pct(s.correct, s.total)} top-1; permanent called retryable: ${s.permanentCalledRetryable}`,
    ...rows
  ].join('\n')
}
