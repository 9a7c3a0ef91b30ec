import { createRequire } from 'node:module'
import type * as Http from 'node:http'
import type * as Https from 'node:https'
import type * as Tls from 'node:tls'

/**
 * Node's http, https and tls, loaded when first needed. An ESM import of them runs at every start of the step,
 * and Node 24 builds a namespace of all of http's exports for it, whose WebSocket getter loads Node's bundled
 * undici: 30-60 ms of the step's start (issue 14), while an exact cache hit makes no request at all.
 */
const load = createRequire(import.meta.url)

export const nodeHttp = (): typeof Http => load('node:http') as typeof Http
export const nodeHttps = (): typeof Https => load('node:https') as typeof Https
export const nodeTls = (): typeof Tls => load('node:tls') as typeof Tls
