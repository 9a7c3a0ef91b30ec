/**
 * Splits the output of `go mod download -json`, which is a sequence of indented JSON objects rather than one
 * document or one object per line, into parsed values. A truncated tail (the process was stopped) is dropped.
 */
export function parseJsonStream(text: string): unknown[] {
  const values: unknown[] = []
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{') {
      if (depth++ === 0) start = i
    } else if (c === '}' && depth > 0 && --depth === 0) {
      values.push(JSON.parse(text.slice(start, i + 1)))
    }
  }
  return values
}
