#!/usr/bin/env node
// `setup-gomod-diagnose` (package.json bin) and `node dist/diagnose.js`: see src/diagnosis/cli.ts.
import { exitQuietlyOnClosedPipe, runDiagnoseCli } from './diagnosis/cli.js'

exitQuietlyOnClosedPipe()
process.exitCode = await runDiagnoseCli(process.argv.slice(2))
