import type { PermissionCheck } from '../../auth/permissions';
import type { ListingAction, ProductStatus } from './products.api';

const FROM: Record<ListingAction, readonly ProductStatus[]> = {
  submit: ['draft', 'delisted'],
  list: ['in_review'],
  reject: ['in_review'],
  delist: ['listed'],
};

/** The listing actions the status allows and the user may take, in the order the buttons show them. */
export function availableListingActions(status: ProductStatus, can: PermissionCheck): ListingAction[] {
  const allowed: Record<ListingAction, boolean> = {
    submit: can('catalog:write') || can('product-content:write'),
    list: can('products:review'),
    reject: can('products:review'),
    delist: can('products:review'),
  };
  return (['submit', 'list', 'reject', 'delist'] as const).filter(
    (action) => FROM[action].includes(status) && allowed[action],
  );
}
