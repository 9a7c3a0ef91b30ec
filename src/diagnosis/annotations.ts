import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import { parseRequirements } from '../go/go-mod-file.js'
import { CATALOG } from '../failure/catalog.js'
import type { Finding } from '../failure/types.js'

/** A distinct failure with the module root whose download reported it (for annotations and the table). */
export interface LocatedFinding {
  readonly finding: Finding
  readonly root: string
}

/** Where an annotation points: a file relative to the workspace and, when known, its line. */
interface Place {
  readonly file: string
  readonly line?: number
}

/**
 * One `core.error` per distinct failure (titled `Cannot download M@V`, the scenario leading the message), placed on the line that caused it: the
 * `require` line of the module in go.mod (or a go.mod of the workspace), the go.sum line of a checksum
 * mismatch, the `go` line for toolchain failures, or the line go names in a parse error.
 */
export function annotateFindings(
  located: readonly LocatedFinding[],
  request: { workspace: string; env: { downloadSet: { files: readonly string[] } } }
): void {
  for (const { finding, root } of located) {
    const place = findPlace(finding, root, request.env.downloadSet.files)
    const fixLine = CATALOG[finding.id].steps[0]
    const message =
      `${finding.title} (${finding.id}${finding.retryable ? ', transient' : ''}).\n` +
      `${finding.evidence.slice(0, 6).join('\n')}\n\nFix: ${fixLine} See the job summary.`
    core.error(message, {
      // The title other steps and tests already match on; the scenario leads the message.
      title: finding.module
        ? `Cannot download ${finding.module}${finding.version ? `@${finding.version}` : ''}`
        : finding.title,
      ...(place && { file: toPosix(path.relative(request.workspace, place.file)) }),
      ...(place?.line && { startLine: place.line })
    })
  }
}

/** The file and line a finding belongs to, searched in the failing root first, then in the whole set. */
function findPlace(finding: Finding, root: string, setFiles: readonly string[]): Place | undefined {
  const named = /(\S*go\.(?:mod|work|sum)):(\d+):/.exec(finding.evidence.join('\n'))
  if (named) {
    const file = path.isAbsolute(named[1]) ? named[1] : path.join(root, named[1])
    if (existsSync(file)) return { file, line: Number(named[2]) }
  }
  const goMods = [path.join(root, 'go.mod'), ...setFiles.filter(f => f.endsWith('go.mod'))]
  if (finding.id === 'checksum-mismatch' && finding.module) {
    for (const sum of [path.join(root, 'go.sum'), path.join(root, 'go.work.sum')]) {
      const line = findLine(sum, l => l.startsWith(`${finding.module} ${finding.version ?? ''}`))
      if (line) return { file: sum, line }
    }
  }
  // A workspace failure belongs to go.work: its `go` line for a version mismatch, else the file itself.
  const work = setFiles.find(f => path.basename(f) === 'go.work')
  if (work && finding.id.startsWith('workspace-'))
    return { file: work, ...optionalLine(findLine(work, l => /^go\s/.test(l))) }
  if (finding.id.startsWith('toolchain-')) {
    for (const f of goMods) {
      const line = findLine(f, l => /^(go|toolchain)\s/.test(l))
      if (line) return { file: f, line }
    }
  }
  if (finding.module) {
    for (const f of goMods) {
      const text = readText(f)
      const req =
        text === undefined ? undefined : parseRequirements(text).find(r => r.path === finding.module)
      if (req) return { file: f, line: req.line }
    }
  }
  return existsSync(goMods[0]) ? { file: goMods[0] } : undefined
}

function optionalLine(line: number | undefined): { line?: number } {
  return line ? { line } : {}
}

function findLine(file: string, test: (line: string) => boolean): number | undefined {
  const text = readText(file)
  if (text === undefined) return undefined
  const i = text.split(/\r?\n/).findIndex(l => test(l.trim()))
  return i >= 0 ? i + 1 : undefined
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}
