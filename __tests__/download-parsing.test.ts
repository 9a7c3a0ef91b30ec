import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { stderrFailures } from '../src/go/go-output.js'
import { findDownloadSet } from '../src/go/download-set.js'
import { parseRequirements, parseWorkUses } from '../src/go/go-mod-file.js'
import { parseJsonStream } from '../src/go/json-stream.js'

describe('parseJsonStream', () => {
  test('splits indented objects, keeps braces inside strings, drops a truncated tail', () => {
    const text =
      '{\n\t"Path": "a.test/x",\n\t"Error": "bad {brace} \\"quoted\\""\n}\n{\n\t"Path": "b.test/y"\n}\n{\n\t"Pa'
    expect(parseJsonStream(text)).toEqual([
      { Path: 'a.test/x', Error: 'bad {brace} "quoted"' },
      { Path: 'b.test/y' }
    ])
  })
})

describe('go.mod and go.work reading', () => {
  test('requirements with lines, blocks, quotes and indirect markers', () => {
    const text = [
      'module example.test/hello', // 1
      '',
      'go 1.21',
      '',
      'require fixture.test/greet v1.1.0', // 5
      'require (',
      '\tfixture.test/color v1.2.0',
      '\t"fixture.test/util" v0.2.0 // a comment', // 8
      '\tfixture.test/ansi v0.3.0 // indirect',
      ')',
      'replace fixture.test/old v1.0.0 => ../old'
    ].join('\n')
    expect(parseRequirements(text)).toEqual([
      { path: 'fixture.test/greet', version: 'v1.1.0', line: 5, indirect: false },
      { path: 'fixture.test/color', version: 'v1.2.0', line: 7, indirect: false },
      { path: 'fixture.test/util', version: 'v0.2.0', line: 8, indirect: false },
      { path: 'fixture.test/ansi', version: 'v0.3.0', line: 9, indirect: true }
    ])
  })

  test('go.work use directives', () => {
    expect(parseWorkUses('go 1.22\n\nuse ./api\nuse (\n\t./worker // w\n\t"./tools"\n)\n')).toEqual([
      './api',
      './worker',
      './tools'
    ])
  })
})

describe('stderrFailures', () => {
  test('one failure per named module, continuation lines attached', () => {
    const stderr = [
      'go: fixture.test/greet@v1.0.0: reading http://127.0.0.1:1/fixture.test/greet/@v/v1.0.0.mod: 404 Not Found',
      '\tserver response: not found',
      'verifying fixture.test/util@v0.2.0/go.mod: checksum mismatch',
      '\tdownloaded: h1:AAA=',
      '',
      'SECURITY ERROR',
      'go: zip: not a valid zip file'
    ].join('\n')
    const failures = stderrFailures('/r', stderr)
    expect(failures.map(f => [f.module, f.version])).toEqual([
      ['fixture.test/greet', 'v1.0.0'],
      ['fixture.test/util', 'v0.2.0'],
      [undefined, undefined]
    ])
    expect(failures[0].message).toContain('server response: not found')
    expect(failures[1].message).toContain('SECURITY ERROR')
  })
})

describe('findDownloadSet', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'set-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const file = (rel: string, text = 'module x\n') => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }

  test('every go.mod below, skipping vendor, testdata, node_modules, dot-folders and symlinks', async () => {
    for (const f of ['go.mod', 'api/go.mod', 'tools/lint/go.mod']) file(f)
    for (const f of ['vendor/a/go.mod', 'api/testdata/go.mod', 'web/node_modules/m/go.mod', '.git/go.mod'])
      file(f)
    symlinkSync(path.join(dir, 'api'), path.join(dir, 'api-link'))
    const set = await findDownloadSet(dir, undefined)
    expect(set.mode).toBe('modules')
    expect(set.files.map(f => path.relative(dir, f))).toEqual(['api/go.mod', 'go.mod', 'tools/lint/go.mod'])
  })

  test('a go.work at the root means one workspace download, unless GOWORK=off', async () => {
    file('go.mod')
    file('a/go.mod')
    file('go.work', 'go 1.22\nuse (\n\t.\n\t./a\n)\n')
    const set = await findDownloadSet(dir, undefined)
    expect(set).toEqual({
      mode: 'workspace',
      roots: [dir],
      files: [path.join(dir, 'go.work'), path.join(dir, 'go.mod'), path.join(dir, 'a/go.mod')]
    })
    expect((await findDownloadSet(dir, 'off')).mode).toBe('modules')
  })
})
