/**
 * `npm run demo [-- --fault <kind>]`: runs the bundled action (dist/) on examples/ the way the GitHub runner
 * does, against a local Go module proxy and a local cache service, then a later `go build` step and the post
 * step, and prints what a user would see: the step logs, the outputs and the job summary. Without a fault, a
 * second run on a fresh runner then restores the module cache the first one saved. Nothing leaves this machine.
 */
import * as path from 'node:path'
import { startCacheService } from '../testkit/cache-service.js'
import { ExampleWorkspace, exampleInputs } from '../testkit/example-workspace.js'
import { removeTempDir } from '../testkit/go-env.js'
import { startGoProxy, type FaultRule } from '../testkit/goproxy.js'
import { renderStep } from '../testkit/runner.js'

const FAULTS: Record<string, { rule: FaultRule; inputs?: Record<string, string>; what: string }> = {
  'http-500': {
    rule: {
      module: 'fixture.test/color',
      file: 'zip',
      fault: { kind: 'status', status: 500, body: 'upstream exploded' }
    },
    what: 'the proxy answers 500 for one module zip'
  },
  'http-404': {
    rule: {
      module: 'fixture.test/greet',
      file: 'mod',
      fault: { kind: 'status', status: 404, body: 'not found' }
    },
    what: 'the proxy does not know one module version (404 on its go.mod)'
  },
  reset: {
    rule: { module: 'fixture.test/color', file: 'zip', fault: { kind: 'reset' } },
    what: 'the connection drops in the middle of a zip'
  },
  'corrupt-zip': {
    rule: { module: 'fixture.test/util', file: 'zip', fault: { kind: 'corrupt-zip' } },
    what: 'the proxy serves bytes that are not a zip'
  },
  checksum: {
    rule: { module: 'fixture.test/util', file: 'zip', fault: { kind: 'wrong-content' } },
    what: 'the proxy serves different content than go.sum recorded'
  },
  hang: {
    rule: { module: 'fixture.test/greet', file: 'zip', fault: { kind: 'hang' } },
    inputs: { 'stall-timeout': '2s', retries: '1' },
    what: 'the proxy accepts the request for one zip and never answers (stall-timeout: 2s, retries: 1)'
  }
}

const faultArg = process.argv.indexOf('--fault')
const faultName = faultArg >= 0 ? process.argv[faultArg + 1] : undefined
if (faultArg >= 0 && (!faultName || !(faultName in FAULTS))) {
  console.error(`usage: npm run demo [-- --fault <${Object.keys(FAULTS).join('|')}>]`)
  process.exit(2)
}
const fault = faultName ? FAULTS[faultName] : undefined

const world = ExampleWorkspace.create('setup-gomod-demo-')
const proxy = await startGoProxy()
const service = await startCacheService()
let exitCode = 0
try {
  if (fault) proxy.addFault(fault.rule)
  // The runner's environment before the step: nothing Go-specific set, so the inputs below are the source.
  const job = world.newJob(service.env())
  // Short backoff so the demo does not keep you waiting; the defaults start at 2s.
  const inputs = exampleInputs(proxy.url, { 'retry-delay': '300ms', ...fault?.inputs })

  console.log(
    `setup-gomod demo: examples/ (2 modules) against a local module proxy at ${proxy.url} and a local ` +
      `cache service at ${service.url}`
  )
  if (fault) console.log(`Injected fault "${faultName}": ${fault.what}.`)
  console.log(
    `\nuses: ./  with:\n${Object.entries(inputs)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`
  )

  const main = await job.runAction(inputs)
  console.log(renderStep(main, 'Run setup-gomod (main)', job.secrets))
  if (main.exitCode === 0) {
    // A later step of the same job: the exported environment applies; GOPROXY=off proves the cache is complete.
    const build = await world.offlineBuild(job)
    console.log(renderStep(build, 'Run go build (later step, GOPROXY=off)'))
    if (build.exitCode !== 0) exitCode = 1
  }
  const post = await job.runPost()
  console.log(renderStep(post, 'Post setup-gomod'))
  // Without a fault the demo must succeed; with one, failing the main step is the point.
  if (!fault && main.exitCode !== 0) exitCode = 1
  if (post.exitCode !== 0) exitCode = 1
  if (!fault && exitCode === 0) {
    // The next run of the workflow, on a fresh runner: empty module cache, the entry saved above restored.
    removeTempDir(path.join(world.tmp, 'gomodcache'))
    proxy.requests.length = 0
    const next = world.newJob(service.env(), { runnerTemp: path.join(world.tmp, 'runner-temp-2') })
    const again = await next.runAction(inputs)
    console.log(renderStep(again, 'Next run, fresh runner: Run setup-gomod (main)', next.secrets))
    console.log(`  Requests to the module proxy during that step: ${proxy.requests.length}.`)
    if (again.exitCode !== 0 || again.outputs['cache-restore-kind'] !== 'exact') exitCode = 1
  }
} finally {
  await service.close()
  await proxy.close()
  world.remove()
}
process.exit(exitCode)
