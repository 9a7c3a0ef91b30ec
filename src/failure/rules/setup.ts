import type { ScenarioId } from '../types.js'
import { anyOf, has, type Test } from './text.js'

/**
 * What an older go says about newer code: a build flag it does not know yet, or (compiling) a standard
 * library name added in a later release (Go release notes: 1.16 os.ReadFile/io.ReadAll, 1.18 any and
 * strings.Cut, 1.19 atomic types, 1.20 errors.Join, 1.21 min/max/clear and slices/maps/cmp).
 */
const OLD_GO =
  /flag provided but not defined: -(mod|modfile|modcacherw|buildvcs|pgo|cover|trimpath|overlay|C)\b|undefined: (any|min|max|clear|strings\.(Cut|CutPrefix|CutSuffix|Clone)|bytes\.(Cut|CutPrefix|CutSuffix|Clone)|errors\.Join|os\.(ReadFile|WriteFile|ReadDir|DirFS)|io\.(ReadAll|NopCloser|Discard)|atomic\.(Int32|Int64|Uint32|Uint64|Bool|Pointer)|sync\.(OnceFunc|OnceValue|OnceValues)|slices\.\w+|maps\.\w+|cmp\.\w+|context\.(WithoutCancel|AfterFunc|WithCancelCause|Cause)|time\.(DateTime|DateOnly|TimeOnly)|netip\.\w+|fs\.(FS|ReadFile|WalkDir))\b|predeclared any requires go1|type parameters? (are not supported|requires? go1)|cannot range over \d+ \(untyped int constant\)/

/**
 * Rules of the stages that stop go before any module work: a SECURITY ERROR, Go and its toolchain, the
 * project's own files and Go settings. Patterns follow cmd/go (modfetch, modload, toolchain, gover,
 * x/mod/modfile) from Go 1.11 on.
 */
export const SETUP_RULES: Readonly<Partial<Record<ScenarioId, Test>>> = {
  'checksum-mismatch': has(
    /SECURITY ERROR|checksum mismatch|server misbehavior detected|SECURITY WARNING/,
    'all'
  ),
  'toolchain-not-available': has(
    /toolchain not available|is a language version but not a toolchain version|invalid GOTOOLCHAIN|cannot find "go1[^"]*" in PATH|invalid toolchain/
  ),
  'toolchain-download-failed': has(
    /switching to go[^\n]*: |\bdownload go1[\w.-]*( for [\w/]+)?: |golang\.org\/toolchain@v0\.0\.1-go/
  ),
  'toolchain-too-old': anyOf(
    has(OLD_GO),
    has(
      // A go.mod or go.work `go` line newer than the running go (GOTOOLCHAIN=local, or Go before 1.21, which
      // cannot switch: it parses the file with its own grammar, or compiles anyway and adds a note).
      /requires go >= [\w.]+ \(running go|invalid go version '[^']*': must match format|unknown (directive|block type): (toolchain|godebug|tool|ignore)\b|malformed module path "(embed|slices|maps|cmp|iter|unique|log\/slog|math\/rand\/v2)"|note: module requires Go \d|requires go\d[\w.]* or later|go\.mod file indicates go [\d.]+, but maximum (supported )?version is|package (embed|slices|maps|cmp|iter|log\/slog) is not in (GOROOT|std)/
    )
  ),
  'go-missing': has(
    /go: command not found|'go' is not recognized|exec: "go": executable file not found|cannot find GOROOT directory|No `go` on PATH|go: not found|go\.exe: command not found/
  ),
  'no-main-module': has(
    /(working directory|\S+) is not part of a module|go\.mod file not found in current directory or any parent directory|cannot find main module|\/go\.mod exists but should not|no modules specified|directory prefix \S+ does not contain main module|go: modules disabled by GO111MODULE=off|outside main module or its selected dependencies|(?:^|\n)go: go\.mod file not found|cannot use path@version syntax in GOPATH mode|cannot determine module path for source directory/
  ),
  'workspace-module-missing': has(
    /cannot load module \S+ listed in go\.work file|go\.work[^\n]*: (?:open|stat) [^\n]*no such file|directory \S+ listed in go\.work (?:file )?does not (?:exist|contain a module)/
  ),
  'workspace-version-mismatch': has(/listed in go\.work file requires go >= [\w.]+, but go\.work lists go/),
  'goproxy-invalid': has(
    /invalid proxy URL|lookup [^\s:]*[;|][^\s:]*[: ]|GOPROXY list is not the empty string|invalid file:\/\/ proxy URL/
  ),
  'replace-path-missing': anyOf(
    has(
      /replacement directory \S+ does not exist|\(replaced by [^)@]*\): reading [^\n]*no such file|parsing \S*go\.mod: open [^\n]*(no such file|cannot find the (file|path))/
    ),
    // Only replace lines are wrong (a target that is no directory path); other errors make it a syntax error.
    p =>
      /replacement module without version must be directory path/.test(p.local) &&
      !/usage: |unknown directive|invalid (module|go) version|malformed/.test(p.local)
  ),
  'vendor-inconsistent': has(/inconsistent vendoring/),
  'gosum-malformed': has(/malformed go\.sum|\bparse_go_sum\(|in parse_sumfile\b/),
  'missing-gosum-entry': has(
    /missing go\.sum entry|updates to go\.mod needed|go\.sum: no such file|verifying \S+: missing go\.sum entry/
  ),
  'goproxy-off': anyOf(
    has(
      /lookup disabled by (GOPROXY=off|-mod=)|import lookup disabled|cannot query module due to -mod=vendor/
    ),
    has(/disabled by -mod=vendor|cannot find module providing package \S+: import lookup disabled/)
  )
}
