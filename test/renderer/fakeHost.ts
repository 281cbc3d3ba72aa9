import type {
  ExportRequest,
  HostApi,
  ImportedFile,
  OpenedFile,
  RecoveredWork,
  SaveRequest,
} from '../../core/host/contract';

export interface FakeHostScript {
  /** What Open returns (null: cancelled). */
  readonly toOpen?: OpenedFile | null;
  readonly toImport?: ImportedFile | null;
  readonly toRecover?: RecoveredWork | null;
  readonly recent?: readonly string[];
}

/** A HostApi double: scripted files to open, import and recover; records what the app asks. */
export function fakeHost(toOpen: OpenedFile | null = null, script: FakeHostScript = {}) {
  const saves: SaveRequest[] = [];
  const titles: string[] = [];
  const exports: ExportRequest[] = [];
  const pdfs: { suggestedName: string; html: string }[] = [];
  const autosaves: { path: string | null; text: string }[] = [];
  const dirtyCalls: boolean[] = [];
  let autosaveCleared = 0;
  let recovered = script.toRecover ?? null;
  const host: HostApi = {
    platform: 'web',
    openScenario: () => Promise.resolve(script.toOpen ?? toOpen),
    openRecent: (path) => Promise.resolve(toOpen !== null && toOpen.path === path ? toOpen : null),
    recentFiles: () => Promise.resolve(script.recent ?? []),
    importCsv: () => Promise.resolve(script.toImport ?? null),
    exportFile: (request) => {
      exports.push(request);
      return Promise.resolve({ path: `/tmp/${request.suggestedName}` });
    },
    exportPdf: (request) => {
      pdfs.push(request);
      return Promise.resolve({ path: `/tmp/${request.suggestedName}` });
    },
    autosave: (work) => {
      autosaves.push(work);
      return Promise.resolve();
    },
    recoverWork: () => Promise.resolve(recovered),
    clearAutosave: () => {
      autosaveCleared += 1;
      recovered = null;
      return Promise.resolve();
    },
    setDirty: (dirty) => {
      dirtyCalls.push(dirty);
      return Promise.resolve();
    },
    saveScenario: (request) => {
      saves.push(request);
      return Promise.resolve({ path: request.path ?? `/tmp/${request.suggestedName}` });
    },
    setTitle: (title) => {
      titles.push(title);
      return Promise.resolve();
    },
  };
  return {
    host,
    saves,
    titles,
    exports,
    pdfs,
    autosaves,
    dirtyCalls,
    autosaveClears: () => autosaveCleared,
  };
}
