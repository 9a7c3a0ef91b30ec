/**
 * A failure split at go's `server response:` marker: text after it is the remote server's own error (a proxy
 * that failed to fetch the origin, a gateway's block page), not the runner's.
 */
export interface Parts {
  /** Everything go says about the runner's own attempt (before `server response:`). */
  readonly local: string
  /** The body of an HTTP error answer, when go printed one. */
  readonly remote: string
  readonly all: string
}

/** Splits a failure at `server response:`; the remote part keeps its lines, unindented. */
export function splitParts(message: string): Parts {
  const at = message.search(/\bserver response:/)
  if (at < 0) return { local: message, remote: '', all: message }
  return {
    local: message.slice(0, at),
    remote: message.slice(at + 'server response:'.length).replace(/^\s+/gm, ''),
    all: message
  }
}
