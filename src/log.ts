// Structured logs on stderr (stdout is kept for command output such as `extract --json`).
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL || 'info'): Logger {
  return pino(
    {
      level,
      // Never let a token reach a log line, whatever object is logged.
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'DISCORD_TOKEN'], censor: '[redacted]' },
      base: undefined,
    },
    pino.destination(2),
  );
}

export const log = createLogger();
