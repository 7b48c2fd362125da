import type { ProductImage } from './products.api';

/** The image ids after moving one a step earlier (-1) or later (+1); unchanged at either end. */
export function movedImageIds(images: readonly ProductImage[], imageId: string, step: -1 | 1): string[] {
  const ids = [...images].sort((a, b) => a.position - b.position).map((image) => image.id);
  const from = ids.indexOf(imageId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return ids;
}
