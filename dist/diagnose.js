import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/diagnosis/cli.ts
import { readFileSync } from "node:fs";

// src/diagnosis/classify.ts
function classifyFailure(message, context = {}) {
  const rule = RULES.find((r) => r.pattern.test(message));
  const id = rule?.id ?? "unknown";
  return {
    id,
    title: rule?.title ?? "go mod download failed",
    retryable: rule?.retryable ?? false,
    module: context.module,
    version: context.version,
    evidence: message.split("\n").filter((l) => l.trim() !== ""),
    fix: ""
  };
}
var RULES = [
  {
    pattern: /SECURITY ERROR|checksum mismatch/,
    id: "checksum-mismatch",
    title: "Checksum mismatch",
    retryable: false
  },
  { pattern: /no such host/, id: "dns-failure", title: "Name resolution failed", retryable: true },
  { pattern: /connection refused/, id: "connection-refused", title: "Connection refused", retryable: true },
  {
    pattern: /connection reset|unexpected EOF|stream error/,
    id: "connection-reset",
    title: "Connection dropped mid-transfer",
    retryable: true
  },
  {
    pattern: /i\/o timeout|TLS handshake timeout/,
    id: "connect-timeout",
    title: "Connection timed out",
    retryable: true
  },
  { pattern: /429 Too Many Requests/, id: "rate-limited", title: "Rate limited", retryable: true },
  { pattern: /: 5\d\d [A-Z]/, id: "proxy-bad-response", title: "The module proxy failed", retryable: true },
  {
    pattern: /zip: not a valid zip file/,
    id: "modcache-corrupt",
    title: "Corrupt module zip",
    retryable: false
  }
];

// src/diagnosis/cli.ts
var USAGE = "usage: node dist/diagnose.js [--json] [FILE|-]";
async function runDiagnoseCli(args) {
  const json = args.includes("--json");
  const rest = args.filter((a) => a !== "--json");
  if (rest.length > 1 || rest.some((a) => a.startsWith("-") && a !== "-")) {
    process.stderr.write(`${USAGE}
`);
    return 2;
  }
  const file = rest[0] ?? "-";
  let text;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${e.message}
${USAGE}
`);
    return 2;
  }
  const failed = /^(go: |verifying )|SECURITY ERROR/m.test(text);
  const primary = failed ? classifyFailure(text) : null;
  const result = { primary, findings: primary ? [primary] : [] };
  process.stdout.write(
    json ? `${JSON.stringify(result)}
` : `${primary ? `${primary.id}: ${primary.title}` : "no failure found"}
`
  );
  return 0;
}

// src/diagnose.ts
process.exitCode = await runDiagnoseCli(process.argv.slice(2));
