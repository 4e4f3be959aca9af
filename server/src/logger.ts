import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

/** Structured JSON logs. Secrets are redacted wherever they might appear. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'config.neo4j.password',
        'config.writeToken',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
}
