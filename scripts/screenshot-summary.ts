/**
 * `npm run screenshot`: runs the bundled action on examples/ with a proxy fault (500 on one module zip), renders
 * the job summary it wrote the way GitHub does (GitHub-flavoured Markdown with inline HTML), and takes a
 * screenshot with headless Chromium (Debian's `chromium`) into docs/failure-summary.png for the README.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { marked } from 'marked'
import { ExampleWorkspace, exampleInputs, REPO_ROOT } from '../testkit/example-workspace.js'
import { startGoProxy } from '../testkit/goproxy.js'

const out = path.join(REPO_ROOT, 'docs', 'failure-summary.png')
const world = ExampleWorkspace.create('setup-gomod-shot-')
const proxy = await startGoProxy()
try {
  proxy.addFault({
    module: 'fixture.test/color',
    file: 'zip',
    fault: { kind: 'status', status: 502, body: 'bad gateway' }
  })
  const main = await world
    .newJob()
    .runAction(exampleInputs(proxy.url, { retries: '2', 'retry-delay': '100ms', cache: 'false' }))
  // The port of the throwaway proxy is noise in a picture.
  const summary = main.summary.replaceAll(proxy.url, 'https://goproxy.corp.example')
  const page = path.join(world.tmp, 'summary.html')
  writeFileSync(page, html(await marked.parse(summary, { gfm: true })))
  const shot = spawnSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--screenshot=${out}`,
      '--window-size=1000,1560',
      page
    ],
    { encoding: 'utf8' }
  )
  if (shot.status !== 0) throw new Error(`chromium failed:\n${shot.stderr}`)
  console.log(`wrote ${path.relative(REPO_ROOT, out)}`)
} finally {
  await proxy.close()
  world.remove()
}

/** A page styled like a GitHub job summary (system font, bordered tables, grey code blocks). */
function html(body: string): string {
  return `<!doctype html><meta charset="utf-8"><style>
body{font:14px -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2328;margin:24px;max-width:940px}
h3{font-size:20px;border-bottom:1px solid #d1d9e0;padding-bottom:6px}h4{font-size:16px;margin:18px 0 8px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d1d9e0;padding:5px 12px;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{background:#eff1f3;border-radius:6px;padding:1px 5px;font:12px ui-monospace,monospace}
pre{background:#f6f8fa;border-radius:6px;padding:12px;overflow:hidden;white-space:pre-wrap;font:12px ui-monospace,monospace}
pre code{background:none;padding:0}details{margin:8px 0}summary{cursor:pointer;font-weight:600}
</style><div style="border:1px solid #d1d9e0;border-radius:6px;padding:8px 24px 16px">${body}</div>`
}
