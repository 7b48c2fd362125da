import { CreateProcurement1764600000000 } from './1764600000000-create-procurement';

export const procurementMigrations = [CreateProcurement1764600000000];
