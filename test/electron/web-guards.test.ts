import { describe, expect, it, vi, type Mock } from 'vitest';
import {
  createNavigationGuard,
  createWindowOpenHandler,
  denyWebview,
  guardContents,
  isPermissionAllowed,
  isSafeExternalUrl,
} from '../../electron/web-guards';

const APP = 'file:///opt/lightbench/dist/renderer/index.html';
const isAppUrl = (url: string): boolean => url.split('#')[0] === APP;

function fakeEvent(): { preventDefault: Mock<() => void> } {
  return { preventDefault: vi.fn() };
}

describe('createNavigationGuard', () => {
  const guard = createNavigationGuard(isAppUrl);

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'file:///home/me/scenario.json',
    'javascript:alert(1)',
  ])('cancels navigation to %s', (url) => {
    const event = fakeEvent();
    guard(event, url);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('lets the page reload itself', () => {
    const event = fakeEvent();
    guard(event, `${APP}#/sweep`);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});

describe('createWindowOpenHandler', () => {
  it('denies every new window, and hands https links to the system browser', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://doi.org/10.1109/xyz' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://doi.org/10.1109/xyz');
  });

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', APP, 'not a url'])(
    'denies %s without opening it anywhere',
    (url) => {
      const openExternal = vi.fn();
      expect(createWindowOpenHandler(openExternal)({ url })).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('treats only https as safe to open externally', () => {
    expect(isSafeExternalUrl('https://a.b/')).toBe(true);
    expect(isSafeExternalUrl('smb://host/share')).toBe(false);
  });
});

describe('denyWebview', () => {
  it('cancels every webview attachment', () => {
    const event = fakeEvent();
    denyWebview(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('isPermissionAllowed', () => {
  it('allows clipboard writes from the app page only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP, isAppUrl)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://x.y/', isAppUrl)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, isAppUrl)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid'])(
    'refuses %s even to the app page',
    (permission) => {
      expect(isPermissionAllowed(permission, APP, isAppUrl)).toBe(false);
    },
  );
});

describe('guardContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let windowOpen: ((details: { readonly url: string }) => { action: 'deny' }) | undefined;
    return {
      listeners,
      windowOpen: () => windowOpen,
      contents: {
        on(event: string, listener: (event: { preventDefault(): void }, url: string) => void) {
          listeners.set(event, listener);
          return this;
        },
        setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }) {
          windowOpen = handler;
        },
      },
    };
  }

  it.each(['will-navigate', 'will-redirect'])('%s cancels any page but the app', (name) => {
    const fake = fakeContents();
    guardContents(fake.contents, isAppUrl, () => undefined);
    const listener = fake.listeners.get(name);
    expect(listener).toBeDefined();
    const away = fakeEvent();
    listener?.(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalledOnce();
    const home = fakeEvent();
    listener?.(home, `${APP}#/link`);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('denies webviews and new windows', () => {
    const fake = fakeContents();
    const opened: string[] = [];
    guardContents(fake.contents, isAppUrl, (url) => opened.push(url));
    const webview = fakeEvent();
    fake.listeners.get('will-attach-webview')?.(webview, '');
    expect(webview.preventDefault).toHaveBeenCalledOnce();
    expect(fake.windowOpen()?.({ url: 'https://ieee802.org/' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://ieee802.org/']);
  });
});
