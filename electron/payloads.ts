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

/** An absolute-or-relative file path from the renderer (a recent file, the autosave's owner). */
const pathSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(4096, 'is too long')
  .refine(noControlCharacters, 'must not contain control characters');

const fileNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)
  .refine(noControlCharacters, 'must not contain control characters')
  .refine((name) => !/[/\\]/.test(name), 'must be a file name, not a path');

function maxBytes(limit: number): z.ZodType<string> {
  return z
    .string()
    .refine((text) => Buffer.byteLength(text, 'utf8') <= limit, `must be at most ${limit} bytes`);
}

/** Exports carry charts as PNG data URLs, so they may be larger than a scenario. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

export const saveRequestSchema = z.strictObject({
  path: pathSchema.optional(),
  suggestedName: fileNameSchema,
  text: maxBytes(MAX_SCENARIO_BYTES),
});

export const recentPathSchema = pathSchema;

export const exportRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  content: maxBytes(MAX_EXPORT_BYTES),
  mimeType: z
    .string()
    .max(100, 'must be at most 100 characters')
    .regex(/^[a-z0-9][\w.+-]*\/[\w.+-]+$/i, 'must be a MIME type such as "text/html"'),
});

export const pdfRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  html: maxBytes(MAX_EXPORT_BYTES),
});

export const autosaveSchema = z.strictObject({
  path: pathSchema.nullable(),
  text: maxBytes(MAX_SCENARIO_BYTES),
});

export const dirtySchema = z.boolean();

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
