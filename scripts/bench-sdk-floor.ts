// The bench's SDK floor: the least any run of the action does before its first request. It loads
// the Image Builder client and sends one GetImage; scripts/bench-start.ts bundles it as lean as it
// can be (esbuild, the packages' ES module builds, tree-shaken, minified). No top-level await, so
// that either module format can be measured.
import { GetImageCommand, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'

const arn = 'arn:aws:imagebuilder:us-east-1:123456789012:image/sdk-floor/1.0.0/1'
new ImagebuilderClient({})
  .send(new GetImageCommand({ imageBuildVersionArn: arn }))
  .catch(() => undefined)
