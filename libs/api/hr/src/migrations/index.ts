import { CreateHr1764900000000 } from './1764900000000-create-hr';
import { HrContractsProbationActions1764910000000 } from './1764910000000-hr-contracts-probation-actions';
import { CreateAttendance1764950000000 } from './1764950000000-create-attendance';
import { CreateAppraisal1764960000000 } from './1764960000000-create-appraisal';
import { CreateTrainingMeetings1764970000000 } from './1764970000000-create-training-meetings';
import { HrDashboardIndexes1766000020000 } from './1766000020000-hr-dashboard-indexes';

export const hrMigrations = [
  CreateHr1764900000000,
  HrContractsProbationActions1764910000000,
  CreateAttendance1764950000000,
  CreateAppraisal1764960000000,
  CreateTrainingMeetings1764970000000,
  HrDashboardIndexes1766000020000,
];
