import { CreateApprovals1764320000000 } from './1764320000000-create-approvals';

export const approvalsMigrations = [CreateApprovals1764320000000];
