// The bundle's '@actions/http-client' (scripts/bundle.mjs maps it here). Its one user in the
// bundle is @actions/core's OIDC client, which makes one getJson call, and only with
// role-to-assume; the real client loads then, with undici (about 1 MB), instead of at every start.
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js'
import type { TypedResponse } from '../../node_modules/@actions/http-client/lib/interfaces.js'

type Args = ConstructorParameters<typeof Real.HttpClient>

export class HttpClient {
  private readonly args: Args

  constructor(...args: Args) {
    this.args = args
  }

  async getJson<T>(...request: Parameters<Real.HttpClient['getJson']>): Promise<TypedResponse<T>> {
    const { HttpClient: Client } =
      await import('../../node_modules/@actions/http-client/lib/index.js')
    return new Client(...this.args).getJson<T>(...request)
  }
}
