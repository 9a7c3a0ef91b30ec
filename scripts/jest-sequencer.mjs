// Runs the integration suites before the unit suites, each part in jest's own order (failed first, then the
// slowest by the last run's times, else the largest file). The integration suites wait on processes and clocks
// for tens of seconds; the unit suites take about a second each and fill the workers at the end, instead of
// one long suite starting last and running alone (as on a fresh CI machine, with no times from a last run).
import Sequencer from '@jest/test-sequencer'

export default class IntegrationFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    const isIntegration = test => test.context.config.displayName?.name === 'integration'
    return [...sorted.filter(isIntegration), ...sorted.filter(test => !isIntegration(test))]
  }
}
