import { PATHS } from '../../app/paths';

export const reportPath = (id: string) => PATHS.salesReport.replace(':reportId', id);
