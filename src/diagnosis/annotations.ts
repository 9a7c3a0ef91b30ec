import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import type { DownloadFailure } from '../download/download.js'
import { parseRequirements } from '../download/go-mod-file.js'

/**
 * One error annotation per distinct failure, placed on the `require` line of the module in the go.mod of the
 * root that failed (so it shows in the pull request's diff view), or on the go.mod itself when the module is
 * only an indirect dependency of a dependency.
 */
export function annotateFailures(failures: readonly DownloadFailure[], workspace: string): void {
  const seen = new Set<string>()
  for (const f of failures) {
    const key = `${f.root}|${f.module}@${f.version}|${f.message}`
    if (seen.has(key)) continue
    seen.add(key)
    const title = f.module ? `Cannot download ${f.module}@${f.version}` : 'go mod download failed'
    if (!f.module) {
      core.error(f.message, { title })
      continue
    }
    const goMod = path.join(f.root, 'go.mod')
    core.error(f.message, {
      title,
      file: toPosix(path.relative(workspace, goMod)),
      startLine: requireLine(goMod, f.module)
    })
  }
}

function requireLine(goMod: string, module: string): number | undefined {
  try {
    return parseRequirements(readFileSync(goMod, 'utf8')).find(r => r.path === module)?.line
  } catch {
    return undefined
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}
