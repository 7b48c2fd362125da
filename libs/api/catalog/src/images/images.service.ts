import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  FileStorage,
  InvalidInputError,
  NotFoundError,
  StoredFile,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { Product } from '../products/product.entity';
import { ProductNotFoundError } from '../products/product.errors';
import { NotAnImageError, processImage } from './image-processing';
import { ImageVariant, ProductImage } from './product-image.entity';

export class ImageNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('IMAGE_NOT_FOUND', `There is no product image ${id}.`);
  }
}

export class ImageRefusedError extends InvalidInputError {
  constructor(reason: string) {
    super('IMAGE_REFUSED', `The upload is refused: ${reason}.`, [{ field: 'file', message: reason }]);
  }
}

/**
 * Product photos: checked and re-encoded (image-processing.ts), written to storage before the row is saved
 * (a row never points at a missing file), ordered, one main image (the first, until someone picks another).
 */
@Injectable()
export class ImagesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly storage: FileStorage,
    readonly config: AppConfig,
  ) {}

  private get images() {
    return this.connection.getRepository(ProductImage);
  }

  async upload(productId: string, bytes: Buffer): Promise<ProductImage> {
    const product = await this.connection
      .getRepository(Product)
      .findOne({ where: { id: productId }, lock: { mode: 'pessimistic_write' } });
    if (!product) throw new ProductNotFoundError(productId);
    let processed;
    try {
      processed = await processImage(bytes);
    } catch (error) {
      if (error instanceof NotAnImageError) throw new ImageRefusedError(error.message);
      throw error;
    }
    const id = randomUUID();
    const folder = `product-images/${productId}/${id}`;
    const variants = {
      original: `${folder}/original.${processed.extension}`,
      thumb: `${folder}/thumb.webp`,
      medium: `${folder}/medium.webp`,
      large: `${folder}/large.webp`,
    };
    await this.storage.put(variants.original, processed.original);
    for (const name of ['thumb', 'medium', 'large'] as const)
      await this.storage.put(variants[name], processed.variants[name]);
    const count = await this.images.countBy({ productId });
    return this.images.save(
      this.images.create({
        productId,
        storageKey: folder,
        contentType: processed.contentType,
        width: processed.width,
        height: processed.height,
        bytes: processed.original.length,
        variants,
        position: count + 1,
        isMain: count === 0,
      }),
    );
  }

  list(productId: string): Promise<ProductImage[]> {
    return this.images.find({ where: { productId }, order: { position: 'ASC' } });
  }

  /** Puts the images in the given order (every image of the product, once). */
  async reorder(productId: string, imageIds: string[]): Promise<ProductImage[]> {
    const current = await this.images.find({ where: { productId }, lock: { mode: 'pessimistic_write' } });
    const known = new Set(current.map((image) => image.id));
    if (
      imageIds.length !== current.length ||
      new Set(imageIds).size !== imageIds.length ||
      imageIds.some((id) => !known.has(id))
    ) {
      throw new InvalidInputError('IMAGE_ORDER_INVALID', 'List every image of the product exactly once.', [
        { field: 'imageIds', message: 'must list every image of the product exactly once' },
      ]);
    }
    for (const [index, id] of imageIds.entries()) await this.images.update({ id }, { position: index + 1 });
    return this.list(productId);
  }

  async makeMain(imageId: string): Promise<ProductImage[]> {
    const image = await this.find(imageId);
    await this.images.update({ productId: image.productId, isMain: true }, { isMain: false });
    await this.images.update({ id: imageId }, { isMain: true });
    return this.list(image.productId);
  }

  async remove(imageId: string): Promise<void> {
    const image = await this.find(imageId);
    await this.images.delete({ id: imageId });
    const rest = await this.list(image.productId);
    for (const [index, other] of rest.entries())
      await this.images.update({ id: other.id }, { position: index + 1 });
    if (image.isMain && rest.length > 0) await this.images.update({ id: rest[0].id }, { isMain: true });
    // Files go after the row: a crash in between leaves an orphan file, never a row without its file.
    this.connection.afterCommit(async () => {
      for (const key of Object.values(image.variants)) await this.storage.delete(key);
    });
  }

  async file(imageId: string, variant: ImageVariant): Promise<{ file: StoredFile; contentType: string }> {
    const image = await this.find(imageId);
    const file = await this.storage.read(image.variants[variant]);
    if (!file) throw new ImageNotFoundError(imageId);
    return { file, contentType: variant === 'original' ? image.contentType : 'image/webp' };
  }

  private async find(imageId: string): Promise<ProductImage> {
    const image = await this.images.findOneBy({ id: imageId });
    if (!image) throw new ImageNotFoundError(imageId);
    return image;
  }
}
