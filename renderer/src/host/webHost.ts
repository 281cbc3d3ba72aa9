import type { HostApi, OpenedFile, SaveRequest, SaveResult } from '../../../core/host/contract';

/**
 * HostApi for a plain browser (web mode and end-to-end tests): a file picker to open, a download
 * to save, and the document title. The browser hides real paths, so `path` is the file name.
 */
function pickFile(): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file === undefined) {
        resolve(null);
        return;
      }
      file.text().then((text) => resolve({ path: file.name, text }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

function download({ suggestedName, path, text }: SaveRequest): Promise<SaveResult> {
  const name = path ?? suggestedName;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve({ path: name });
}

export const webHost: HostApi = {
  platform: 'web',
  openScenario: pickFile,
  saveScenario: download,
  setTitle(title) {
    document.title = title;
    return Promise.resolve();
  },
};
