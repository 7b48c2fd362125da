import { Injectable } from '@nestjs/common';

/** Whether this process is draining for shutdown: readiness turns false first, so the balancer stops sending. */
@Injectable()
export class Lifecycle {
  private draining = false;

  get isShuttingDown(): boolean {
    return this.draining;
  }

  beginShutdown(): void {
    this.draining = true;
  }
}
