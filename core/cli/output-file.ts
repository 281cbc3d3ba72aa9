import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { CliInputError } from './read-scenario';

/**
 * Files the CLI writes (`--out`, `--write`): written to `<file>.<pid>.partial` beside the target
 * and renamed over it only when complete, so a failed run leaves neither a half-written target
 * nor the partial file. A target the CLI cannot write (its folder missing, a folder in its place,
 * no permission, a full disk) is bad input, exit 2 with the reason, never an unexpected error.
 */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'it is a folder',
  ENOTEMPTY: 'it is a folder',
  EEXIST: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ENAMETOOLONG: 'the name is too long',
};

/** A file-system error on an output as a CliInputError naming the option and the file. */
export function outputError(option: string, file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : REASONS[code];
  return reason === undefined
    ? error
    : new CliInputError(`${option}: cannot write ${file}: ${reason}`, { cause: error });
}

export interface OutputFile {
  write(text: string): void;
  /** Renames the complete file over the target. */
  commit(): void;
  /** Removes the partial file (after a failure or an interruption). */
  discard(): void;
}

export function openOutputFile(option: string, file: string): OutputFile {
  const temporary = `${file}.${process.pid}.partial`;
  let fd: number | null;
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    throw outputError(option, file, error);
  }
  const close = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  return {
    write(text) {
      if (text.length === 0 || fd === null) return;
      try {
        writeSync(fd, text);
      } catch (error) {
        throw outputError(option, file, error);
      }
    },
    commit() {
      close();
      try {
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw outputError(option, file, error);
      }
    },
    discard() {
      close();
      rmSync(temporary, { force: true });
    },
  };
}

/** Writes `text` to `file` whole, or not at all. */
export function writeOutputFile(option: string, file: string, text: string): void {
  const output = openOutputFile(option, file);
  try {
    output.write(text);
  } catch (error) {
    output.discard();
    throw error;
  }
  output.commit();
}
