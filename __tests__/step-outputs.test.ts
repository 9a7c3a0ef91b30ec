import * as fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { OUTPUT_NAMES, stepOutputs, writeOutputs, type PhaseResults } from '../src/steps/outputs.js'

const env = {
  go: { env: { GOMODCACHE: '/home/runner/go/pkg/mod' } },
  shown: { GOPROXY: 'https://***@proxy.corp.test,direct', GOPRIVATE: 'github.com/acme/*' }
} as unknown as PhaseResults['env']

function written(results: PhaseResults): Record<string, string> {
  const out: Record<string, string> = {}
  writeOutputs(stepOutputs(results), (name, value) => {
    out[name] = value
  })
  return out
}

describe('step outputs', () => {
  test('the output names are action.yml outputs, in its order', () => {
    const actionYml = fileURLToPath(new URL('../action.yml', import.meta.url))
    const action = parseYaml(fs.readFileSync(actionYml, 'utf8')) as { outputs: Record<string, unknown> }
    expect(Object.values(OUTPUT_NAMES)).toEqual(Object.keys(action.outputs))
  })

  test('a failed download with its diagnosis sets every output, as strings', () => {
    expect(
      written({
        env,
        cache: {
          kind: 'partial',
          primaryKey: 'setup-gomod-mod-Linux-abc',
          matchedKey: 'setup-gomod-mod-Linux-old'
        },
        download: { modules: 7, attempts: 2 },
        diagnosis: { primary: { id: 'git-auth-missing', retryable: false } as never }
      })
    ).toEqual({
      'cache-hit': 'false',
      'cache-restore-kind': 'partial',
      'cache-primary-key': 'setup-gomod-mod-Linux-abc',
      'cache-matched-key': 'setup-gomod-mod-Linux-old',
      gomodcache: '/home/runner/go/pkg/mod',
      goproxy: 'https://***@proxy.corp.test,direct',
      goprivate: 'github.com/acme/*',
      modules: '7',
      'download-attempts': '2',
      diagnosis: 'git-auth-missing',
      'diagnosis-retryable': 'false'
    })
  })

  test('only the phases that finished set outputs; an exact restore is a hit', () => {
    expect(written({})).toEqual({})
    expect(written({ env })).toEqual({
      gomodcache: '/home/runner/go/pkg/mod',
      goproxy: 'https://***@proxy.corp.test,direct',
      goprivate: 'github.com/acme/*'
    })
    const cache = { kind: 'exact', primaryKey: 'k', matchedKey: 'k' } as const
    expect(written({ cache, download: { modules: 0, attempts: 0 } })).toEqual({
      'cache-hit': 'true',
      'cache-restore-kind': 'exact',
      'cache-primary-key': 'k',
      'cache-matched-key': 'k',
      modules: '0',
      'download-attempts': '0'
    })
  })
})
