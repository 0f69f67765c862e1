// Names of the values the main step hands to the post step through GITHUB_STATE.
export const STATE_IMAGE_ARN = 'image-arn'
/** 'true' when this step started the work it followed; a watched build is never this step's to cancel. */
export const STATE_STARTED = 'started'
/** 'true' once the main step has dealt with the build, whatever the outcome. */
export const STATE_SETTLED = 'settled'
