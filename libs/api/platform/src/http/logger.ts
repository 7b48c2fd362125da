import type { LoggerService } from '@nestjs/common';
import pino, { Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/app-config';

/**
 * One pino logger for the process: Fastify writes request lines to it and Nest's `Logger` is routed to it
 * (PinoNestLogger), so every line is structured JSON and request lines carry the request id.
 */
export function createRootLogger(config: Pick<AppConfig, 'logLevel'>): PinoLogger {
  return pino({
    level: config.logLevel,
    base: { service: 'zhanggui-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
      remove: true,
    },
  });
}

/** Nest's start-up chatter (every module and route, at every boot) is debug detail, not news. */
const CHATTY_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);

/** Adapts Nest's logger calls (message, ...params, context) onto pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pinoLogger: PinoLogger) {}

  log(message: unknown, ...params: unknown[]) {
    const context = params[params.length - 1];
    this.write(
      typeof context === 'string' && CHATTY_CONTEXTS.has(context) ? 'debug' : 'info',
      message,
      params,
    );
  }

  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(level: pino.Level, message: unknown, params: unknown[]) {
    // Nest appends the context (the logger's name) as the last string parameter.
    const context =
      params.length > 0 && typeof params[params.length - 1] === 'string' ? params.pop() : undefined;
    const text = params.find((p): p is string => typeof p === 'string');
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      this.pinoLogger[level]({ context, ...message }, text);
    } else if (message instanceof Error) {
      this.pinoLogger[level]({ context, err: message }, text ?? message.message);
    } else {
      this.pinoLogger[level]({ context }, String(message));
    }
  }
}
