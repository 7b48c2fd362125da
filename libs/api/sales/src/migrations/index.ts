import { CreateSales1765400000000 } from './1765400000000-create-sales';

export const salesMigrations = [CreateSales1765400000000];
