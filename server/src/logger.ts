import { destination, pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs, one logger per process, children per request. The server logs to stdout; the CLI
 * passes `stderr: true` so stdout carries only its result.
 */
export function createLogger(level: string, options: { stderr?: boolean } = {}): Logger {
  return pino(
    {
      level,
      base: { service: 'warden' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.secret'],
        censor: '[redacted]',
      },
    },
    destination(options.stderr ? 2 : 1),
  );
}
