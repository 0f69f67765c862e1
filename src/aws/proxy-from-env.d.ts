// proxy-from-env ships no types: the one function the action uses.
declare module 'proxy-from-env' {
  /** The proxy for `url` from HTTP(S)_PROXY / NO_PROXY (either case), or '' for none. */
  export function getProxyForUrl(url: string): string
}
