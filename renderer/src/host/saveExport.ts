import { getHost } from './getHost';

/**
 * Every export of the views (CSV, SVG, PNG) goes through the host's one export operation: a save
 * dialog in the desktop app, a download in web mode. A failure is logged, not thrown into a click
 * handler.
 */
function save(suggestedName: string, content: string, mimeType: string): void {
  getHost()
    .exportFile({ suggestedName, content, mimeType })
    .catch((error: unknown) => console.error(`Could not export ${suggestedName}:`, error));
}

/** Generated text: a CSV table, an SVG figure. */
export function saveText(suggestedName: string, text: string, mimeType = 'text/csv'): void {
  save(suggestedName, text, mimeType);
}

/** Binary content already encoded as a data URL (a canvas's PNG). */
export function saveDataUrl(suggestedName: string, dataUrl: string): void {
  save(
    suggestedName,
    dataUrl,
    dataUrl.slice(5, dataUrl.indexOf(';')) || 'application/octet-stream',
  );
}

/** A Blob (an image rendered off screen), read into a data URL first. */
export function saveBlob(suggestedName: string, blob: Blob): void {
  const reader = new FileReader();
  reader.onload = () => {
    if (typeof reader.result === 'string') saveDataUrl(suggestedName, reader.result);
  };
  reader.readAsDataURL(blob);
}
