/**
 * Runs in the sandboxed preload: bridges `window.lightbench` (HostApi) to the main process.
 * Bundled into one CJS file because a sandboxed preload can require only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createHostApi } from './host-api';

contextBridge.exposeInMainWorld('lightbench', createHostApi(ipcRenderer));
