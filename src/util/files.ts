import { readFileSync } from 'node:fs'

/** A text file's content, or '' when it cannot be read (absent files count as empty: no go.sum, no netrc). */
export function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}
