import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  classifyLog
} from "./chunks/chunk-SP6TQLTR.js";
import "./chunks/chunk-NU5Q7IMV.js";
import "./chunks/chunk-OU25MFPA.js";
import {
  __name,
  errorMessage
} from "./chunks/chunk-6YREEE2X.js";

// src/diagnosis/cli.ts
import { readFileSync } from "node:fs";
var USAGE = "usage: node dist/diagnose.js [--json] [FILE|-]";
async function runDiagnoseCli(args) {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(
      `${USAGE}
Reads FILE (or stdin) and names each go failure with its scenario id and fix.
`
    );
    return 0;
  }
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
    process.stderr.write(`cannot read ${file}: ${errorMessage(e)}
${USAGE}
`);
    return 2;
  }
  const { primary, findings } = classifyLog(text);
  process.stdout.write(
    json ? `${JSON.stringify({ primary: primary && shape(primary), findings: findings.map(shape) }, null, 2)}
` : human(primary, findings)
  );
  return 0;
}
__name(runDiagnoseCli, "runDiagnoseCli");
function shape(f) {
  return {
    id: f.id,
    title: f.title,
    retryable: f.retryable,
    module: f.module ?? null,
    version: f.version ?? null,
    host: f.host ?? null,
    url: f.url ?? null,
    httpStatus: f.httpStatus ?? null,
    occurrences: f.occurrences ?? 1,
    evidence: f.evidence,
    fix: f.fix,
    alternatives: f.alternatives ?? []
  };
}
__name(shape, "shape");
function human(primary, findings) {
  if (!primary) return "No go failure found in the log.\n";
  const out = [
    `${primary.id}: ${primary.title}${primary.retryable ? " (transient: a re-run may succeed)" : ""}`
  ];
  for (const f of findings) {
    const subject = f.module ? ` ${f.module}${f.version ? `@${f.version}` : ""}` : "";
    out.push("", `[${f.id}]${subject}${f.occurrences && f.occurrences > 1 ? ` (\xD7${f.occurrences})` : ""}`);
    out.push(...f.evidence.map((l) => `  | ${l}`));
  }
  out.push("", "Fix:", primary.fix);
  if (primary.alternatives?.length) {
    out.push("", "The log alone does not rule out:");
    for (const a of primary.alternatives) out.push(`  - ${a.id} (${a.title}): ${a.check}`);
  }
  return `${out.join("\n")}
`;
}
__name(human, "human");

// src/diagnose.ts
process.exitCode = await runDiagnoseCli(process.argv.slice(2));
