// A forward HTTP proxy on loopback for the tests: it takes absolute-URI requests, as a client
// behind HTTP_PROXY sends them, and forwards those for one made-up host name to a port on
// 127.0.0.1. That name resolves nowhere, so the proxy is the only way to reach it.
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export class LoopbackProxy {
  /** Host names of the requests that came through. */
  readonly seen: string[] = []
  private server?: Server

  constructor(
    readonly hostName: string,
    private readonly targetPort: () => number
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const target = new URL(req.url ?? '/')
      this.seen.push(target.hostname)
      if (target.hostname !== this.hostName) {
        res.writeHead(502).end('unknown host')
        return
      }
      const upstream = request(
        {
          host: '127.0.0.1',
          port: this.targetPort(),
          method: req.method,
          path: `${target.pathname}${target.search}`,
          headers: req.headers
        },
        answer => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      upstream.on('error', () => res.destroy())
      req.pipe(upstream)
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }
}
