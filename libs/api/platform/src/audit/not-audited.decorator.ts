const NOT_AUDITED = Symbol('zhanggui.notAudited');

/**
 * Every entity is audited unless it says otherwise. Only bookkeeping tables opt out (sessions, throttling
 * counters, idempotency records, delivery logs): their rows are themselves a log, or say nothing about who
 * changed the business.
 */
export function NotAudited(): ClassDecorator {
  return (target) => {
    (target as unknown as Record<symbol, boolean>)[NOT_AUDITED] = true;
  };
}

export function isAudited(target: unknown): boolean {
  return typeof target === 'function' && !(target as unknown as Record<symbol, boolean>)[NOT_AUDITED];
}
