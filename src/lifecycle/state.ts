// Names of the values the main step hands to the post step through GITHUB_STATE.
export const STATE_IMAGE_ARN = 'image-arn'
/** 'true' when this step started the work it followed; a watched build is never this step's to cancel. */
export const STATE_STARTED = 'started'
/** 'true' once the main step has dealt with the build: it ended, or its cancel was confirmed. */
export const STATE_SETTLED = 'settled'
/**
 * The start call (CreateImage, DistributeImage, RetryImage) as JSON, saved before it is first
 * sent: sent again with its client token, it tells which image it made.
 */
export const STATE_START_CALL = 'start-call'
/** The region the start call was sent to. */
export const STATE_REGION = 'region'
