/**
 * archive-download.ts against the fake cache service's blob store: ranges fetched several at a time and handed
 * on in order, a broken range fetched again (its missing part only), a refusal not retried, a store without range requests read as one
 * stream. Small ranges, so that a few kilobytes make many of them.
 */
import { randomBytes } from 'node:crypto'
import { openArchive, type RangedDownload } from '../src/cache/archive-download.js'
import { startCacheService, type FakeCacheService } from '../testkit/cache-service.js'

const OPTIONS: RangedDownload = {
  segmentBytes: 1000,
  concurrency: 3,
  attempts: 3,
  socketTimeoutMs: 5000,
  retryDelayMs: 1
}
const DATA = randomBytes(10_500)

let service: FakeCacheService
let url: string
beforeEach(async () => {
  service = await startCacheService()
  service.entries.push({ id: 7, key: 'k', version: 'v', data: DATA, finalized: true })
  url = `${service.url}devstoreaccount1/cache/7?sig=fake`
})
afterEach(() => service.close())

async function download(options = OPTIONS): Promise<{ data: Buffer; bytes?: number }> {
  const archive = await openArchive(url, options)
  return { data: Buffer.concat(await archive.stream.toArray()), bytes: archive.bytes }
}

const blobGets = () => service.requests.filter(r => r.path.startsWith('/devstoreaccount1/'))

test('fetches the archive in ranges, several at a time, and passes them on in order', async () => {
  const { data, bytes } = await download()
  expect(bytes).toBe(DATA.length)
  expect(data.equals(DATA)).toBe(true)
  expect(blobGets().map(r => r.status)).toEqual(Array(11).fill(206))
})

test('a range whose connection breaks is fetched again; the archive arrives whole', async () => {
  service.addFault({ status: 206, blob: 'truncate', times: 2 })
  const { data } = await download()
  expect(data.equals(DATA)).toBe(true)
  expect(blobGets()).toHaveLength(13)
})

test('a broken range is asked again only for the bytes still missing, which follow the ones passed on', async () => {
  service.addFault({ status: 206, blob: 'truncate', times: 1 })
  const { data } = await download({ ...OPTIONS, concurrency: 1 })
  expect(data.equals(DATA)).toBe(true)
  // The fake breaks the first response after half of its 1000 bytes.
  expect(
    blobGets()
      .map(r => r.range)
      .slice(0, 3)
  ).toEqual(['bytes=0-999', 'bytes=500-999', 'bytes=1000-1999'])
})

test('a range that keeps breaking fails the stream after the last attempt', async () => {
  service.addFault({ status: 206, blob: 'truncate' })
  await expect(download()).rejects.toThrow(
    /downloading bytes 0-999 failed 3 times: (aborted|.*connection broke)/
  )
})

test('a refused signature is not tried again', async () => {
  service.addFault({ status: 403, blob: 'refuse' })
  await expect(download()).rejects.toThrow(
    /downloading the first range failed: the cache storage answered 403/
  )
  expect(blobGets()).toHaveLength(1)
})

test('a store without range requests: one stream, its length from Content-Length', async () => {
  service.acceptRanges(false)
  const { data, bytes } = await download()
  expect(bytes).toBe(DATA.length)
  expect(data.equals(DATA)).toBe(true)
  expect(blobGets().map(r => r.status)).toEqual([200])
})

test('a store without range requests whose stream breaks: the stream fails, nothing passes as whole', async () => {
  service.acceptRanges(false)
  service.addFault({ status: 200, blob: 'truncate', times: 1 })
  await expect(download()).rejects.toThrow(/incomplete download: 5250 of 10500 bytes|aborted/)
})
