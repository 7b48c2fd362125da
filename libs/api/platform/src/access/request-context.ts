import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from './actor';

/** What the platform knows about the request being served, wherever in the call stack we are. */
export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent?: string;
  actor?: Actor;
}

const storage = new AsyncLocalStorage<RequestContext>();
const CONTEXT = Symbol('zhanggui.requestContext');

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentActor(): Actor | undefined {
  return storage.getStore()?.actor;
}

/** Runs work (a job, a seeder, a test) as if inside a request of `actor`. */
export function runAsActor<T>(actor: Actor | undefined, work: () => T, requestId = 'background'): T {
  return storage.run({ requestId, ip: '', actor }, work);
}

export function requestContextOf(request: FastifyRequest): RequestContext {
  return (request as unknown as Record<symbol, RequestContext>)[CONTEXT];
}

/**
 * Opens the context for each request. It is entered again before the handler because body parsing runs
 * outside the async chain of onRequest (the same reason @fastify/request-context re-binds).
 */
export function installRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const context: RequestContext = {
      requestId: String(request.id),
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    };
    (request as unknown as Record<symbol, RequestContext>)[CONTEXT] = context;
    storage.run(context, done);
  });
  fastify.addHook('preHandler', (request, _reply, done) => {
    storage.run(requestContextOf(request), done);
  });
}
