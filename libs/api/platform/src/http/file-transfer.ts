import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { DomainError, InvalidInputError } from '../errors/domain-error';

export interface UploadedFile {
  /** As the client named it; may be empty. */
  fileName: string;
  /** As the client declared it; may be empty. Domains check the bytes, not this. */
  contentType: string;
  bytes: Buffer;
}

/** An upload route's request body in the OpenAPI document: one multipart field "file". */
export const ApiFileUpload = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    }),
  );

/**
 * The one file of a multipart upload, in the field "file": anything else is refused before a byte is stored
 * (415 when the body is not multipart, 400 naming `file` when the field is missing). Reading the bytes enforces
 * the upload limit: too big is a 413 from the multipart plugin.
 */
export async function readUploadedFile(request: FastifyRequest, what = 'file'): Promise<UploadedFile> {
  if (!request.isMultipart()) {
    throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type', {
      detail: `Send the ${what} as multipart/form-data, in the field "file".`,
    });
  }
  const part = await request.file();
  if (!part || part.fieldname !== 'file') {
    throw new InvalidInputError('FILE_MISSING', 'The upload has no "file" field.', [
      { field: 'file', message: 'is required' },
    ]);
  }
  return { fileName: part.filename, contentType: part.mimetype, bytes: await part.toBuffer() };
}

/**
 * Sends a stored file as a download under its own name (UTF-8, so 合同扫描件.pdf survives), never sniffed into
 * something the browser would run. `privateCopy` keeps personal or confidential files out of every cache.
 */
export async function sendAttachment(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; size: number; stream: Readable },
  options: { privateCopy?: boolean } = {},
): Promise<void> {
  void reply
    .header('Content-Type', file.contentType)
    .header('Content-Length', String(file.size))
    .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('X-Content-Type-Options', 'nosniff');
  if (options.privateCopy) void reply.header('Cache-Control', 'private, no-store');
  await reply.send(file.stream);
}
