import { createServer } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the fake answers to one request. */
export interface FakeReply {
  status?: number
  headers?: Record<string, string>
  /** Sent as JSON. */
  body?: unknown
  /** Sent verbatim as application/json, for malformed bodies. */
  raw?: string
  /** Sent as application/zip: an artifact's archive. */
  binary?: Buffer
  /** Answer only after this long, for timeouts. */
  delayMs?: number
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** The request body parsed as JSON, when there is one. */
  body?: unknown
}

export type Responder = FakeReply | ((request: RecordedRequest, baseUrl: string) => FakeReply)

const DOCS = 'https://docs.github.com/rest'

/**
 * A GitHub REST API on 127.0.0.1 for tests: a real HTTP server (the client under test does real requests)
 * that answers programmed routes, checks the token, records every request and never touches the network.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  private readonly routes = new Map<string, Responder[]>()
  private readonly timers = new Set<NodeJS.Timeout>()

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly token: string
  ) {}

  static async start(token: string): Promise<FakeGitHub> {
    const server = createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const fake = new FakeGitHub(server, `http://127.0.0.1:${port}`, token)
    server.on('request', (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        fake.handle(req, res, Buffer.concat(chunks).toString('utf8'))
      })
    })
    return fake
  }

  /** Programs `method path`: replies are used in order, the last one for every later request. */
  on(method: string, path: string, ...replies: Responder[]): this {
    this.routes.set(`${method.toUpperCase()} ${path}`, replies)
    return this
  }

  /** Requests received so far, or only those for `path` (exact, query excluded). */
  count(path?: string): number {
    return this.requests.filter(request => path === undefined || request.path === path).length
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer)
    this.server.closeAllConnections()
    await new Promise<void>(resolve =>
      this.server.close(() => {
        resolve()
      })
    )
  }

  private handle(req: IncomingMessage, res: ServerResponse, text: string): void {
    const url = new URL(req.url ?? '/', this.url)
    const request = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      ...(text === '' ? {} : { body: JSON.parse(text) as unknown })
    }
    this.requests.push(request)
    const reply = this.authorized(req.headers.authorization) ? this.reply(request) : badCredentials()
    const send = () => {
      write(res, reply)
    }
    if (reply.delayMs === undefined) {
      send()
      return
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      send()
    }, reply.delayMs)
    this.timers.add(timer)
  }

  private authorized(header: string | undefined): boolean {
    const [scheme, credential] = (header ?? '').split(' ')
    return /^(token|bearer)$/i.test(scheme ?? '') && credential === this.token
  }

  private reply(request: RecordedRequest): FakeReply {
    const replies = this.routes.get(`${request.method} ${request.path}`)
    if (!replies || replies.length === 0) return notFound()
    const responder = (replies.length > 1 ? replies.shift() : replies[0]) ?? notFound()
    return typeof responder === 'function' ? responder(request, this.url) : responder
  }
}

function write(res: ServerResponse, reply: FakeReply): void {
  if (res.destroyed) return
  const body = reply.binary ?? reply.raw ?? JSON.stringify(reply.body ?? {})
  res.writeHead(reply.status ?? 200, {
    'content-type': reply.binary ? 'application/zip' : 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    'x-github-request-id': 'C0DE:1234:5678:9ABC:DEF0',
    ...reply.headers
  })
  res.end(body)
}

function badCredentials(): FakeReply {
  return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } }
}

/** GitHub's answer for something missing or hidden from the token. */
export function notFound(): FakeReply {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } }
}

/** GitHub's answer when GITHUB_TOKEN lacks the scope (`permissions:`) for the endpoint. */
export function forbidden(message = 'Resource not accessible by integration'): FakeReply {
  return { status: 403, body: { message, documentation_url: DOCS, status: '403' } }
}

export function serverError(status = 500): FakeReply {
  return { status, body: { message: 'Server Error' } }
}

/** Primary rate limit exhausted: 403 with `x-ratelimit-remaining: 0` and the reset time (epoch seconds). */
export function rateLimited(resetEpochSeconds: number): FakeReply {
  return {
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetEpochSeconds) },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403'
    }
  }
}

/** Secondary rate limit: 403 or 429 with `retry-after` in seconds. */
export function secondaryRateLimited(retryAfterSeconds: number, status = 429): FakeReply {
  return {
    status,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status)
    }
  }
}

/** A 200 whose JSON is cut off mid-document. */
export function malformed(): FakeReply {
  return { raw: '{"total_count": 3, "jobs": [{"id": 1, "na' }
}

/**
 * Serves `items` the way GitHub lists do: `per_page` (default 30, max 100) and `page` from the query, a
 * `Link` header with first/prev/next/last, and the page either as an array or as `{ total_count, [key] }`.
 */
export function paginated(items: unknown[], key?: string): Responder {
  return (request, baseUrl) => {
    const perPage = Math.min(100, Number(request.query.get('per_page') ?? 30))
    const page = Number(request.query.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const link = (n: number, rel: string) => {
      const query = new URLSearchParams(request.query)
      query.set('page', String(n))
      return `<${baseUrl}${request.path}?${query.toString()}>; rel="${rel}"`
    }
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : [])
    ]
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
    return {
      headers,
      body: key === undefined ? slice : { total_count: items.length, [key]: slice }
    }
  }
}
