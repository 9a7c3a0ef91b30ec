import { runDiagnoseCli } from './diagnosis/cli.js'

process.exitCode = await runDiagnoseCli(process.argv.slice(2))
