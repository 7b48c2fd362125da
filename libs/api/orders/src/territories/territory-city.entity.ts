import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** The sales territory (an org unit) that serves a city, by the city's GB/T 2260 code. */
@Entity()
export class TerritoryCity extends VersionedEntity {
  @Column({ type: 'char', length: 6 })
  cityCode!: string;

  @Column({ type: 'uuid' })
  orgUnitId!: string;
}
