import { readFileSync } from 'node:fs';
import path from 'node:path';
import { removeStaleTempFilesOnStart, saveFileAtomically } from '../../electron/atomic-save';

/**
 * The kill campaign's child process (bundled and forked by kill-campaign.ts):
 *   save TARGET SOURCE — tells the parent "saving", saves SOURCE's text to TARGET atomically
 *   start STORES RECENT — what the app does at start: cleans stale temp files
 * The parent kills it with SIGKILL at a random moment of the save.
 */
const [mode, first, second] = process.argv.slice(2);
const send = (message: string) =>
  new Promise<void>((resolve) => {
    if (process.send) process.send(message, () => resolve());
    else resolve();
  });

if (mode === 'save' && first && second) {
  const text = readFileSync(second, 'utf8');
  await send('saving');
  await saveFileAtomically(first, text);
  await send('saved');
} else if (mode === 'start' && first && second) {
  const removed = await removeStaleTempFilesOnStart(first, [second]);
  await send(`removed ${removed} ${path.basename(second)}`);
}
process.disconnect?.();
