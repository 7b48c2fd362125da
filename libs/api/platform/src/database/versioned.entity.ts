import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The columns every mutable aggregate carries. The id is a UUIDv7 made by the database (`DEFAULT uuidv7()`
 * in each table's migration), so ids sort by creation time and index well. `version` is bumped on every
 * update and is what the ETag and `If-Match` speak of. Timestamps keep milliseconds, exactly what JSON and
 * JavaScript dates carry, so a value read and sent back (a cursor, a filter) matches the stored one.
 */
export abstract class VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** The SQL for the same columns, for migrations: `CREATE TABLE x (${VERSIONED_COLUMNS_SQL}, ...)`. */
export const VERSIONED_COLUMNS_SQL = `
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1`;
