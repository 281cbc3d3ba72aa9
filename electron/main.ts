/**
 * Electron main process: wiring only. Every decision lives in a plain module beside this file,
 * unit-tested under Node (test/electron/), because this file cannot run without the Electron binary.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { resolveAppEntry, type AppEntry } from './app-entry';
import { contentSecurityPolicy, withContentSecurityPolicy } from './csp';
import { registerHandlers } from './ipc-handlers';
import { MENU_COMMAND_CHANNEL } from './menu-commands';
import { createMenuTemplate } from './menu-template';
import { createScenarioFiles } from './scenario-files';
import { resolveUnloadPrompt } from './unsaved-changes';
import {
  createNavigationGuard,
  createWindowOpenHandler,
  denyWebview,
  isPermissionAllowed,
} from './web-guards';
import { createWindowOptions } from './window-options';

// Built to dist/electron/main.cjs; the preload sits beside it, the renderer in dist/renderer.
const entry: AppEntry = resolveAppEntry(__dirname, process.env.LIGHTBENCH_DEV_URL);
let mainWindow: BrowserWindow | null = null;

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
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  void app.whenReady().then(() => {
    hardenSession();
    registerHandlers(ipcMain, {
      isAppUrl: entry.isAppUrl,
      operations: createScenarioFiles({
        dialog,
        windowFor: (sender: WebContents) => BrowserWindow.fromWebContents(sender),
        defaultDirectory: app.getPath('documents'),
      }),
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        createMenuTemplate({
          platform: process.platform,
          sendCommand: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
        }),
      ),
    );
    createMainWindow();
  });
}

function createMainWindow(): void {
  const iconPath = path.join(__dirname, '..', '..', 'assets', 'icon.png');
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: path.join(__dirname, 'preload.cjs'),
      ...(existsSync(iconPath) ? { iconPath } : {}),
    }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.webContents.on('will-prevent-unload', (event) =>
    resolveUnloadPrompt(event, (prompt) => dialog.showMessageBoxSync(window, prompt)),
  );
  void window.loadURL(entry.url);
}

/** Applied to every webContents the app ever creates, not just the main window's. */
function guardContents(contents: WebContents): void {
  contents.on('will-navigate', createNavigationGuard(entry.isAppUrl));
  contents.on('will-attach-webview', denyWebview);
  contents.setWindowOpenHandler(createWindowOpenHandler((url) => void shell.openExternal(url)));
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
