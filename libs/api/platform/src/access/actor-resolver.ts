import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor';

/**
 * Turns a request's credentials into an Actor. Identity provides the implementation (tokens and API keys
 * live there); the platform's guard only asks. Throws UnauthenticatedError for credentials that are wrong.
 */
export abstract class ActorResolver {
  abstract resolve(bearer: string, request: FastifyRequest): Promise<Actor>;
}
