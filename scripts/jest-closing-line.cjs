// Prints one plain closing line ("tests: N passed, N failed, N skipped") that any CI log reader understands.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped } = results
    const broken = results.numRuntimeErrorTestSuites
    process.stdout.write(`\ntests: ${passed} passed, ${failed + broken} failed, ${skipped} skipped\n`)
  }
}
module.exports = ClosingLineReporter
