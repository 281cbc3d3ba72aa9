/// <reference lib="webworker" />
import { compareFleet, createTelemetryImporter } from '../../../core';
import type { Design, FleetComparison } from '../../../core';

/**
 * The fleet telemetry import, off the UI thread: the file is streamed (never read whole, so a
 * 10 M-row file fits), decoded chunk by chunk into the core's importer, with progress every
 * chunk and a cancel that stops between chunks. The hash is SHA-256 of the file (Web Crypto)
 * for files up to HASH_LIMIT_BYTES; larger ones are named by size and date instead.
 */
export type FleetWorkerRequest =
  | { readonly type: 'start'; readonly file: File; readonly designs: readonly Design[] }
  | { readonly type: 'cancel' };

export type FleetWorkerMessage =
  | {
      readonly type: 'progress';
      readonly bytes: number;
      readonly total: number;
      readonly rows: number;
    }
  | { readonly type: 'done'; readonly comparison: FleetComparison; readonly hash: string | null }
  | { readonly type: 'cancelled' }
  | { readonly type: 'error'; readonly message: string };

/**
 * Web Crypto digests a whole buffer (no streaming), so hashing holds the file in memory: up to
 * 64 MiB it does (about 500 k rows); beyond, the import stays bounded and the file is named by
 * size and date instead of a hash.
 */
const HASH_LIMIT_BYTES = 64 * 2 ** 20;
const HASH_CHARS = 16;

let cancelled = false;

async function sha256(file: File): Promise<string | null> {
  if (file.size > HASH_LIMIT_BYTES || typeof crypto === 'undefined' || !crypto.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `sha256:${hex.slice(0, HASH_CHARS)}`;
}

async function run(file: File, designs: readonly Design[]): Promise<void> {
  cancelled = false;
  const importer = createTelemetryImporter({ designs: [...designs] }, file.name);
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (cancelled) {
      await reader.cancel();
      postMessage({ type: 'cancelled' } satisfies FleetWorkerMessage);
      return;
    }
    if (done) break;
    bytes += value.byteLength;
    importer.push(decoder.decode(value, { stream: true }));
    postMessage({
      type: 'progress',
      bytes,
      total: file.size,
      rows: importer.state.rows,
    } satisfies FleetWorkerMessage);
  }
  importer.push(decoder.decode());
  const comparison = compareFleet(importer.end());
  postMessage({ type: 'done', comparison, hash: await sha256(file) } satisfies FleetWorkerMessage);
}

addEventListener('message', (event: MessageEvent<FleetWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled = true;
    return;
  }
  run(request.file, request.designs).catch((error: unknown) =>
    postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies FleetWorkerMessage),
  );
});
