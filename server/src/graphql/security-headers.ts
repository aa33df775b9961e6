import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** HSTS lifetime sent on https answers: one year, in seconds. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The Host header when it is a plain host[:port]; anything else gets no WebSocket source. */
function selfHost(req: IncomingMessage): string | null {
  const host = req.headers.host ?? '';
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) || /^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host)
    ? host
    : null;
}

/**
 * The Content-Security-Policy the built console satisfies: its scripts and styles are files
 * from this origin (no inline script; React sets styles through the CSSOM, which CSP allows),
 * it talks to /graphql over fetch and graphql-ws (`ws:`/`wss:` to this host, which older
 * browsers do not count as 'self'), and it may not be framed.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': [
    "'self'",
    (req: IncomingMessage) => {
      const host = selfHost(req);
      return host ? `ws://${host} wss://${host}` : "'self'";
    },
  ],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export interface SecurityHeaderOptions {
  /**
   * Where Apollo's landing page (Sandbox, inline script and CDN assets) is served when
   * introspection is on; that one HTML answer goes without the CSP. Unset: none is exempt.
   */
  landingPagePath?: string;
}

/**
 * Security headers on every answer (console, /graphql, /healthz, /sdk): the CSP above,
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`,
 * and `Strict-Transport-Security` only when the request came over https (`req.secure`, which
 * follows X-Forwarded-Proto when `trust proxy` is set), so plain-http development is never
 * pinned to https. The SDK route sets its own Cross-Origin-Resource-Policy afterwards.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  });
  const csp = helmet.contentSecurityPolicy({ useDefaults: false, directives: CSP_DIRECTIVES });
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS });
  return [
    headers,
    (req, res, next) => {
      const landingPage =
        options.landingPagePath !== undefined &&
        req.method === 'GET' &&
        req.path === options.landingPagePath &&
        req.accepts(['json', 'html']) === 'html';
      if (landingPage) next();
      else csp(req, res, next);
    },
    (req, res, next) => {
      if (req.secure) hsts(req, res, next);
      else next();
    },
  ];
}
