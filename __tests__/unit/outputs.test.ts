import { expect, test } from '@jest/globals'
import type { Ami } from '@aws-sdk/client-imagebuilder'
import { imageOutputs } from '../../src/report/index.js'

const ARN = 'arn:aws:imagebuilder:us-east-1:111111111111:image/golden/1.0.0/4'
const ami = (region: string, accountId: string | undefined, image: string): Ami => ({
  region,
  accountId,
  image,
  name: 'n',
  state: { status: 'AVAILABLE' }
})

test('ami-ids prefers the copy the building account owns, whatever the listing order', () => {
  const outputs = imageOutputs(
    {
      outputResources: {
        amis: [
          ami('us-east-1', '222222222222', 'ami-shared'),
          ami('us-east-1', '111111111111', 'ami-own'),
          ami('eu-west-1', '222222222222', 'ami-only-partner')
        ]
      }
    },
    ARN,
    'us-east-1'
  )
  expect(outputs.amiIds).toEqual({ 'us-east-1': 'ami-own', 'eu-west-1': 'ami-only-partner' })
  expect(outputs.amiId).toBe('ami-own')
  expect(outputs.amis.map(a => a.image)).toEqual(['ami-shared', 'ami-own', 'ami-only-partner'])
})

test('an AMI without an account is the building account, and entries without an AMI ID are left out', () => {
  const outputs = imageOutputs(
    {
      outputResources: {
        amis: [
          ami('us-east-1', undefined, 'ami-1'),
          { region: 'us-west-2', state: { status: 'PENDING' as const } }
        ]
      }
    },
    ARN,
    'us-east-1'
  )
  expect(outputs.amis).toEqual([
    {
      region: 'us-east-1',
      accountId: '111111111111',
      image: 'ami-1',
      name: 'n',
      status: 'AVAILABLE'
    }
  ])
})

test('no image yet gives empty outputs, not a crash', () => {
  expect(imageOutputs(undefined, ARN, 'us-east-1')).toEqual({
    status: '',
    imageArn: ARN,
    amis: [],
    amiIds: {},
    amiId: '',
    imageUris: [],
    // Known from the ARN alone.
    imageVersion: ARN.split('/').slice(-2).join('/'),
    osVersion: '',
    platform: '',
    latestVersionReferences: ''
  })
})
