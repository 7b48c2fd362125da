import type { FranchiseContact, FranchiseKind, FranchisePartner, NewFranchisePartner } from './franchise.api';

export interface FranchiseFormValues {
  name?: string;
  kind?: FranchiseKind;
  orgUnitId?: string;
  contacts?: Array<{ name?: string; phone?: string; title?: string }>;
  contractNumber?: string;
  note?: string;
}

/** Trimmed values with empty contacts and blank optional fields left out, as the API takes them. */
export function toFranchiseInput(values: FranchiseFormValues): NewFranchisePartner {
  const text = (value: string | undefined) => value?.trim() || undefined;
  const contacts: FranchiseContact[] = (values.contacts ?? []).flatMap((c) =>
    text(c.name) ? [{ name: text(c.name)!, phone: text(c.phone), title: text(c.title) }] : [],
  );
  return {
    name: values.name!.trim(),
    kind: values.kind!,
    orgUnitId: values.orgUnitId!,
    contacts,
    contractNumber: text(values.contractNumber),
    note: text(values.note),
  };
}

export function franchiseFormValues(partner: FranchisePartner): FranchiseFormValues {
  return {
    name: partner.name,
    kind: partner.kind,
    orgUnitId: partner.orgUnitId,
    contacts: partner.contacts.map((c) => ({ name: c.name, phone: c.phone, title: c.title })),
    contractNumber: partner.contractNumber ?? undefined,
    note: partner.note ?? undefined,
  };
}
