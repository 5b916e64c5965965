import pino, { type Logger } from 'pino';

export function createLogger(level: string, name = 'casework'): Logger {
  return pino({ name, level, redact: ['req.headers.authorization', 'authorization'] });
}
