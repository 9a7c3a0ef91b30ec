/**
 * Stopping a process tree through the exec seam (src/exec/run-tool.ts): the Windows stop (`taskkill /T /F`)
 * by the arguments it sends, since no Windows runner runs these tests; the POSIX stop for real, with a
 * grandchild that must go too.
 */
import { existsSync, readFileSync } from 'node:fs'
import { runTool, treeStopFor } from '../src/exec/run-tool.js'

describe('treeStopFor', () => {
  test('Windows: taskkill by full path, the whole tree (/T), forced (/F), by pid', () => {
    expect(treeStopFor(4242, 'win32', { SystemRoot: 'C:\\Windows' })).toEqual({
      kind: 'command',
      command: 'C:\\Windows\\System32\\taskkill.exe',
      args: ['/T', '/F', '/PID', '4242']
    })
  })

  test('Windows: SystemRoot where the runner has it, C:\\Windows when unset', () => {
    expect(treeStopFor(7, 'win32', { SystemRoot: 'D:\\WINDOWS' })).toMatchObject({
      command: 'D:\\WINDOWS\\System32\\taskkill.exe'
    })
    expect(treeStopFor(7, 'win32', {})).toMatchObject({ command: 'C:\\Windows\\System32\\taskkill.exe' })
  })

  test('Linux and macOS: a signal to the process group (negative pid)', () => {
    expect(treeStopFor(4242, 'linux')).toEqual({ kind: 'signal-group', pid: -4242 })
    expect(treeStopFor(4242, 'darwin')).toEqual({ kind: 'signal-group', pid: -4242 })
  })
})

const posix = process.platform === 'win32' ? test.skip : test

posix(
  'a timeout stops the child and the process it started',
  async () => {
    // The child starts a grandchild that would live for a minute, prints its pid, and waits.
    const script = `
    const { spawn } = require('node:child_process')
    const g = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    console.log(g.pid)
    setTimeout(() => {}, 60000)`
    const result = await runTool(process.execPath, ['-e', script], { timeoutMs: 1000 })
    expect(result.timedOut).toBe(true)
    const grandchild = Number(result.stdout.trim())
    expect(grandchild).toBeGreaterThan(0)
    // SIGKILL is delivered asynchronously: on a loaded machine the grandchild may take a moment to go.
    expect(await gone(grandchild, 5000)).toBe(true)
  },
  20_000
)

/** Polls until the process is no longer running, or the deadline passes; true when it went. */
async function gone(pid: number, deadlineMs: number): Promise<boolean> {
  const until = Date.now() + deadlineMs
  while (alive(pid)) {
    if (Date.now() > until) return false
    await new Promise(resolve => setTimeout(resolve, 20))
  }
  return true
}

/** Running, that is: it exists and is not a zombie waiting for a parent (init) to reap it. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : ''
  return !/^\d+ \(.*\) Z/.test(stat)
}
