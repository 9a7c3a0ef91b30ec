import { formatBytes, formatSeconds, plural } from '../src/util/format.js'

describe('formatters', () => {
  test.each([
    [0, '0 s'],
    [250, '0.25 s'],
    [1204, '1.2 s'],
    [1500, '1.5 s'],
    [2000, '2 s'],
    [9994, '9.99 s'],
    [12_345, '12.3 s'],
    [120_000, '120 s'],
    [900_000, '900 s']
  ])('formatSeconds(%d) is %s', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text)
  })

  test('a set duration reads as it was set', () => {
    for (const ms of [500, 1000, 2000, 5000, 8000, 10_000, 60_000, 120_000]) {
      expect(formatSeconds(ms)).toBe(`${ms / 1000} s`)
    }
  })

  test.each([
    [0, '0.0 KiB'],
    [512, '0.5 KiB'],
    [1023 * 1024, '1023.0 KiB'],
    [1024 * 1024, '1.0 MiB'],
    [5.25 * 1024 * 1024, '5.3 MiB'],
    [undefined, 'size unknown']
  ])('formatBytes(%p) is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  test('plural', () => {
    expect(plural(1, 'module')).toBe('1 module')
    expect(plural(0, 'module')).toBe('0 modules')
    expect(plural(2, 'module version')).toBe('2 module versions')
    expect(plural(1, 'entry', 'entries')).toBe('1 entry')
    expect(plural(3, 'entry', 'entries')).toBe('3 entries')
  })
})
