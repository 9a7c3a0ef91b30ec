/**
 * Removes credentials from text shown in annotations, the job summary and the CLI: URL user info, tokens of
 * the well-known forges, authorization headers and netrc-style passwords. The runner masks registered
 * secrets too, but the CLI runs outside GitHub and a token can reach go's output through a URL.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***')
  return (
    out
      // To the last `@` before the host: a password may hold `@`, `,` or `|`.
      .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/"']+@/gi, '$1***@')
      .replace(
        /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})\b/g,
        '***'
      )
      .replace(/(authorization:\s*(basic|bearer|token)\s+)\S+/gi, '$1***')
      .replace(/(\bpassword\s+)\S+/gi, '$1***')
  )
}
