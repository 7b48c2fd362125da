export { ProcurementModule } from './procurement.module';
