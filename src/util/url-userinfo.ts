/**
 * `user:password@` inside URLs and URL lists (GOPROXY). The userinfo runs from `//` to the last `@` before the
 * next `/`, so a password holding `,`, `|` or `@` is found whole rather than cut at the first separator: a
 * list split at `,` first would show the rest of such a password as if it were another entry.
 */
const USERINFO = /\/\/([^/\s]*)@/g

export const REDACTED_USERINFO = '***'

export function hasUserinfo(value: string): boolean {
  return new RegExp(USERINFO.source).test(value)
}

export function redactUserinfo(value: string): string {
  return value.replace(USERINFO, `//${REDACTED_USERINFO}@`)
}

/** Every form of each userinfo a runner must mask: as written, the password, decoded, and the basic-auth header. */
export function userinfoSecrets(value: string): string[] {
  const forms: string[] = []
  for (const m of value.matchAll(USERINFO)) {
    const userinfo = m[1]
    if (userinfo === '') continue
    const colon = userinfo.indexOf(':')
    const user = colon < 0 ? userinfo : userinfo.slice(0, colon)
    const password = colon < 0 ? '' : userinfo.slice(colon + 1)
    forms.push(userinfo, password, decode(password), decode(userinfo))
    forms.push(Buffer.from(`${decode(user)}:${decode(password)}`).toString('base64'))
    // A userinfo without a password is a token in the user part (`https://TOKEN@host`).
    if (colon < 0) forms.push(decode(user))
  }
  return [...new Set(forms.filter(f => f.length >= 3))]
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
