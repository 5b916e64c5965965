/** ApplicationFailure types thrown by the AI resolver; named in the workflow contract, which matches on them. */
import { AI_ERRORS } from '../../workflows/case/contract';

export const AI_BAD_REQUEST = AI_ERRORS.badRequest;
export const AI_AUTH_FAILED = AI_ERRORS.authFailed;
export const AI_INVALID_OUTPUT = AI_ERRORS.invalidOutput;
export const AI_RATE_LIMITED = AI_ERRORS.rateLimited;
export const AI_UNAVAILABLE = AI_ERRORS.unavailable;

export const AI_ERROR_TYPES = Object.values(AI_ERRORS);
export type AiErrorType = (typeof AI_ERROR_TYPES)[number];
