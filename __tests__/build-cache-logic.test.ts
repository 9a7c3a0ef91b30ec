/** The pure parts of the build cache: the job leg in its key, untrusted events, GOCACHE pruning and the save rule. */
import { existsSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { makeTempDir, removeTempDir } from '../testkit/go-env.js'
import { untrustedEvent } from '../src/cache/events.js'
import {
  actionOutputId,
  buildSaveSkip,
  hasEntries,
  listGocache,
  outputsNamedBy,
  planPrune,
  removeEntries,
  totals,
  type GocacheEntry
} from '../src/cache/gocache-files.js'
import { setEntryTimes } from '../testkit/gocache-times.js'
import { buildLeg } from '../src/cache/keys.js'

let tmp: string
beforeEach(() => (tmp = makeTempDir('setup-gomod-gocache-unit-')))
afterEach(() => removeTempDir(tmp))

const hex = (c: string) => c.repeat(64)

describe('build leg', () => {
  const base = { GITHUB_JOB: 'test', ImageOS: 'ubuntu24', RUNNER_ARCH: 'X64', HOME: '/home/runner' }

  test('the job id in clear and a hash of the matrix variables', () => {
    const leg = buildLeg(base, '')
    expect(leg).toMatch(/^test-[0-9a-f]{8}$/)
    expect(buildLeg({ ...base }, '')).toBe(leg)
    // What a runner sets for every job alike does not split the key.
    expect(buildLeg({ ...base, HOME: '/root', GITHUB_RUN_ID: '7' }, '')).toBe(leg)
  })

  test('another job, runner image, cgo setting, GOAMD64 level or GOFLAGS is another leg', () => {
    const legs = [
      buildLeg(base, ''),
      buildLeg({ ...base, GITHUB_JOB: 'lint' }, ''),
      buildLeg({ ...base, ImageOS: 'ubuntu22' }, ''),
      buildLeg({ ...base, CGO_ENABLED: '0' }, ''),
      buildLeg({ ...base, GOAMD64: 'v3' }, ''),
      buildLeg(base, '-tags=integration')
    ]
    expect(new Set(legs).size).toBe(legs.length)
    expect(legs[1]).toMatch(/^lint-/)
  })

  test('a job id is made safe for a key and values never show', () => {
    expect(buildLeg({ GITHUB_JOB: 'a b,c/d' }, '')).toMatch(/^a_b_c_d-[0-9a-f]{8}$/)
    expect(buildLeg({}, '')).toMatch(/^job-[0-9a-f]{8}$/)
    expect(buildLeg({ GITHUB_JOB: 'x'.repeat(80) }, '')).toMatch(/^x{32}-[0-9a-f]{8}$/)
    expect(buildLeg({ ...base, CGO_CFLAGS: '-Isecret-path' }, '-secretflag')).not.toMatch(/secret/)
  })
})

describe('untrusted events', () => {
  test('pull_request_target, workflow_run and issue_comment; not push or pull_request', () => {
    for (const event of ['pull_request_target', 'workflow_run', 'issue_comment'])
      expect(untrustedEvent({ GITHUB_EVENT_NAME: event })).toBe(event)
    for (const event of ['push', 'pull_request', 'schedule', 'workflow_dispatch', ''])
      expect(untrustedEvent({ GITHUB_EVENT_NAME: event })).toBeUndefined()
    expect(untrustedEvent({})).toBeUndefined()
  })
})

describe('GOCACHE files', () => {
  const HOUR = 3600 * 1000
  const restoredAt = Date.parse('2026-01-10T12:00:00Z')

  /** Writes GOCACHE/<rel> with an explicit mtime (no clock involved). */
  function entry(rel: string, text: string, mtimeMs: number): void {
    const file = path.join(tmp, rel)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
    utimesSync(file, mtimeMs / 1000, mtimeMs / 1000)
    // An executable entry is a directory: go dates the directory.
    if (/-d$/.test(path.dirname(file))) utimesSync(path.dirname(file), mtimeMs / 1000, mtimeMs / 1000)
  }
  const action = (out: string) => `v1 ${hex('e')} ${out} 4 1700000000000000000\n`

  test('an action file names its output entry', () => {
    expect(actionOutputId(action(hex('b')))).toBe(hex('b'))
    expect(actionOutputId('garbage')).toBeUndefined()
  })

  test('listing sees only entries of the hex subdirectories; an executable directory is one entry', async () => {
    entry(`aa/${hex('a')}-a`, action(hex('b')), restoredAt)
    entry(`bb/${hex('b')}-d`, 'data', restoredAt)
    entry(`cc/${hex('c')}-d/tool`, 'binary!', restoredAt)
    entry('trim.txt', '1700000000', restoredAt)
    entry('README', 'cache', restoredAt)
    entry('fuzz/x/corpus', 'seed', restoredAt)
    entry('aa/not-an-entry', '', restoredAt)
    const listed = await listGocache(tmp)
    expect(listed.map(e => [e.rel, e.bytes, e.isDir])).toEqual([
      [`aa/${hex('a')}-a`, action(hex('b')).length, false],
      [`bb/${hex('b')}-d`, 4, false],
      [`cc/${hex('c')}-d`, 7, true]
    ])
    expect(totals(listed)).toEqual({ entries: 3, bytes: action(hex('b')).length + 11 })
    expect(await listGocache(path.join(tmp, 'absent'))).toEqual([])
  })

  test('a GOCACHE with only README, trim.txt and empty subdirectories has no entries', async () => {
    expect(await hasEntries(path.join(tmp, 'absent'))).toBe(false)
    entry('README', 'cache', restoredAt)
    entry('trim.txt', '1700000000', restoredAt)
    mkdirSync(path.join(tmp, '00'))
    entry('fuzz/x/corpus', 'seed', restoredAt)
    expect(await hasEntries(tmp)).toBe(false)
    entry(`ff/${hex('f')}-a`, action(hex('b')), restoredAt)
    expect(await hasEntries(tmp)).toBe(true)
  })

  test('dating back sets every entry, directories included, to the given time', async () => {
    entry(`aa/${hex('a')}-a`, action(hex('b')), restoredAt)
    entry(`cc/${hex('c')}-d/tool`, 'binary!', restoredAt)
    const old = new Date(restoredAt - 24 * HOUR)
    await setEntryTimes(tmp, await listGocache(tmp), old)
    expect((await listGocache(tmp)).map(e => e.mtimeMs)).toEqual([old.getTime(), old.getTime()])
  })

  test('pruning keeps used and new entries and the outputs used actions name; drops the rest', async () => {
    const old = restoredAt - 24 * HOUR
    const used = restoredAt + HOUR
    entry(`11/${hex('1')}-a`, action(hex('2')), used) // used action; its output reused untouched
    entry(`22/${hex('2')}-d`, 'out1', old)
    entry(`33/${hex('3')}-a`, action(hex('4')), old) // untouched action and output
    entry(`44/${hex('4')}-d`, 'out2', old)
    entry(`55/${hex('5')}-d`, 'new!', used) // made by the job
    entry(`66/${hex('6')}-d/tool`, 'binary', old) // untouched executable
    const entries = await listGocache(tmp)
    const usedSince = restoredAt - 60_000
    const named = await outputsNamedBy(tmp, entries, usedSince)
    expect([...named]).toEqual([`22/${hex('2')}-d`])
    const plan = planPrune(entries, usedSince, named)
    expect(plan.keep.map(e => e.rel)).toEqual([`11/${hex('1')}-a`, `22/${hex('2')}-d`, `55/${hex('5')}-d`])
    expect(plan.drop.map(e => e.rel)).toEqual([`33/${hex('3')}-a`, `44/${hex('4')}-d`, `66/${hex('6')}-d`])
    await removeEntries(tmp, plan.drop)
    expect((await listGocache(tmp)).map(e => e.rel)).toEqual(plan.keep.map(e => e.rel))
    expect(existsSync(path.join(tmp, `66/${hex('6')}-d`))).toBe(false)
    expect(statSync(path.join(tmp, `22/${hex('2')}-d`)).mtimeMs).toBe(old)
  })

  test('planPrune on a miss (usedSince 0) keeps everything', () => {
    const e: GocacheEntry = { rel: `aa/${hex('a')}-d`, bytes: 1, mtimeMs: 5, isDir: false }
    expect(planPrune([e], 0, new Set())).toEqual({ keep: [e], drop: [] })
  })
})

describe('build save rule', () => {
  const mb = 2 ** 20
  test('saves a first build; skips empty, nothing new, and under 1% new bytes', () => {
    expect(buildSaveSkip({ entries: 0, bytes: 0 }, { entries: 10, bytes: mb })).toBeUndefined()
    expect(buildSaveSkip({ entries: 0, bytes: 0 }, { entries: 0, bytes: 0 })).toBe('empty')
    expect(buildSaveSkip({ entries: 100, bytes: 100 * mb }, { entries: 100, bytes: 100 * mb })).toBe(
      'nothing new since the restore'
    )
    expect(buildSaveSkip({ entries: 100, bytes: 100 * mb }, { entries: 104, bytes: 100.5 * mb })).toBe(
      '4 new entries, 0.50% of the restored bytes: under 1%'
    )
    expect(
      buildSaveSkip({ entries: 100, bytes: 100 * mb }, { entries: 104, bytes: 101 * mb })
    ).toBeUndefined()
  })
})
