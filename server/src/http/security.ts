import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet with a Content-Security-Policy the built client satisfies: scripts
 * only from our origin, no eval, no inline scripts. Inline *styles* stay
 * allowed because Cytoscape and CodeMirror set them at run time.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        // The app is served over plain HTTP on localhost; TLS belongs to the reverse proxy.
        'upgrade-insecure-requests': null,
      },
    },
  });
}

/** CORS is off unless CORS_ORIGINS lists the origins allowed to call the API. */
export function corsPolicy(allowedOrigins: string[]): RequestHandler | null {
  if (allowedOrigins.length === 0) return null;
  return cors({ origin: allowedOrigins, methods: ['GET', 'POST', 'PUT', 'DELETE'], maxAge: 600 });
}
