/**
 * Saves generated text (a CSV export) as a download. HostApi has no export operation yet, so this
 * uses the same path as Plotly's image export: a blob behind an <a download>, which the browser
 * and Electron's default download handling both honour.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
