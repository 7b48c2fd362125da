import type { Employee } from './employees.api';
import type { EmployeeChanges } from './employee-changes.api';

export interface EducationValues {
  school: string;
  degree?: string;
  major?: string;
  from?: string;
  to?: string;
}

/** What the personal-data form holds. The two secrets start empty: the file only ever has them masked. */
export interface PersonalValues {
  phone?: string;
  email?: string;
  address?: string;
  bankName?: string;
  idNumber?: string;
  bankAccount?: string;
  education?: EducationValues[];
  emergencyContact?: { name?: string; relation?: string; phone?: string };
}

const text = (value: string | undefined) => value?.trim() || null;
const optional = (value: string | undefined) => value?.trim() || undefined;

export function personalValuesOf(e: Employee): PersonalValues {
  return {
    phone: e.phone ?? undefined,
    email: e.email ?? undefined,
    address: e.address ?? undefined,
    bankName: e.bankName ?? undefined,
    education: e.education.map((row) => ({
      school: row.school,
      degree: row.degree ?? undefined,
      major: row.major ?? undefined,
      from: row.from ?? undefined,
      to: row.to ?? undefined,
    })),
    emergencyContact: e.emergencyContact
      ? {
          name: e.emergencyContact.name,
          relation: e.emergencyContact.relation ?? undefined,
          phone: e.emergencyContact.phone,
        }
      : undefined,
  };
}

/**
 * Only what changed goes to the API. The ID number and bank account are sent only when someone typed a new one:
 * the form never holds the masked value, so it can never be written back over the real one.
 */
export function personalChanges(employee: Employee, values: PersonalValues): EmployeeChanges {
  const changes: Record<string, unknown> = {};
  const was = personalValuesOf(employee);
  for (const field of ['phone', 'email', 'address', 'bankName'] as const) {
    if (text(values[field]) !== text(was[field])) changes[field] = text(values[field]);
  }
  const idNumber = optional(values.idNumber);
  if (idNumber) changes.idNumber = idNumber.toUpperCase();
  const bankAccount = optional(values.bankAccount)?.replace(/\s+/g, '');
  if (bankAccount) changes.bankAccount = bankAccount;

  const education = (values.education ?? [])
    .filter((row) => row.school?.trim())
    .map((row) => ({
      school: row.school.trim(),
      degree: optional(row.degree),
      major: optional(row.major),
      from: optional(row.from),
      to: optional(row.to),
    }));
  if (JSON.stringify(education) !== JSON.stringify(was.education ?? [])) changes.education = education;

  const contact = values.emergencyContact;
  const nextContact = contact?.name?.trim()
    ? { name: contact.name.trim(), relation: optional(contact.relation), phone: contact.phone?.trim() ?? '' }
    : null;
  const wasContact = was.emergencyContact ?? null;
  if (JSON.stringify(nextContact) !== JSON.stringify(wasContact)) changes.emergencyContact = nextContact;
  return changes as EmployeeChanges;
}
