import { CreateCatalog1764400000000 } from './1764400000000-create-catalog';

export const catalogMigrations = [CreateCatalog1764400000000];
