import { promises as fs, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parseModFile, parseWorkUses, type ModFile } from './go-mod-file.js'

export interface DownloadSet {
  /** `workspace`: one `go mod download` at the go.work directory covers every module it uses. */
  readonly mode: 'workspace' | 'modules'
  /** Absolute directories to run `go mod download` in. */
  readonly roots: readonly string[]
  /** Absolute paths of the go.mod (and go.work) files that define the set, for keys and annotations. */
  readonly files: readonly string[]
}

/** Directories that never hold a module of the download set. */
const SKIPPED = new Set(['vendor', 'testdata', 'node_modules'])

/**
 * The modules to download: a go.work at the working directory (unless GOWORK=off), else every go.mod below it.
 * A hand-written walk rather than @actions/glob because glob still descends into excluded trees, and a
 * monorepo's node_modules alone can hold a hundred thousand entries.
 */
export async function findDownloadSet(
  workingDirectory: string,
  gowork: string | undefined
): Promise<DownloadSet> {
  const workFile = path.join(workingDirectory, 'go.work')
  if (gowork !== 'off' && (await isFile(workFile))) {
    const uses = parseWorkUses(await fs.readFile(workFile, 'utf8'))
    const goMods = uses.map(u => path.join(workingDirectory, u, 'go.mod'))
    return { mode: 'workspace', roots: [workingDirectory], files: [workFile, ...goMods] }
  }
  const goMods: string[] = []
  await walk(workingDirectory, goMods)
  goMods.sort()
  return { mode: 'modules', roots: goMods.map(f => path.dirname(f)), files: goMods }
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EACCES' && e.code !== 'EPERM') throw e
    throw new Error(
      `Cannot read ${dir} while looking for go.mod files below working-directory: permission denied. Make it ` +
        `readable by the runner's user (e.g. \`chmod -R u+rX\` after a container step wrote it as root), or ` +
        `point 'working-directory' at the Go project only.`
    )
  })
  const subdirs: string[] = []
  for (const e of entries) {
    // Symbolic links are not followed: they can form cycles, and go itself ignores them for module roots.
    if (e.isFile() && e.name === 'go.mod') found.push(path.join(dir, e.name))
    else if (e.isDirectory() && !SKIPPED.has(e.name) && !e.name.startsWith('.'))
      subdirs.push(path.join(dir, e.name))
  }
  await Promise.all(subdirs.map(d => walk(d, found)))
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile()
  } catch {
    return false
  }
}

const parsed = new WeakMap<DownloadSet, ReadonlyMap<string, ModFile>>()

/**
 * Every go.mod and go.work of the set, read and parsed once for the whole run: credentials, the download plan,
 * the module count and the diagnosis all need them. Files that do not exist are left out (go reports them).
 */
export function modFiles(set: DownloadSet): ReadonlyMap<string, ModFile> {
  let files = parsed.get(set)
  if (files === undefined) {
    const read = new Map<string, ModFile>()
    for (const file of set.files) {
      try {
        read.set(file, parseModFile(readFileSync(file, 'utf8')))
      } catch {
        // Absent: go itself says so when it loads the module.
      }
    }
    files = read
    parsed.set(set, files)
  }
  return files
}
