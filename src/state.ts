// Names of the values the main step hands to the post step through GITHUB_STATE.
export const STATE_IMAGE_ARN = 'image-arn'
