import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The file-handle calls an atomic save makes. */
export interface WritableHandle {
  writeFile(data: string | Uint8Array, options: { encoding: 'utf8' }): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls an atomic save makes; tests inject failures here. */
export interface AtomicSaveFs {
  open(filePath: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  stat(filePath: string): Promise<{ readonly mode: number }>;
  realpath(filePath: string): Promise<string>;
  readdir(directory: string): Promise<string[]>;
}

export const nodeAtomicSaveFs: AtomicSaveFs = {
  open: (filePath, flags, mode) => fsPromises.open(filePath, flags, mode),
  rename: fsPromises.rename,
  unlink: fsPromises.unlink,
  stat: fsPromises.stat,
  realpath: fsPromises.realpath,
  readdir: (directory) => fsPromises.readdir(directory),
};

/** `.<name>.<12 hex>.tmp`: the temp files saveFileAtomically writes, and only those. */
const TEMP_NAME = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

/** Temp files this process is writing right now: never cleaned from under a running save. */
const inFlight = new Set<string>();

/**
 * Removes temp files of our own naming that a killed save left in `directory` (for one target's
 * name, or all of them); returns how many it removed. Never throws: cleaning is best effort.
 */
export async function removeStaleTempFiles(
  directory: string,
  forName?: string,
  fs: AtomicSaveFs = nodeAtomicSaveFs,
): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(directory);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match === null || (forName !== undefined && match[1] !== forName)) continue;
    const tempPath = path.join(directory, name);
    if (inFlight.has(tempPath)) continue;
    try {
      await fs.unlink(tempPath);
      removed++;
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/**
 * Writes `text` (or bytes: an exported PNG or PDF) to `target` so that, whatever happens (full
 * disk, crash, power loss), the file is either the old one or the complete new one, never a
 * half-written mix: write a temp file beside it (same folder, hence same file system, so rename
 * is atomic), fsync it, rename it over the target, then fsync the folder so the rename itself is
 * durable.
 *
 * Rejects with `Could not save "<target>": <reason>`; the original file is untouched and the
 * temp file removed. A process killed midway can leave a hidden `.<name>.<random>.tmp` beside the
 * target, never a damaged target; the next save of that target (and the app's start, for its own
 * stores and the recent files) removes it. Returns the path actually written (symlinks resolved).
 */
/**
 * At start: a crash may have left temp files beside the app's own stores (autosave, recent files,
 * window state, all in `storeDirectory`) and beside the scenario files the user saved recently.
 */
export async function removeStaleTempFilesOnStart(
  storeDirectory: string,
  recentFiles: readonly string[],
  fs: AtomicSaveFs = nodeAtomicSaveFs,
): Promise<number> {
  let removed = await removeStaleTempFiles(storeDirectory, undefined, fs);
  for (const file of recentFiles)
    removed += await removeStaleTempFiles(path.dirname(file), path.basename(file), fs);
  return removed;
}

export async function saveFileAtomically(
  target: string,
  text: string | Uint8Array,
  fs: AtomicSaveFs = nodeAtomicSaveFs,
): Promise<string> {
  const finalPath = await resolveTarget(target, fs);
  const directory = path.dirname(finalPath);
  const tempPath = path.join(
    directory,
    `.${path.basename(finalPath)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  // Keep an existing file's permissions; a new file gets the usual 0o666 minus umask.
  const mode = await fs.stat(finalPath).then(
    (stats) => stats.mode & 0o777,
    () => 0o666,
  );

  await removeStaleTempFiles(directory, path.basename(finalPath), fs);
  inFlight.add(tempPath);
  let handle: WritableHandle | undefined;
  try {
    // 'wx': never reuse or follow an existing file at the temp path.
    handle = await fs.open(tempPath, 'wx', mode);
    await handle.writeFile(text, { encoding: 'utf8' });
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tempPath, finalPath);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tempPath).catch(() => undefined);
    throw new Error(`Could not save "${target}": ${describeFsError(error)}`, { cause: error });
  } finally {
    inFlight.delete(tempPath);
  }
  await syncDirectory(directory, fs);
  return finalPath;
}

/** Saving "through" a symlink must replace the file it points to, not the link itself. */
async function resolveTarget(target: string, fs: AtomicSaveFs): Promise<string> {
  const absolute = path.resolve(target);
  try {
    return await fs.realpath(absolute);
  } catch {
    return absolute; // a new file
  }
}

/** Best effort: Windows cannot open a directory for fsync, and the data is already safe on disk. */
async function syncDirectory(directory: string, fs: AtomicSaveFs): Promise<void> {
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // ignored on purpose, see above
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EACCES: 'permission denied',
  EPERM: 'permission denied (the file may be open or locked elsewhere)',
  EROFS: 'the file system is read-only',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'the target is a folder',
  EIO: 'an input/output error occurred',
};

export function describeFsError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === undefined ? undefined : REASONS[code];
    return reason === undefined ? error.message : `${reason} (${code})`;
  }
  return String(error);
}
