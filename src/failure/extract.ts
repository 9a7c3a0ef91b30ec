import { unescapeModulePath } from '../go/go-output.js'
import { splitParts } from './parts.js'

/** The facts a failure's text gives about where it happened. */
interface Extracted {
  readonly module?: string
  readonly version?: string
  readonly host?: string
  readonly url?: string
  readonly httpStatus?: number
}

// `M@V: ` as go prints a module.VersionError; the path needs a dot or slash so `git@github.com:` is no module.
const MODULE_AT =
  /(?:^|[\s"(])([^\s@:"'()]*[./][^\s@:"'()]*)@([^\s:@"'()/]+?)(?:\/go\.mod)?(?: \(replaced by [^)]*\))?:(?=\s|$)/gm
const REPLACED = /\(replaced by ([^\s@)]+)@([^\s)]+)\)/
const URL_RE = /\b(?:https?|ssh|git|file):\/\/?[^\s"'<>]+/
const PROXY_FILE = /^\/([^@\s]+?)\/@v\/([^/\s]+?)\.(?:info|mod|zip)\b/
const SUMDB_LOOKUP = /\/lookup\/([^@\s]+)@([^\s:/]+)/
// A go.mod parse error names the requirement; a module cache path names the module being extracted.
const REQUIRE_LINE = /require (\S+): version "([^"]+)"/
const CACHE_PATH = /\/cache\/download\/(\S+?)\/@v\/([^/\s]+?)\.(?:zip|mod|info|lock|ziphash)\b/

/**
 * Module, version, host, URL and HTTP status of one failure. The module of a chain (`A@x requires\n\tB@y:`)
 * is the last one named; a `replaced by` module is the one actually fetched.
 */
export function extractFields(
  message: string,
  context: { module?: string; version?: string } = {}
): Extracted {
  const { local } = splitParts(message)
  const url = firstUrl(local)
  let module = context.module
  let version = context.version
  if (!module) {
    const replaced = REPLACED.exec(local)
    const named = [...local.matchAll(MODULE_AT)].at(-1)
    const urlPath = pathOf(url)
    const fromUrl = urlPath ? (PROXY_FILE.exec(urlPath) ?? SUMDB_LOOKUP.exec(urlPath)) : null
    const hit = replaced ?? named ?? fromUrl ?? REQUIRE_LINE.exec(local) ?? CACHE_PATH.exec(local)
    if (hit) {
      module = unescapeModulePath(hit[1].replace(/^\//, ''))
      version = version ?? unescapeModulePath(hit[2])
    }
  }
  const status =
    /(?:reading|unexpected status|Get)[^\n]*?: (\d{3}) [A-Z][a-z]/.exec(local) ??
    /returned error: (\d{3})|\bHTTP (\d{3})\b/.exec(local)
  return {
    ...(module && { module }),
    ...(module && version && { version }),
    ...optional('host', findHost(local, url)),
    ...optional('url', url),
    ...(status && { httpStatus: Number(status[1] ?? status[2]) })
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {}
}

/** The first URL, with Go 1.19–1.21's `https:/host` (one slash eaten by path.Join) repaired. */
function firstUrl(text: string): string | undefined {
  const m = URL_RE.exec(text)
  if (!m) return undefined
  return m[0].replace(/[:.,;)]+$/, '').replace(/^([a-z]+):\/(?!\/)/, '$1://')
}

/** The path of a URL (a proxy may serve under a prefix; the common root-served layout is assumed). */
function pathOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).pathname : undefined
  } catch {
    return undefined
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).host || undefined
  } catch {
    return undefined
  }
}

/** The host the failing connection went to: the proxy hop, a DNS name, a git remote, or the URL's host. */
function findHost(local: string, url: string | undefined): string | undefined {
  const proxyHop = /proxyconnect tcp: dial tcp ([^\s:]+:\d+)/.exec(local)
  if (proxyHop) return proxyHop[1]
  const lookup = /lookup ([^\s:]+?)(?: on |: )/.exec(local)
  if (lookup) return lookup[1]
  const gitUrl = [...local.matchAll(/'(https?:\/\/[^']+)'/g)].at(-1)
  const fromGit = hostOf(gitUrl?.[1])
  if (fromGit) return fromGit.replace(/^[^@]*@/, '')
  const fromUrl = hostOf(url)
  if (fromUrl) return fromUrl
  const other =
    /dial tcp ([^\s:]+):\d+/.exec(local) ??
    /\bgit@([^:\s]+):/.exec(local) ??
    /connect to host (\S+) port/.exec(local) ??
    /Could not resolve host: (\S+)/.exec(local) ??
    /unrecognized import path "([^/"]+)/.exec(local)
  return other?.[1]
}
