import * as semver from 'semver'
import { goVersionToSemver } from '../go/go-version.js'
import { relabel } from './relabel.js'
import type { Finding } from './types.js'

/** The release that introduced each go.mod directive an older go reports as unknown (Go release notes). */
const INTRODUCED: Readonly<Record<string, string>> = {
  toolchain: '1.21',
  godebug: '1.23',
  tool: '1.24',
  ignore: '1.25'
}

/** The running go's version as a log shows it: `go version go1.22.3 …`, `(running go 1.22.3`, `GOVERSION=go1.22.3`. */
export function runningGoInLog(text: string): string | undefined {
  const m =
    /\bgo version go(\d+\.\d+(?:\.\d+)?)\b|\(running go (\d+\.\d+(?:\.\d+)?)|GOVERSION=['"]?go(\d+\.\d+(?:\.\d+)?)/.exec(
      text
    )
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}

/**
 * `unknown directive: ignore` (or `unknown block type: ignore`) means opposite fixes: a go older than the
 * directive needs upgrading, while a go that knows it refuses it only because the `go` line is too low. With
 * the running version known, the comparison decides and a note says which; unknown, the alternative stays.
 */
export function judgeDirective(
  f: Finding,
  running: string | undefined,
  goLine?: string
): { finding: Finding; note?: string } {
  const named = /unknown (?:directive|block type): (toolchain|godebug|tool|ignore)\b/.exec(
    f.evidence.join('\n')
  )
  const runningSemver = running && goVersionToSemver(`go${running.replace(/^go/, '')}`)
  if (f.id !== 'toolchain-too-old' || !named || !runningSemver) return { finding: f }
  const [, directive] = named
  const need = INTRODUCED[directive]
  const line = goLine ? ` (go.mod says go ${goLine})` : ''
  if (semver.lt(runningSemver, `${need}.0`))
    return {
      finding: { ...f, alternatives: [] },
      note: `The running go ${running} predates the \`${directive}\` directive (Go ${need}): install Go ${need} or later, or let go switch toolchains.`
    }
  return {
    finding: { ...relabel(f, 'gomod-parse-error'), alternatives: [] },
    note: `The running go ${running} knows the \`${directive}\` directive (Go ${need}); it refuses it because the go.mod \`go\` line is below ${need}${line}: raise the go line to ${need} or later.`
  }
}
