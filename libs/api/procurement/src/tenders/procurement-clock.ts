import { Injectable } from '@nestjs/common';

/**
 * The time tenders are judged by (sealed until closing). One injectable clock, so a test can move past a
 * closing time without waiting, and every check of a tender reads the same "now".
 */
@Injectable()
export class ProcurementClock {
  now(): Date {
    return new Date();
  }
}
