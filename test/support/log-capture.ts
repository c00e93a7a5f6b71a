import { createLogger, type Logger } from '../../platform/runtime/logger';

/** One JSON line as pino writes it (level 50 is `error`, 60 `fatal`). */
export interface LogLine {
  level: number;
  service?: string;
  requestId?: string;
  msg?: string;
  err?: LoggedError;
  [key: string]: unknown;
}

/** An error as pino serializes it (`cause` nested the same way). */
export interface LoggedError {
  type?: string;
  message?: string;
  code?: string;
  stack?: string;
  cause?: LoggedError;
}

export const ERROR_LEVEL = 50;

/**
 * Keeps every line the processes of a test stack log, to read in assertions: pass `loggerFor` to
 * `startTestStack` (and `logger('worker')` to `startTestWorker`).
 */
export class LogCapture {
  readonly lines: LogLine[] = [];

  constructor(private readonly level: string = 'warn') {}

  private readonly destination = {
    write: (chunk: string) => {
      for (const text of chunk.split('\n')) if (text.trim()) this.lines.push(parse(text));
    },
  };

  /** A logger named like the stack's own (`service` field), writing here. */
  readonly loggerFor = (name: string): Logger =>
    createLogger({ level: this.level, name, destination: this.destination });

  /** Lines at `error` level or above. */
  errors(): LogLine[] {
    return this.lines.filter((line) => line.level >= ERROR_LEVEL);
  }
}

function parse(text: string): LogLine {
  try {
    return JSON.parse(text) as LogLine;
  } catch {
    return { level: ERROR_LEVEL, msg: `unparsable log line: ${text.slice(0, 200)}` };
  }
}
