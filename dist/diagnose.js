#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  CATALOG,
  classifyLog,
  meaningOf
} from "./chunks/chunk-AJHHL4HO.js";
import "./chunks/chunk-ENVRGW5B.js";
import {
  errorMessage
} from "./chunks/chunk-5QCUKRW6.js";
import "./chunks/chunk-JEMEWMLI.js";
import {
  __name
} from "./chunks/chunk-N2CE72JC.js";

// src/diagnosis/cli.ts
import { readFileSync } from "node:fs";
var USAGE = "usage: setup-gomod-diagnose [--format text|json|markdown] [--json] [FILE|-]";
var FORMATS = ["text", "json", "markdown"];
async function runDiagnoseCli(args) {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(
      `${USAGE}
Reads FILE (or stdin) and names each go failure with its scenario id and fix.
`
    );
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}
${USAGE}
`);
    return 2;
  }
  let text;
  try {
    text = decodeLog(readFileSync(parsed.file === "-" ? 0 : parsed.file));
  } catch (e) {
    process.stderr.write(`cannot read ${parsed.file}: ${errorMessage(e)}
${USAGE}
`);
    return 2;
  }
  const { primary, findings } = classifyLog(text);
  process.stdout.write(RENDER[parsed.format](primary, findings));
  return 0;
}
__name(runDiagnoseCli, "runDiagnoseCli");
function exitQuietlyOnClosedPipe() {
  process.stdout.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(0);
  });
}
__name(exitQuietlyOnClosedPipe, "exitQuietlyOnClosedPipe");
function decodeLog(bytes) {
  const utf16 = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : void 0;
  if (!utf16) return bytes.toString("utf8");
  return new TextDecoder(utf16).decode(bytes.subarray(0, bytes.length - bytes.length % 2));
}
__name(decodeLog, "decodeLog");
function parseArgs(args) {
  let format = "text";
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = a === "--format" ? args[++i] : a.startsWith("--format=") ? a.slice("--format=".length) : void 0;
    if (a === "--json") format = "json";
    else if (a === "--format" || a.startsWith("--format=")) {
      if (!FORMATS.includes(value))
        return `--format takes ${FORMATS.join(", ")}, not ${JSON.stringify(value ?? "")}`;
      format = value;
    } else if (a.startsWith("-") && a !== "-") return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length > 1) return `one log at a time, not ${files.length}`;
  return { format, file: files[0] ?? "-" };
}
__name(parseArgs, "parseArgs");
var RENDER = {
  text: human,
  json: /* @__PURE__ */ __name((primary, findings) => `${JSON.stringify({ primary: primary && shape(primary), findings: findings.map(shape) }, null, 2)}
`, "json"),
  markdown
};
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
function alternativesOf(f) {
  const list = f.alternatives;
  return Array.isArray(list) ? list : [];
}
__name(alternativesOf, "alternativesOf");
function fence(text) {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return "`".repeat(longest + 1);
}
__name(fence, "fence");
function markdown(primary, findings) {
  if (!primary) return "### Diagnosis: no go failure found in the log\n";
  const subject = primary.module ? ` for \`${primary.module}${primary.version ? `@${primary.version}` : ""}\`` : "";
  const out = [
    `### Diagnosis: ${primary.title}${subject}`,
    "",
    `\`${primary.id}\` \xB7 ${primary.retryable ? "\u{1F501} transient: a re-run may succeed" : "\u{1F6E0} needs a change: a re-run will fail the same way"}`,
    "",
    meaningOf(primary.id, primary),
    "",
    "| module | version | scenario | retryable |",
    "| --- | --- | --- | --- |",
    ...findings.map(
      (f) => `| \`${f.module ?? "\u2014"}\` | \`${f.version ?? "\u2014"}\` | \`${f.id}\`${f.occurrences && f.occurrences > 1 ? ` \xD7${f.occurrences}` : ""} | ${f.retryable ? "yes" : "no"} |`
    ),
    "",
    "#### Evidence",
    "",
    fence(primary.evidence.join("\n")) + "text",
    ...primary.evidence,
    fence(primary.evidence.join("\n")),
    "",
    "#### Fix",
    "",
    primary.fix
  ];
  const alternatives = alternativesOf(primary);
  if (alternatives.length) {
    out.push(
      "",
      "#### Alternatives",
      "",
      ...alternatives.map((a) => `- \`${a.id}\`: ${a.title}. Check: ${a.check}`)
    );
  }
  for (const other of new Set(findings.map((f) => f.id).filter((id) => id !== primary.id)))
    out.push("", `Also: \`${other}\`: ${CATALOG[other].title}. ${CATALOG[other].steps[0]}`);
  return `${out.join("\n")}
`;
}
__name(markdown, "markdown");

// src/diagnose.ts
exitQuietlyOnClosedPipe();
process.exitCode = await runDiagnoseCli(process.argv.slice(2));
