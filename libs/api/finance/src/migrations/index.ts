import { CreateLedger1765000000000 } from './1765000000000-create-ledger';

export const financeMigrations = [CreateLedger1765000000000];
