/**
 * The Content-Security-Policy of the app's page. Everything the renderer needs ships inside the
 * app, so no remote origin appears anywhere. Two relaxations, each for a named reason:
 * - style-src 'unsafe-inline': plotly.js and React set inline styles; styles cannot run code.
 * - blob: for images and workers: chart/PNG export and Web Workers built from blobs.
 * Never 'unsafe-eval' in script-src (a test asserts it).
 */
export interface CspOptions {
  /**
   * Origin of Vite's dev server (e.g. "http://127.0.0.1:5173"). In dev only, the React refresh
   * preamble is an inline script and HMR needs a WebSocket to that origin.
   */
  readonly devOrigin?: string;
}

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export function cspDirectives(options: CspOptions = {}): CspDirectives {
  const dev = options.devOrigin;
  const devSocket = dev === undefined ? [] : [dev.replace(/^http/, 'ws')];
  return {
    'default-src': ["'none'"],
    'script-src': dev === undefined ? ["'self'"] : ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'blob:', ...devSocket],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
}

/** The policy as one header value: "default-src 'none'; script-src 'self'; …". */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  return Object.entries(cspDirectives(options))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Response headers with our policy, replacing any CSP header already present (whatever its
 * casing) so a permissive server header can never widen it.
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') {
      result[name] = value;
    }
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
