#!/usr/bin/env node
// `setup-gomod-diagnose` (package.json bin) and `node dist/diagnose.js`: see src/diagnosis/cli.ts.
import { runDiagnoseCli } from './diagnosis/cli.js'

process.exitCode = await runDiagnoseCli(process.argv.slice(2))
