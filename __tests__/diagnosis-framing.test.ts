/**
 * Metamorphic tests: every fixture of __tests__/fixtures/diagnosis, re-framed the ways real logs arrive
 * (timestamps, BuildKit, ANSI, CRLF, 80-column wrapping, JSON strings, workflow commands), gets the
 * diagnosis of the plain fixture: framing is removed once, before any rule looks at the log.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { classifyLog } from '../src/failure/classify.js'
import { FRAMINGS } from './reframe.js'

const DIR = fileURLToPath(new URL('./fixtures/diagnosis/', import.meta.url))
const files = (
  JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as { fixtures: { file: string }[] }
).fixtures.map(f => f.file)

const answer = (text: string) => {
  const { primary } = classifyLog(text)
  return primary && { id: primary.id, module: primary.module, version: primary.version }
}

const cases = files.flatMap(file => Object.keys(FRAMINGS).map(framing => [file, framing] as const))

test.each(cases)('%s, %s', (file, framing) => {
  const plain = readFileSync(DIR + file, 'utf8')
  const expected = answer(plain)
  expect(expected).not.toBeNull()
  expect(answer(FRAMINGS[framing](plain))).toEqual(expected)
})

test('the metamorphic cases cover every fixture in every framing', () => {
  expect(cases.length).toBe(files.length * Object.keys(FRAMINGS).length)
  console.log(
    `metamorphic cases: ${cases.length} (${files.length} fixtures × ${Object.keys(FRAMINGS).length} framings)`
  )
})
