import type { Client } from 'pg';
import type { TableRef } from './manifest.mjs';

export const MIGRATIONS_TABLE: string;
export function quoteIdent(name: string): string;
export function qualified(table: TableRef): string;
export function listTables(client: Client): Promise<Array<TableRef & { columns: string[] }>>;
export function listSequences(client: Client): Promise<TableRef[]>;
export function isEmptyDatabase(client: Client): Promise<boolean>;
export function listUserSchemas(client: Client): Promise<string[]>;
export function appliedMigrations(client: Client): Promise<Array<{ timestamp: number; name: string }>>;
