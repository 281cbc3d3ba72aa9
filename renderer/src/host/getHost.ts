import type { HostApi } from '../../../core/host/contract';
import { webHost } from './webHost';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    readonly lightbench?: HostApi;
  }
}

/** The desktop host when running in Electron, otherwise the browser implementation. */
export function getHost(): HostApi {
  return window.lightbench ?? webHost;
}
