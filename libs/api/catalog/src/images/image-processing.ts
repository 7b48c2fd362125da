import sharp from 'sharp';
import { IMAGE_VARIANTS } from './product-image.entity';

/** A picture bigger than this is refused before it is decoded (a decompression bomb costs nothing to send). */
export const MAX_IMAGE_PIXELS = 40_000_000;

const ACCEPTED_FORMATS: Record<string, { contentType: string; extension: string }> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
  gif: { contentType: 'image/gif', extension: 'gif' },
  avif: { contentType: 'image/avif', extension: 'avif' },
};

export class NotAnImageError extends Error {}

export interface ProcessedImage {
  width: number;
  height: number;
  contentType: string;
  extension: string;
  original: Buffer;
  variants: Record<keyof typeof IMAGE_VARIANTS, Buffer>;
}

/**
 * Decides what a file is from its bytes (never its name or declared type), then re-encodes it: the original
 * keeps its format but loses its metadata (a phone photo carries its GPS position), is turned upright, and
 * gets WebP variants for list, detail and zoom views.
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  } catch {
    throw new NotAnImageError('the file is not an image we can read');
  }
  const format = metadata.format ? ACCEPTED_FORMATS[metadata.format] : undefined;
  if (!format || !metadata.width || !metadata.height) {
    throw new NotAnImageError(
      `the file is ${metadata.format ?? 'not an image'}; send JPEG, PNG, WebP, GIF or AVIF`,
    );
  }
  if (metadata.width * metadata.height > MAX_IMAGE_PIXELS) {
    throw new NotAnImageError(`the image has more than ${MAX_IMAGE_PIXELS / 1_000_000} million pixels`);
  }
  const source = () => sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate();
  try {
    const original = await source()
      .toFormat(metadata.format as keyof sharp.FormatEnum)
      .toBuffer({ resolveWithObject: true });
    const variants = Object.fromEntries(
      await Promise.all(
        Object.entries(IMAGE_VARIANTS).map(async ([name, size]) => [
          name,
          await source()
            .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
            .webp({ quality: 82 })
            .toBuffer(),
        ]),
      ),
    ) as ProcessedImage['variants'];
    return {
      width: original.info.width,
      height: original.info.height,
      contentType: format.contentType,
      extension: format.extension,
      original: original.data,
      variants,
    };
  } catch {
    throw new NotAnImageError('the image is damaged and cannot be read');
  }
}
