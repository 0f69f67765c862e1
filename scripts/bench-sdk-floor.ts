// The bench's SDK floor: the least any run of the action does before its first request. It loads
// the Image Builder client, bundled as the action is (scripts/bundle.mjs), and sends one GetImage.
import { GetImageCommand, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'

const arn = 'arn:aws:imagebuilder:us-east-1:123456789012:image/sdk-floor/1.0.0/1'
await new ImagebuilderClient({})
  .send(new GetImageCommand({ imageBuildVersionArn: arn }))
  .catch(() => undefined)
