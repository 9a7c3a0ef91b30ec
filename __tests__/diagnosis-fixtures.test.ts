/**
 * Every captured or hand-written go output in __tests__/fixtures/diagnosis (see manifest.json for the go version,
 * the command and how each was produced) is named with its scenario id and the fields it shows.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { classifyLog } from '../src/failure/classify.js'
import { SCENARIO_IDS } from '../src/failure/types.js'

interface Entry {
  file: string
  scenario: string
  go: string
  produced: 'captured' | 'hand-written'
  how: string
  expect: Record<string, string | number>
}

const DIR = fileURLToPath(new URL('./fixtures/diagnosis/', import.meta.url))
const manifest = (JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as { fixtures: Entry[] }).fixtures

test.each(manifest.map(e => [e.file, e] as const))('%s', (_file, entry) => {
  const { primary, findings } = classifyLog(readFileSync(DIR + entry.file, 'utf8'))
  expect(primary?.id).toBe(entry.scenario)
  expect(findings.length).toBeGreaterThan(0)
  for (const [key, value] of Object.entries(entry.expect)) {
    expect({ [key]: primary?.[key as keyof typeof primary] }).toEqual({ [key]: value })
  }
  expect(primary?.evidence.length).toBeGreaterThan(0)
})

test('every scenario id has a fixture, and both go versions are captured', () => {
  const covered = new Set(manifest.map(e => e.scenario))
  expect(SCENARIO_IDS.filter(id => !covered.has(id))).toEqual([])
  expect(manifest.filter(e => !(SCENARIO_IDS as readonly string[]).includes(e.scenario))).toEqual([])
  const versions = new Set(
    manifest.filter(e => e.produced === 'captured').map(e => e.go.replace(/\.\d+$/, ''))
  )
  expect([...versions].sort()).toEqual(['go1.22', 'go1.26'])
})

test('a hand-written fixture says why it is not captured and cites the Go source file of its wording', () => {
  const handWritten = manifest.filter(e => e.produced === 'hand-written')
  for (const e of handWritten) {
    expect(e.file).toMatch(/\.handwritten\.txt$/)
    expect({ [e.file]: /\b[\w/]+\.go\b/.test(e.how) }).toEqual({ [e.file]: true })
  }
  expect(manifest.filter(e => e.produced === 'captured' && /handwritten/.test(e.file))).toEqual([])
})
