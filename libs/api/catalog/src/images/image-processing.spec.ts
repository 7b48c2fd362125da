import sharp from 'sharp';
import { NotAnImageError, processImage } from './image-processing';

describe('image processing', () => {
  it('keeps the format, strips metadata and makes WebP variants no bigger than the original', async () => {
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c00' } })
      .withMetadata({ exif: { IFD0: { Copyright: 'secret place' } } })
      .jpeg()
      .toBuffer();
    const processed = await processImage(photo);
    expect(processed).toMatchObject({
      width: 1200,
      height: 800,
      contentType: 'image/jpeg',
      extension: 'jpg',
    });
    expect((await sharp(processed.original).metadata()).exif).toBeUndefined();
    const large = await sharp(processed.variants.large).metadata();
    expect(large).toMatchObject({ format: 'webp', width: 1200, height: 800 });
    const thumb = await sharp(processed.variants.thumb).metadata();
    expect(thumb).toMatchObject({ width: 200, height: 133 });
  });

  it('judges by the bytes: a text file named .jpg is refused', async () => {
    await expect(processImage(Buffer.from('this is not a picture, just text pretending'))).rejects.toThrow(
      NotAnImageError,
    );
  });

  it('refuses formats we do not serve and oversized images', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    await expect(processImage(svg)).rejects.toThrow(/send JPEG, PNG/);
    const huge = await sharp({ create: { width: 9000, height: 9000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    await expect(processImage(huge)).rejects.toThrow(NotAnImageError);
  });
});
