/** ApplicationFailure types thrown by the AI resolver; the workflow matches on these names. */
export const AI_BAD_REQUEST = 'AiBadRequest';
export const AI_AUTH_FAILED = 'AiAuthFailed';
export const AI_INVALID_OUTPUT = 'AiInvalidOutput';
export const AI_RATE_LIMITED = 'AiRateLimited';
export const AI_UNAVAILABLE = 'AiUnavailable';

export const AI_ERROR_TYPES = [
  AI_BAD_REQUEST,
  AI_AUTH_FAILED,
  AI_INVALID_OUTPUT,
  AI_RATE_LIMITED,
  AI_UNAVAILABLE,
] as const;
export type AiErrorType = (typeof AI_ERROR_TYPES)[number];
