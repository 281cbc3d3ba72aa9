import { z } from 'zod';

/**
 * Schemas for what the renderer sends over IPC. The renderer is treated as untrusted input: a
 * compromised page must not be able to make the main process write arbitrary data or paths.
 */

/** Scenario files are small JSON; the cap keeps a runaway page from exhausting memory or disk. */
export const MAX_SCENARIO_BYTES = 32 * 1024 * 1024;
const MAX_TITLE_LENGTH = 300;
const MAX_NAME_LENGTH = 255;

/** C0 controls and DEL: newlines in a title, NUL bytes in a path. */
function noControlCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

export const saveRequestSchema = z.strictObject({
  path: z
    .string()
    .min(1, 'must not be empty')
    .max(4096, 'is too long')
    .refine(noControlCharacters, 'must not contain control characters')
    .optional(),
  suggestedName: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)
    .refine(noControlCharacters, 'must not contain control characters')
    .refine((name) => !/[/\\]/.test(name), 'must be a file name, not a path'),
  text: z
    .string()
    .refine(
      (text) => Buffer.byteLength(text, 'utf8') <= MAX_SCENARIO_BYTES,
      `must be at most ${MAX_SCENARIO_BYTES} bytes`,
    ),
});

export const titleSchema = z
  .string()
  .max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`)
  .refine(noControlCharacters, 'must not contain control characters');

/**
 * Parses one argument or throws an Error naming the operation and each bad field, e.g.
 * `lightbench:save-scenario: invalid request: text: Invalid input: expected string, received number`.
 */
export function parsePayload<T>(
  schema: z.ZodType<T>,
  value: unknown,
  channel: string,
  argumentName: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const field = [argumentName, ...issue.path.map(String)].join('.');
    return `${field}: ${issue.message}`;
  });
  throw new Error(`${channel}: invalid ${argumentName}: ${problems.join('; ')}`);
}
