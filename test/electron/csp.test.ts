import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspDirectives,
  withContentSecurityPolicy,
} from '../../electron/csp';

/** Parses "a x y; b z" into { a: ['x', 'y'], b: ['z'] } so assertions look at directives, not substrings. */
function parse(policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') result[name] = sources;
  }
  return result;
}

describe('contentSecurityPolicy (production)', () => {
  const policy = parse(contentSecurityPolicy());

  it("allows scripts from the app only: script-src 'self'", () => {
    expect(policy['script-src']).toEqual(["'self'"]);
  });

  it("never allows 'unsafe-eval' or inline scripts", () => {
    expect(contentSecurityPolicy()).not.toContain("'unsafe-eval'");
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
  });

  it("denies by default: default-src 'none', object-src 'none', base-uri 'none'", () => {
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['frame-src']).toEqual(["'none'"]);
  });

  it('allows what the renderer needs: inline styles (plotly), data/blob images, blob workers', () => {
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy['worker-src']).toEqual(["'self'", 'blob:']);
  });

  it('names no remote origin anywhere', () => {
    for (const sources of Object.values(policy)) {
      for (const source of sources) {
        expect(source).toMatch(/^('[a-z-]+'|data:|blob:)$/);
      }
    }
  });
});

describe('contentSecurityPolicy (dev server)', () => {
  const policy = parse(contentSecurityPolicy({ devOrigin: 'http://127.0.0.1:5173' }));

  it('adds only the dev server socket and the inline refresh preamble, still no eval', () => {
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', 'ws://127.0.0.1:5173']);
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
  });

  it('leaves the production directives untouched', () => {
    expect(cspDirectives()['connect-src']).toEqual(["'self'", 'blob:']);
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces a server CSP header whatever its casing and keeps the other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'none'",
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"],
    });
  });

  it('adds the header when the response had none', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
