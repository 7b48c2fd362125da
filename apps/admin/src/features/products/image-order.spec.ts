import { describe, expect, it } from 'vitest';
import { movedImageIds } from './image-order';
import type { ProductImage } from './products.api';

const image = (id: string, position: number): ProductImage => ({
  id,
  position,
  isMain: position === 1,
  width: 100,
  height: 100,
  urls: { thumb: '', medium: '', large: '', original: '' },
});

const images = [image('c', 3), image('a', 1), image('b', 2)];

describe('movedImageIds', () => {
  it('swaps an image with its neighbour, in position order', () => {
    expect(movedImageIds(images, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedImageIds(images, 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the order alone at either end', () => {
    expect(movedImageIds(images, 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(movedImageIds(images, 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});
