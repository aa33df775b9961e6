import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; one logger per process, children per request. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'warden' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.secret'],
      censor: '[redacted]',
    },
  });
}
