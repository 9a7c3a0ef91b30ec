/**
 * A cache entry is untrusted input: anyone who can run a workflow in the repository's scope can write one. These
 * tests plant the entries an attacker would (members outside the module cache, links, a zip changed after go
 * hashed it, an entry under the bare prefix) into the local cache service and run the bundle against them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { readArchive, writeArchive, type ArchiveMember } from '../testkit/cache-archive.js'
import { buildZip } from '../testkit/zip.js'
import { useCacheSetup, warnings } from './cache-setup.js'

const setup = useCacheSetup()
const { newJob } = setup

const PREFIX = '../gomodcache/cache/download'
const GREET_ZIP = `${PREFIX}/fixture.test/greet/@v/v1.1.0.zip`

/** The clean entry a first job saves, with its archive replaced by `edit(members)`. */
async function plantEntry(edit: (members: ArchiveMember[]) => ArchiveMember[], key?: string) {
  const entry = await setup.savedEntry()
  entry.data = writeArchive(edit(readArchive(entry.data)))
  if (key) Object.assign(entry, { key })
  setup.proxy.requests.length = 0
  return entry
}

/** greet's zip with one file changed, as an attacker would plant it (same name, other bytes). */
function tamperedGreetZip(): Buffer {
  return buildZip([
    { name: 'fixture.test/greet@v1.1.0/go.mod', data: Buffer.from('module fixture.test/greet\n') },
    {
      name: 'fixture.test/greet@v1.1.0/greet.go',
      data: Buffer.from('package greet\n\nfunc Hello() string { return "pwned" }\n')
    }
  ])
}

describe('an entry with members outside the module cache is refused whole', () => {
  const cases: [string, (victim: string) => ArchiveMember][] = [
    [
      'a ../ member',
      v => ({ name: `${PREFIX}/../../../${path.basename(v)}`, type: '0', data: Buffer.from('x') })
    ],
    ['an absolute member', v => ({ name: v, type: '0', data: Buffer.from('x') })],
    ['a symbolic link', v => ({ name: `${PREFIX}/fixture.test/link`, type: '2', linkTarget: v })],
    ['a hard link', v => ({ name: `${PREFIX}/fixture.test/hard`, type: '1', linkTarget: v })],
    // tar lets a later member of the same name replace the first: a changed zip appended to a clean entry.
    ['a second member of the same name', () => ({ name: GREET_ZIP, type: '0', data: tamperedGreetZip() })]
  ]
  test.each(cases)('%s', async (_, member) => {
    const victim = path.join(setup.world.tmp, 'victim.txt')
    await plantEntry(members => [...members, member(victim)])
    const job = newJob()
    const main = await job.runAction(setup.inputs())
    expect(main.exitCode).toBe(0)
    expect(main.outputs['cache-restore-kind']).toBe('miss')
    expect(warnings(main).map(w => w.title)).toEqual(['Module cache entry refused'])
    expect(warnings(main)[0].message).toContain(
      'paths outside the module cache or that are not regular files'
    )
    expect(existsSync(victim)).toBe(false)
    // Nothing of the entry is used: every zip comes from the proxy, and the build works offline.
    expect(setup.proxy.requests.filter(r => r.file === 'zip').length).toBeGreaterThanOrEqual(4)
    expect((await setup.world.offlineBuild(job)).exitCode).toBe(0)
  })
})

test('.ziphash files are never restored, so go checks a changed zip against go.sum and refuses it', async () => {
  await plantEntry(members =>
    members.map(m => (m.name === GREET_ZIP ? { ...m, data: tamperedGreetZip() } : m))
  )
  const job = newJob()
  const main = await job.runAction(setup.inputs())
  expect(main.outputs['cache-restore-kind']).toBe('exact')
  const atV = path.join(setup.world.tmp, 'gomodcache/cache/download/fixture.test/greet/@v')
  expect(readdirSync(atV).filter(f => f.endsWith('.ziphash'))).toEqual([])
  // go never built from the planted zip: it hashed it against go.sum first.
  const build = await setup.world.offlineBuild(job)
  expect(build.exitCode).not.toBe(0)
  expect(build.stderr).toContain('verifying fixture.test/greet@v1.1.0: checksum mismatch')
  expect(build.stderr).toContain('SECURITY ERROR')
})

test('a planted entry under the bare prefix is never saved on under the victim key with its changed zip', async () => {
  await plantEntry(
    members => members.map(m => (m.name === GREET_ZIP ? { ...m, data: tamperedGreetZip() } : m)),
    'setup-gomod-mod-Linux-planted'
  )
  const job = newJob()
  const main = await job.runAction(setup.inputs())
  expect(main.outputs['cache-restore-kind']).toBe('partial')
  expect(main.outputs['cache-matched-key']).toBe('setup-gomod-mod-Linux-planted')
  const post = await job.runPost()
  expect(post.exitCode).toBe(0)
  expect(
    warnings(post)
      .map(w => w.message)
      .join('\n')
  ).toMatch(
    /1 zip restored from setup-gomod-mod-Linux-planted does not match go\.sum and was not saved: fixture\.test\/greet@v1\.1\.0/
  )
  const saved = setup.service.entries.find(e => e.key === main.outputs['cache-primary-key'])
  const names = readArchive(saved!.data).map(m => m.name)
  expect(names).not.toContain(GREET_ZIP)
  expect(names.filter(n => n.endsWith('.ziphash'))).toEqual([])
  // The restored zips that match go.sum were hashed and kept.
  expect(names).toContain(`${PREFIX}/fixture.test/util/@v/v0.2.0.zip`)
  expect(readFileSync(path.join(setup.world.examples, 'go.sum'), 'utf8')).toContain(
    'fixture.test/greet v1.1.0'
  )
})
