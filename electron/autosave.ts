import { z } from 'zod';
import type { RecoveredWork } from '../core/host/contract';
import { describeFsError } from './atomic-save';

const autosaveFileSchema = z.object({
  version: z.literal(1),
  path: z.string().min(1).nullable(),
  text: z.string(),
  savedAt: z.iso.datetime({ offset: true }),
});

/** The autosave file's contents: versioned JSON, one scenario. */
export function serializeAutosave(
  work: { readonly path: string | null; readonly text: string },
  now: Date,
): string {
  return JSON.stringify({
    version: 1,
    path: work.path,
    text: work.text,
    savedAt: now.toISOString(),
  });
}

/** The recovered work, or null for a missing, truncated, corrupted or foreign file. */
export function parseAutosave(text: string | null): RecoveredWork | null {
  if (text === null) return null;
  try {
    const parsed = autosaveFileSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? { path: parsed.data.path, text: parsed.data.text, savedAt: parsed.data.savedAt }
      : null;
  } catch {
    return null;
  }
}

export interface AutosaveDeps {
  /** userData/autosave.json */
  readonly file: string;
  /** The file's text, or null when it does not exist. */
  readonly readText: (filePath: string) => Promise<string | null>;
  /** An atomic write: a crash mid-autosave must leave the previous autosave intact. */
  readonly writeText: (filePath: string, text: string) => Promise<unknown>;
  /** Removes the file; no error when it is already gone. */
  readonly remove: (filePath: string) => Promise<void>;
  readonly now?: () => Date;
}

/** The autosave operations (assignable to HostOperations: the sender is not needed). */
export interface Autosave {
  autosave(
    sender: unknown,
    work: { readonly path: string | null; readonly text: string },
  ): Promise<void>;
  recoverWork(): Promise<RecoveredWork | null>;
  clearAutosave(): Promise<void>;
  /** Resolves once every queued write or clear has finished. */
  idle(): Promise<void>;
}

/**
 * Unsaved work kept in the app's data folder so a crash or a kill loses little. Calls run one at
 * a time, in order; an autosave still queued when a newer one (or a clear) arrives is skipped,
 * so frequent autosaves cost at most one write in flight and one waiting, and a clear is never
 * overtaken by an older write.
 */
export function createAutosave(deps: AutosaveDeps): Autosave {
  const now = deps.now ?? (() => new Date());
  let latest = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    autosave(_sender, work) {
      const id = (latest += 1);
      return enqueue(async () => {
        if (id !== latest) return;
        try {
          await deps.writeText(deps.file, serializeAutosave(work, now()));
        } catch (error) {
          throw new Error(`Could not write the autosave: ${describeFsError(error)}`, {
            cause: error,
          });
        }
      });
    },
    recoverWork: () =>
      enqueue(async () => parseAutosave(await deps.readText(deps.file).catch(() => null))),
    clearAutosave() {
      latest += 1;
      return enqueue(() => deps.remove(deps.file));
    },
    idle: () => queue.then(() => undefined),
  };
}
