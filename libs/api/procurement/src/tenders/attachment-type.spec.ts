import { cleanFileName, sniffAttachmentType } from './attachment-type';

describe('attachments', () => {
  it('recognises PDFs and images by their bytes', () => {
    expect(sniffAttachmentType(Buffer.from('%PDF-1.7\n...'))?.contentType).toBe('application/pdf');
    expect(sniffAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.contentType).toBe('image/jpeg');
    expect(sniffAttachmentType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))?.contentType).toBe('image/webp');
  });

  it('refuses anything else, whatever its name', () => {
    expect(sniffAttachmentType(Buffer.from('MZ\x90\0 an executable'))).toBeUndefined();
    expect(sniffAttachmentType(Buffer.from('<html>'))).toBeUndefined();
  });

  it('keeps only the last part of a file name, without control characters', () => {
    expect(cleanFileName('C:\\Users\\王\\报价单.pdf', 'pdf')).toBe('报价单.pdf');
    expect(cleanFileName('../../etc/"passwd"\n', 'pdf')).toBe('passwd');
    expect(cleanFileName(undefined, 'png')).toBe('attachment.png');
  });
});
