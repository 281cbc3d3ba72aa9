/**
 * Pure handlers that keep the window on the app's own page. main.ts attaches them to
 * webContents and the session; tests call them directly.
 */

/** The part of an Electron event these handlers use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/**
 * For 'will-navigate' (and 'will-redirect'): the page may only reload itself; any other
 * navigation — a dropped file, a link, a script setting location — is cancelled.
 */
export function createNavigationGuard(
  isAppUrl: (url: string) => boolean,
): (event: PreventableEvent, url: string) => void {
  return (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
    }
  };
}

/**
 * For setWindowOpenHandler: no new Electron window ever opens. An https link (a reference's
 * source, say) goes to the system browser instead, where it has no access to the preload API.
 */
export function createWindowOpenHandler(
  openExternal: (url: string) => void,
): (details: { readonly url: string }) => { action: 'deny' } {
  return ({ url }) => {
    if (isSafeExternalUrl(url)) {
      openExternal(url);
    }
    return { action: 'deny' };
  };
}

/** Only https goes to the system browser: file:, javascript:, custom schemes could run things. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** For 'will-attach-webview': the app never embeds other pages. */
export function denyWebview(event: PreventableEvent): void {
  event.preventDefault();
}

/** Permissions the app's page may have; every other request (camera, geolocation, …) is refused. */
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

/** For the session's permission request and check handlers. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  isAppUrl: (url: string) => boolean,
): boolean {
  return (
    ALLOWED_PERMISSIONS.includes(permission) &&
    requestingUrl !== undefined &&
    isAppUrl(requestingUrl)
  );
}

/** The part of a webContents the guards attach to (Electron's WebContents satisfies it). */
export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to every webContents the app creates: a server redirect is a navigation too, so both
 * 'will-navigate' and 'will-redirect' go through the same guard.
 */
export function guardContents(
  contents: GuardableContents,
  isAppUrl: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  const guard = createNavigationGuard(isAppUrl);
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', denyWebview);
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
}
