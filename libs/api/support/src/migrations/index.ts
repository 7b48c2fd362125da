import { CreateSupport1764800000000 } from './1764800000000-create-support';

export const supportMigrations = [CreateSupport1764800000000];
