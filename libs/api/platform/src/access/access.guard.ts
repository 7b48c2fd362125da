import { CanActivate, ExecutionContext, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_RULE, AccessRule } from './access.decorators';
import { ForbiddenError, UnauthenticatedError } from './access.errors';
import { AnonymousBudget } from '../rate-limit/anonymous-budget';
import type { Actor } from './actor';
import { ActorResolver } from './actor-resolver';
import { requestContextOf } from './request-context';

/**
 * The one gate in front of every route: authenticate the bearer credential if one is sent (a wrong one is
 * 401 even on public routes, so a client learns its token is bad), then apply the route's access rule.
 * A route that declares no rule is refused: forgetting the decorator must never open a route.
 */
@Injectable()
export class AccessGuard implements CanActivate, OnApplicationBootstrap {
  private resolver?: ActorResolver;

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
    private readonly anonymousBudget: AnonymousBudget,
  ) {}

  /** Identity provides the resolver from its own module; without identity (platform tests) nobody signs in. */
  onApplicationBootstrap(): void {
    try {
      this.resolver = this.moduleRef.get(ActorResolver, { strict: false });
    } catch {
      this.resolver = undefined;
    }
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This route declares no access rule, so it is closed.');

    let actor: Actor | undefined;
    try {
      actor = await this.authenticate(request, rule);
    } catch (error) {
      // The rate-limit guard runs after this one and never sees these, so the address pays for them here.
      if (error instanceof UnauthenticatedError) await this.anonymousBudget.charge(request);
      throw error;
    }
    // Only a public route lets a caller without a credential through.
    if (!actor) return true;
    if (
      rule.kind === 'permission' &&
      !rule.permissions.some((permission) => actor.permissions.has(permission))
    ) {
      const needed = rule.permissions.join(' or ');
      throw new ForbiddenError(`This needs the permission ${needed}, which your roles do not grant.`);
    }
    return true;
  }

  /** The caller, or undefined on a public route called without a credential; 401 for anything else. */
  private async authenticate(request: FastifyRequest, rule: AccessRule): Promise<Actor | undefined> {
    const bearer = bearerToken(request.headers.authorization);
    const requestContext = requestContextOf(request);
    if (bearer !== undefined) {
      if (!this.resolver) throw new UnauthenticatedError('This server accepts no credentials.');
      requestContext.actor = await this.resolver.resolve(bearer, request);
    }
    if (rule.kind !== 'public' && !requestContext.actor) throw new UnauthenticatedError();
    return requestContext.actor;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError('The Authorization header must be `Bearer <token>`.');
  return match[1];
}
