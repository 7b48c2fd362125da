import type { ChinaDivisions } from '../divisions/china-divisions';
import type { MembershipSnapshot } from '../members/membership-snapshot';
import type { CustomerAddress } from './customer-address.entity';
import type { Customer } from './customer.entity';
import type { CustomerAddressView, CustomerDetail } from './customers.service';
import {
  AddressResponse,
  CustomerResponse,
  CustomerSummary,
  MembershipSummary,
} from './dto/customer.response';
import { maskEmail, maskPersonName, maskPhone } from './masking';

export function addressView(address: CustomerAddress, divisions: ChinaDivisions): CustomerAddressView {
  const nameOf = (code: string) => divisions.get(code)?.name ?? code;
  return {
    id: address.id,
    provinceCode: address.provinceCode,
    provinceName: nameOf(address.provinceCode),
    cityCode: address.cityCode,
    cityName: nameOf(address.cityCode),
    districtCode: address.districtCode,
    districtName: address.districtCode ? nameOf(address.districtCode) : null,
    detail: address.detail,
    recipientName: address.recipientName,
    recipientPhone: address.recipientPhone,
    isDefault: address.isDefault,
  };
}

/** Masked: the city stays (managers plan by it), the street line and the recipient's contact do not. */
function addressResponse(view: CustomerAddressView, masked: boolean): AddressResponse {
  if (!masked) return { ...view };
  return {
    ...view,
    detail: null,
    recipientName: maskPersonName(view.recipientName),
    recipientPhone: maskPhone(view.recipientPhone),
  };
}

function membershipSummary(membership: MembershipSnapshot | null): MembershipSummary | null {
  if (!membership) return null;
  return {
    id: membership.id,
    number: membership.number,
    joinedAt: membership.joinedAt.toISOString(),
    level: membership.level
      ? { id: membership.level.id, nameZh: membership.level.nameZh, nameEn: membership.level.nameEn }
      : null,
  };
}

export function customerSummary(
  customer: Customer,
  defaultAddress: CustomerAddressView | null,
  membership: MembershipSnapshot | null,
  masked: boolean,
): CustomerSummary {
  return {
    id: customer.id,
    number: customer.number,
    name: customer.name,
    phone: masked ? maskPhone(customer.phone) : customer.phone,
    masked,
    source: customer.source,
    tags: customer.tags,
    territoryId: customer.territoryId,
    status: customer.status,
    defaultAddress: defaultAddress ? addressResponse(defaultAddress, masked) : null,
    membership: membershipSummary(membership),
    version: customer.version,
    createdAt: customer.createdAt.toISOString(),
  };
}

export function customerResponse(
  detail: CustomerDetail,
  divisions: ChinaDivisions,
  masked: boolean,
): CustomerResponse {
  const { customer } = detail;
  const addresses = detail.addresses.map((address) => addressView(address, divisions));
  const defaultAddress = addresses.find((address) => address.isDefault) ?? null;
  return {
    ...customerSummary(customer, defaultAddress, detail.membership, masked),
    email: customer.email && masked ? maskEmail(customer.email) : customer.email,
    gender: customer.gender,
    birthday: masked ? null : customer.birthday,
    territorySource: customer.territorySource,
    marketingConsent: {
      granted: customer.marketingConsent,
      at: customer.marketingConsentAt?.toISOString() ?? null,
      channel: customer.marketingConsentChannel,
    },
    addresses: addresses.map((address) => addressResponse(address, masked)),
    mergedIntoId: customer.mergedIntoId,
    updatedAt: customer.updatedAt.toISOString(),
  };
}
