/**
 * Accuracy on real logs users published (fixtures/real-logs, see its README): printed per scenario for the part
 * the rules were tuned on and for the held-out part, which no rule was written from. Permanent failures must
 * never be called transient, and the tuning part must not fall below the level reached (so a regression fails).
 */
import { corpus, diagnoseEntry, isHeldOut, readLog as readLogOf, report, score } from './real-logs.js'
import { FRAMINGS } from './reframe.js'

/**
 * The tuning-part accuracy reached (264/270: 218/222, then 46/48 of the third collection pass, scored before any
 * rule change); a change that loses a log fails here.
 */
const TUNING_FLOOR = 0.977
/** The held-out part is measured, not tuned on: it only has to stay clear of a collapse. */
const HELD_OUT_FLOOR = 0.85

const tuning = corpus.filter(e => !isHeldOut(e))
const heldOut = corpus.filter(isHeldOut)

test('the corpus holds at least 250 logs, every one with its source thread, a label and why', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(250)
  for (const e of corpus) {
    expect(e.source).toMatch(/^[\w.-]+\/[\w.-]+#\d+$/)
    expect(e.why.length).toBeGreaterThan(10)
  }
  expect(heldOut.length).toBeGreaterThanOrEqual(Math.floor(corpus.length / 8))
})

test('accuracy per scenario, tuning part and held-out part', () => {
  const tuned = score(tuning.map(e => diagnoseEntry(e)))
  const held = score(heldOut.map(e => diagnoseEntry(e)))
  console.log(`${report('tuning part', tuned)}\n\n${report('held-out part', held)}`)
  expect(tuned.permanentCalledRetryable).toBe(0)
  expect(held.permanentCalledRetryable).toBe(0)
  expect(tuned.correct / tuned.total).toBeGreaterThanOrEqual(TUNING_FLOOR)
  expect(held.correct / held.total).toBeGreaterThanOrEqual(HELD_OUT_FLOOR)
})

test('every corpus log, re-framed, gets the answer of the log as published', () => {
  let cases = 0
  const differing: string[] = []
  for (const e of corpus) {
    const plain = diagnoseEntry(e).predicted
    for (const [name, frame] of Object.entries(FRAMINGS)) {
      cases++
      const framed = diagnoseEntry(e, frame(readLogOf(e))).predicted
      if (framed !== plain) differing.push(`${e.file} ${name}: ${framed} instead of ${plain}`)
    }
  }
  console.log(`corpus metamorphic cases: ${cases}`)
  expect(differing).toEqual([])
})
