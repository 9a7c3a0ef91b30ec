import { readFileSync } from 'node:fs'
import { CATALOG } from '../src/failure/catalog.js'
import { shape } from '../src/diagnosis/cli.js'
import { SCENARIO_IDS } from '../src/failure/types.js'

const doc = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8')

describe('hand-written docs stay in step with the code', () => {
  test('docs/taxonomy.md lists every scenario id once, with the catalog retryability', () => {
    const listed = [...doc('taxonomy.md').matchAll(/^- `([a-z0-9-]+)` \((R|P)\b/gm)].map(m => ({
      id: m[1],
      retryable: m[2] === 'R'
    }))
    expect(listed.map(l => l.id).sort()).toEqual([...SCENARIO_IDS].sort())
    expect(listed).toEqual(
      listed.map(l => ({ id: l.id, retryable: CATALOG[l.id as keyof typeof CATALOG].retryable }))
    )
  })

  test('docs/interface.md names every key of a JSON finding, as the CLI prints it', () => {
    const text = doc('interface.md')
    const list = text.slice(text.indexOf('<!-- finding keys'))
    const documented = [...list.matchAll(/^- (.*?):/gm)].flatMap(m =>
      [...m[1].matchAll(/`(\w+)`/g)].map(k => k[1])
    )
    const printed = Object.keys(
      shape({ id: 'unknown', title: 't', retryable: false, evidence: [], fix: 'f' })
    )
    expect(documented).toEqual(printed)
  })
})
