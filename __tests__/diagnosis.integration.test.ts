/**
 * The diagnosis end to end: the bundle run the way the GitHub runner runs it, real go against the local
 * proxy with faults, checking the `diagnosis` outputs, the annotation on the right line and the job summary.
 * Transient faults use a rule without `times` and `retries: '0'`, so nothing depends on retry behaviour.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ExampleWorkspace, exampleInputs } from '../testkit/example-workspace.js'
import { startGoProxy, type GoProxy } from '../testkit/goproxy.js'

let proxy: GoProxy
let world: ExampleWorkspace
let examples: string

beforeAll(async () => {
  proxy = await startGoProxy()
})
afterAll(async () => proxy.close())
beforeEach(() => {
  world = ExampleWorkspace.create('setup-gomod-diag-')
  examples = world.examples
  proxy.clearFaults()
})
afterEach(() => world.remove())

const newJob = () => world.newJob()
const inputs = (extra: Record<string, string> = {}) => exampleInputs(proxy.url, { retries: '0', ...extra })

function lineOf(file: string, test: (line: string) => boolean): number {
  return readFileSync(path.join(examples, file), 'utf8').split('\n').findIndex(test) + 1
}

test('a proxy 500 on one zip: proxy-bad-response, retryable, annotated on its require line, full summary', async () => {
  proxy.addFault({ module: 'fixture.test/color', file: 'zip', fault: { kind: 'status', status: 500 } })
  const main = await newJob().runAction(inputs())
  expect(main.exitCode).toBe(1)
  expect(main.outputs.diagnosis).toBe('proxy-bad-response')
  expect(main.outputs['diagnosis-retryable']).toBe('true')
  const error = main.annotations.find(a => a.title === 'Cannot download fixture.test/color@v1.2.0')
  expect(error).toMatchObject({
    level: 'error',
    file: 'examples/go.mod',
    line: lineOf('go.mod', l => l.includes('fixture.test/color'))
  })
  expect(error?.message).toMatch(/^The module proxy failed \(proxy-bad-response, transient\)\./)
  expect(error?.message).toContain('500 Internal Server Error')
  const s = main.summary
  expect(s).toContain('Diagnosis: The module proxy failed for <code>fixture.test/color@v1.2.0</code>')
  expect(s).toContain('<code>proxy-bad-response</code>')
  expect(s).toContain('<h4>Evidence</h4>')
  expect(s).toContain('retries:')
  expect(s).toMatch(/GOPROXY reachable.*✅ DNS, TCP and HTTP ok/)
  expect(s).toContain('<summary>Raw go output (1 failure)</summary>')
  expect(s).toContain('```mermaid\nflowchart TD')
  expect(s).toMatch(/linkStyle [\d,]+ stroke/)
  if (process.env.DIAGNOSIS_SUMMARY_OUT) writeFileSync(process.env.DIAGNOSIS_SUMMARY_OUT, s)
})

test('a private module through the proxy: named, not retryable, fix gives goprivate YAML, env check explains it', async () => {
  // A public mirror answers 404 for every path of a private module (its version list too, which the probe reads).
  proxy.addFault({
    module: 'fixture.test/greet',
    file: 'any',
    fault: {
      kind: 'status',
      status: 404,
      body:
        'not found: fixture.test/greet@v1.1.0: invalid version: git ls-remote -q origin in /tmp/gopath/pkg/mod/cache/vcs/01: exit status 128:\n' +
        "\tfatal: could not read Username for 'https://fixture.test': terminal prompts disabled"
    }
  })
  const main = await newJob().runAction(inputs())
  expect(main.outputs.diagnosis).toBe('private-module-via-public-proxy')
  expect(main.outputs['diagnosis-retryable']).toBe('false')
  const error = main.annotations.find(a => a.level === 'error' && a.message.startsWith('Private module'))
  expect(error).toMatchObject({
    file: 'examples/go.mod',
    line: lineOf('go.mod', l => l.includes('fixture.test/greet'))
  })
  expect(main.summary).toContain('goprivate: fixture.test')
  expect(main.summary).toContain('do not match fixture.test/greet')
  // The mirror's words alone leave a vanished or not-yet-fetched module open; the path is under the user's own
  // GONOSUMDB and the version-list probe finds no public version: that decides, and the summary says so.
  expect(main.summary).toContain(
    'fixture.test/greet@v1.1.0: the path is under your own patterns (fixture.test) and probe "module versions" found no public version.'
  )
  expect(main.summary).not.toContain('<h4>Not ruled out</h4>')
})

test('a go.work that uses a directory missing from the checkout fails once, before any go process, on go.work', async () => {
  writeFileSync(path.join(examples, 'go.work'), 'go 1.21\n\nuse (\n\t.\n\t./tools\n\t./absent\n)\n')
  const main = await newJob().runAction(inputs())
  expect(main.exitCode).toBe(1)
  expect(main.outputs.diagnosis).toBe('workspace-module-missing')
  expect(main.outputs.modules).toBe('0')
  expect(main.log).not.toContain('Attempt 1')
  const errors = main.annotations.filter(a => a.level === 'error' && a.file)
  expect(errors).toEqual([
    expect.objectContaining({
      file: 'examples/go.work',
      line: lineOf('go.work', l => l.includes('./absent'))
    })
  ])
  expect(main.summary).toContain('<summary>Raw go output (1 failure)</summary>')
  expect(main.summary).toContain('GOWORK=off')
})

test('a changed zip: checksum-mismatch on the go.sum line, never retryable', async () => {
  proxy.addFault({ module: 'fixture.test/util', file: 'zip', fault: { kind: 'wrong-content' } })
  const main = await newJob().runAction(inputs())
  expect(main.outputs.diagnosis).toBe('checksum-mismatch')
  expect(main.outputs['diagnosis-retryable']).toBe('false')
  const error = main.annotations.find(a => a.message.startsWith('Checksum mismatch'))
  expect(error).toMatchObject({
    file: 'examples/go.sum',
    line: lineOf('go.sum', l => l.startsWith('fixture.test/util v0.2.0 '))
  })
  expect(main.summary).toContain('SECURITY ERROR')
})

test('diagnose: false classifies without probes; a refused connection is still named', async () => {
  const main = await newJob().runAction(inputs({ goproxy: 'http://127.0.0.1:1', diagnose: 'false' }))
  expect(main.outputs.diagnosis).toBe('connection-refused')
  expect(main.outputs['diagnosis-retryable']).toBe('true')
  expect(main.summary).toContain('Probes skipped')
  expect(main.summary).not.toContain('GOPROXY reachable')
})

test('with probes on, the refused GOPROXY is probed and shown failing', async () => {
  const main = await newJob().runAction(inputs({ goproxy: 'http://127.0.0.1:1' }))
  expect(main.outputs.diagnosis).toBe('connection-refused')
  expect(main.summary).toMatch(/GOPROXY reachable.*❌ TCP 127\.0\.0\.1:1: .*ECONNREFUSED/)
})
