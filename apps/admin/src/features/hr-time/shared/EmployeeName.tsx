import { useQuery } from '@tanstack/react-query';
import { employeeQuery } from './hr-time.api';

/** An employee's name and number for an id; the id itself while it loads or if the caller may not see them. */
export function EmployeeName({ id }: { id: string }) {
  const employee = useQuery(employeeQuery(id));
  if (!employee.data) return <span>{id.slice(0, 8)}</span>;
  return (
    <span>
      {employee.data.name}（{employee.data.number}）
    </span>
  );
}
