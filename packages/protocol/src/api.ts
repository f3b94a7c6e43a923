import { z } from 'zod';
import { CODE_MAX_BYTES, RUN_MAX_STDIN_BYTES } from './jobs.ts';
import { DifficultySchema, ProgressStatusSchema } from './verdicts.ts';

/** Every API error: `{ "error": { "code", "message" } }`; the code is stable, the message says what to do. */
export const ErrorCodeSchema = z.enum([
  'bad_request',
  'bad_json',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'csrf_failed',
  'not_found',
  'unknown_problem',
  'unknown_language',
  'code_too_large',
  'conflict',
  'username_taken',
  'email_taken',
  'invalid_credentials',
  'rate_limited',
  'too_many_active',
  'payload_too_large',
  'bad_package',
  'not_ready',
  'not_accepted',
  'no_problems',
  'timeout',
  'invalid_text',
  'headers_too_large',
  'upgrade_required',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export const ErrorBodySchema = z.object({ error: z.object({ code: ErrorCodeSchema, message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export const RegisterBodySchema = z.object({
  username: z.string().regex(/^[A-Za-z0-9_-]{3,32}$/, '3 to 32 letters, digits, "_" or "-"'),
  email: z.string().email().max(254),
  password: z.string().min(8, 'at least 8 characters').max(256),
});
export const LoginBodySchema = z.object({ login: z.string().min(1).max(254), password: z.string().min(1).max(256) });
export const TokenBodySchema = LoginBodySchema.extend({ name: z.string().max(64).optional() });

/** Code size is checked separately so that it gets its own error code (code_too_large). */
export const SubmissionBodySchema = z.object({
  problemId: z.string().min(1).max(128),
  language: z.string().min(1).max(32),
  code: z.string(),
});
export const RunBodySchema = z.object({
  problemId: z.string().min(1).max(128).nullish(),
  language: z.string().min(1).max(32),
  code: z.string(),
  stdin: z.string().refine((s) => utf8Bytes(s) <= RUN_MAX_STDIN_BYTES, 'stdin is at most 1 MiB'),
});
export const ProgressBodySchema = z.object({ status: ProgressStatusSchema });
/** The editor's autosave; code size is checked separately (code_too_large), as for submissions. */
export const DraftBodySchema = z.object({ code: z.string() });

export const ProblemListQuerySchema = z.object({
  difficulty: DifficultySchema.optional(),
  topic: z.string().max(64).optional(),
  status: ProgressStatusSchema.optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['id', 'title', 'difficulty', 'acceptance']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

/** True when the code fits the limit (64 KiB of UTF-8). */
export function codeFits(code: string): boolean {
  return utf8Bytes(code) <= CODE_MAX_BYTES;
}
