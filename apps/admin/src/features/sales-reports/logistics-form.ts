import type { LogisticsPartner, LogisticsPartnerStatus, NewLogisticsPartner } from './logistics.api';

export interface LogisticsPartnerFormValues {
  code?: string;
  name?: string;
  regionId?: string;
  cityIds?: string[];
  terms?: string;
  status?: LogisticsPartnerStatus;
  contacts?: Array<{ name?: string; phone?: string; role?: string } | undefined>;
}

/** The drawer's values as the API's body; blank optional text is left out rather than sent empty. */
export function toLogisticsPartnerInput(values: LogisticsPartnerFormValues): NewLogisticsPartner {
  return {
    code: values.code!.trim(),
    name: values.name!.trim(),
    regionId: values.regionId!,
    cityIds: values.cityIds ?? [],
    terms: values.terms?.trim() || undefined,
    status: values.status,
    contacts: (values.contacts ?? [])
      .filter((c) => c?.name?.trim())
      .map((c) => ({
        name: c!.name!.trim(),
        phone: c!.phone?.trim() || undefined,
        role: c!.role?.trim() || undefined,
      })),
  };
}

export function logisticsPartnerFormValues(partner: LogisticsPartner): LogisticsPartnerFormValues {
  return {
    code: partner.code,
    name: partner.name,
    regionId: partner.regionId,
    cityIds: partner.cityIds,
    terms: partner.terms ?? undefined,
    status: partner.status,
    contacts: partner.contacts.map((c) => ({ name: c.name, phone: c.phone, role: c.role })),
  };
}
