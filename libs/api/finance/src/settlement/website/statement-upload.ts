import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { DomainError, InvalidInputError } from '@zhanggui/api-platform';

/**
 * A day's provider statement runs to ~65 MB, far above the 10 MB every other upload is held to, so this one
 * route gets a limit of its own (with headroom for a busy day) instead of raising the global one.
 */
export const STATEMENT_UPLOAD_LIMIT_BYTES = 256 * 1024 * 1024;

export interface SpooledStatement {
  file: string;
  discard: () => Promise<void>;
}

/**
 * Copies the uploaded statement to a temporary file before anything touches the database. The request stream
 * can be read only once, but the import's transaction may run again (a serialization failure or deadlock
 * re-runs it whole): every attempt reads the spooled file from the start.
 */
export async function spoolStatement(request: FastifyRequest): Promise<SpooledStatement> {
  if (!request.isMultipart())
    throw new DomainError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported media type', {
      detail: 'Send the statement as multipart/form-data, in the field "file".',
    });
  const part = await request.file({ limits: { fileSize: STATEMENT_UPLOAD_LIMIT_BYTES } });
  if (!part || part.fieldname !== 'file')
    throw new InvalidInputError('STATEMENT_FILE_MISSING', 'Send the statement in the field "file".', [
      { field: 'file', message: 'is required' },
    ]);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'zhanggui-statement-'));
  const discard = () => rm(folder, { recursive: true, force: true });
  const file = path.join(folder, 'statement.csv');
  try {
    await pipeline(part.file, createWriteStream(file));
  } catch (error) {
    await discard();
    throw error;
  }
  if (part.file.truncated) {
    await discard();
    throw new DomainError(413, 'PAYLOAD_TOO_LARGE', 'Payload too large', {
      detail: `The statement is larger than ${STATEMENT_UPLOAD_LIMIT_BYTES / 1024 / 1024} MB; split it by day.`,
    });
  }
  return { file, discard };
}
