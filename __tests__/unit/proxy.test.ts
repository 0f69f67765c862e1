// Which proxy a call goes through: the one HTTPS_PROXY or HTTP_PROXY names for its endpoint,
// none for a host NO_PROXY lists.
import { afterEach, expect, test } from '@jest/globals'
import { proxyAgentsFor, serviceEndpoint } from '../../src/aws/index.js'

const saved = { ...process.env }
afterEach(() => {
  for (const name of [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'NO_PROXY',
    'no_proxy'
  ])
    delete process.env[name]
  Object.assign(process.env, saved)
})

test('HTTPS_PROXY for https endpoints, http_proxy for http ones, NO_PROXY honoured', async () => {
  process.env.HTTPS_PROXY = 'http://proxy.corp:3128'
  process.env.http_proxy = 'http://proxy.corp:3129'
  process.env.NO_PROXY = '.internal.corp'
  const aws = await proxyAgentsFor('https://imagebuilder.us-east-1.amazonaws.com')
  expect(aws.httpsAgent?.constructor.name).toBe('HttpsProxyAgent')
  expect(String((aws.httpsAgent as unknown as { proxy: URL }).proxy)).toBe(
    'http://proxy.corp:3128/'
  )
  expect((await proxyAgentsFor('http://emulator.test:4010')).httpAgent?.constructor.name).toBe(
    'HttpProxyAgent'
  )
  expect(await proxyAgentsFor('https://imagebuilder.internal.corp')).toEqual({})
})

test('no proxy variables, no agent; endpoints from the SDK variables or the region', async () => {
  expect(await proxyAgentsFor('https://imagebuilder.us-east-1.amazonaws.com')).toEqual({})
  expect(serviceEndpoint('logs', 'eu-west-1', {})).toBe('https://logs.eu-west-1.amazonaws.com')
  expect(serviceEndpoint('sts', 'eu-west-1', { AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:1' })).toBe(
    'http://127.0.0.1:1'
  )
})
