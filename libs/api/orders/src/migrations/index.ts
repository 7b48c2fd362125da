import { CreateCustomers1764700000000 } from './1764700000000-create-customers';

export const ordersMigrations = [CreateCustomers1764700000000];
