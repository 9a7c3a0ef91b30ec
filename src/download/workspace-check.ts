import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import type { DownloadSet } from '../go/download-set.js'
import type { DownloadFailure, DownloadOutcome } from './types.js'
import { parseWorkUseLines } from '../go/go-mod-file.js'

/**
 * A go.work that `use`s a directory absent from the checkout (sparse checkout, a submodule not checked out)
 * makes every go command fail with the same workspace error, once per parallel go process. Checked before any
 * go process starts, it fails once: one failure per missing directory, in go's own words plus the go.work line
 * (so the diagnosis names workspace-module-missing and the annotation points at go.work, not go.mod).
 */
export function checkWorkspaceUses(set: DownloadSet): DownloadOutcome | undefined {
  const workFile = set.files.find(f => path.basename(f) === 'go.work')
  if (set.mode !== 'workspace' || !workFile) return undefined
  let text: string
  try {
    text = readFileSync(workFile, 'utf8')
  } catch {
    return undefined
  }
  const root = path.dirname(workFile)
  const failures: DownloadFailure[] = parseWorkUseLines(text)
    .filter(u => !existsSync(path.join(root, u.dir, 'go.mod')))
    .map(u => ({
      root,
      message:
        `go: cannot load module ${u.dir} listed in go.work file: open ${path.join(u.dir, 'go.mod')}: no such file or directory\n` +
        `${workFile}:${u.line}: use ${u.dir}: the directory is not in this checkout (checked before starting go)`
    }))
  if (failures.length === 0) return undefined
  return {
    ok: false,
    modules: 0,
    failures,
    durationMs: 0,
    attempts: 0,
    attemptLog: [],
    bytes: 0,
    processes: 0
  }
}
