/**
 * Electron main process: wiring only. Every decision lives in a plain module beside this file,
 * unit-tested under Node (test/electron/), because this file cannot run without the Electron binary.
 */
import { existsSync } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { resolveAppEntry, type AppEntry } from './app-entry';
import { removeStaleTempFilesOnStart, saveFileAtomically } from './atomic-save';
import { createAutosave } from './autosave';
import { contentSecurityPolicy, withContentSecurityPolicy } from './csp';
import { createExports, isPdfRequestAllowed } from './exports';
import { registerHandlers } from './ipc-handlers';
import { MENU_COMMAND_CHANNEL, OPEN_RECENT_CHANNEL } from './menu-commands';
import { createMenuTemplate } from './menu-template';
import { createRecentFiles } from './recent-files';
import { createScenarioFiles } from './scenario-files';
import { createCloseGuard, resolveUnloadPrompt, type CloseGuard } from './unsaved-changes';
import { guardContents, isPermissionAllowed } from './web-guards';
import { createPdfWindowOptions, createWindowOptions, PDF_PARTITION } from './window-options';
import {
  parseWindowState,
  restoreWindowBounds,
  serializeWindowState,
  type InitialBounds,
} from './window-state';

// Built to dist/electron/main.cjs; the preload sits beside it, the renderer in dist/renderer.
const entry: AppEntry = resolveAppEntry(__dirname, process.env.LIGHTBENCH_DEV_URL);
let mainWindow: BrowserWindow | null = null;
/** The user asked to quit; a close cancelled in the unsaved-changes prompt forgets it. */
let quitting = false;
/** Writes that must finish before the process exits (window state, autosave removal). */
const pendingWrites = new Set<Promise<unknown>>();
const closeGuards = new WeakMap<WebContents, CloseGuard>();
/** HTML files staged for the PDF window: the only pages its session may load. */
const stagedPdfPages = new Set<string>();

const userFile = (name: string): string => path.join(app.getPath('userData'), name);
const readTextOrNull = (filePath: string): Promise<string | null> =>
  readFile(filePath, 'utf8').catch(() => null);

const recent = createRecentFiles({
  file: userFile('recent-files.json'),
  readText: readTextOrNull,
  writeText: saveFileAtomically,
  exists: (filePath) =>
    access(filePath).then(
      () => true,
      () => false,
    ),
  onChange: () => buildMenu(),
});
const autosave = createAutosave({
  file: userFile('autosave.json'),
  readText: readTextOrNull,
  writeText: saveFileAtomically,
  remove: (filePath) => rm(filePath, { force: true }),
});

function track(write: Promise<unknown>): void {
  const settled = write.catch(() => undefined);
  pendingWrites.add(settled);
  void settled.then(() => pendingWrites.delete(settled));
}

app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow !== null) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    // Let the last window-state write and the autosave removal land before the process ends.
    if (pendingWrites.size > 0) {
      event.preventDefault();
      void Promise.all([...pendingWrites]).then(() => app.quit());
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
  void app.whenReady().then(async () => {
    hardenSession();
    hardenPdfSession();
    const windowFor = (sender: WebContents): BrowserWindow | null =>
      BrowserWindow.fromWebContents(sender);
    const documents = app.getPath('documents');
    registerHandlers<WebContents>(ipcMain, {
      isAppUrl: entry.isAppUrl,
      operations: {
        ...createScenarioFiles({
          dialog,
          windowFor,
          defaultDirectory: documents,
          recent,
          onSaveSettled: (sender, result) => closeGuards.get(sender)?.saveSettled(result !== null),
        }),
        ...createExports({
          dialog,
          windowFor,
          defaultDirectory: documents,
          createPdfWindow: () => new BrowserWindow(createPdfWindowOptions()),
          stageHtml,
        }),
        ...autosave,
        setDirty: (sender, dirty) => {
          closeGuards.get(sender)?.setDirty(dirty);
          if (process.platform === 'darwin') windowFor(sender)?.setDocumentEdited(dirty);
        },
      },
    });
    buildMenu();
    // Drops files that are gone (the menu follows via onChange), then what killed saves left.
    void recent.list().then((files) => removeStaleTempFilesOnStart(app.getPath('userData'), files));
    await createMainWindow();
  });
}

function buildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      createMenuTemplate({
        platform: process.platform,
        sendCommand: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
        recentFiles: recent.current(),
        openRecent: (filePath) => mainWindow?.webContents.send(OPEN_RECENT_CHANNEL, filePath),
        clearRecent: () => void recent.clear(),
      }),
    ),
  );
}

async function initialBounds(): Promise<InitialBounds> {
  const state = parseWindowState(await readTextOrNull(userFile('window-state.json')));
  return restoreWindowBounds(state, screen.getAllDisplays(), screen.getPrimaryDisplay());
}

async function createMainWindow(): Promise<void> {
  const iconPath = path.join(__dirname, '..', '..', 'assets', 'icon.png');
  const bounds = await initialBounds();
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      ...(existsSync(iconPath) ? { iconPath } : {}),
      bounds,
    }),
  );
  mainWindow = window;
  const contents = window.webContents;
  const guard = createCloseGuard({
    ask: async (prompt) => (await dialog.showMessageBox(window, prompt)).response,
    requestSave: () => contents.send(MENU_COMMAND_CHANNEL, 'file.save'),
    close: () => window.close(),
    onCancel: () => {
      quitting = false;
    },
  });
  closeGuards.set(contents, guard);

  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  window.on('close', (event) => {
    if (guard.onClose(event)) {
      const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
      track(saveFileAtomically(userFile('window-state.json'), serializeWindowState(state)));
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // Closed on purpose (saved, clean or "Don't Save"): the autosave is for crashes only.
    track(autosave.clearAutosave());
    if (quitting) app.quit();
  });
  // A page that cancels beforeunload (reload with unsaved work) asks here, unless closing was
  // already agreed in the unsaved-changes prompt.
  contents.on('will-prevent-unload', (event) => {
    if (guard.closeApproved()) event.preventDefault();
    else resolveUnloadPrompt(event, (prompt) => dialog.showMessageBoxSync(window, prompt));
  });
  void window.loadURL(entry.url);
}

/** Writes the brief's HTML to a private temp folder for the PDF window (too big for a data: URL). */
async function stageHtml(html: string): Promise<{ url: string; dispose(): Promise<void> }> {
  const folder = await mkdtemp(path.join(app.getPath('temp'), 'lightbench-pdf-'));
  const file = path.join(folder, 'brief.html');
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
  const url = pathToFileURL(file).href;
  stagedPdfPages.add(url);
  return {
    url,
    dispose: async () => {
      stagedPdfPages.delete(url);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Applied to every webContents the app ever creates, not just the main window's. */
function guardWebContents(contents: WebContents): void {
  guardContents(contents, entry.isAppUrl, (url) => void shell.openExternal(url));
}

function hardenSession(): void {
  const policy = contentSecurityPolicy(
    entry.kind === 'dev' ? { devOrigin: new URL(entry.url).origin } : {},
  );
  const defaultSession = session.defaultSession;
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, entry.isAppUrl));
  });
  // A check reports only the origin, and every file:// page shares one: judge by the document URL.
  defaultSession.setPermissionCheckHandler((contents, permission, _origin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL(), entry.isAppUrl),
  );
}

/** The PDF window's session loads its staged page and inline data only, and grants nothing. */
function hardenPdfSession(): void {
  const pdfSession = session.fromPartition(PDF_PARTITION);
  pdfSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = [...stagedPdfPages].some((page) => isPdfRequestAllowed(details.url, page));
    callback({ cancel: !allowed });
  });
  pdfSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  pdfSession.setPermissionCheckHandler(() => false);
}
