import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  currentActor,
  DocumentNumbers,
  FileStorage,
  NotFoundError,
  Page,
  paginate,
  StoredFile,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { ArchiveLevel, CompanyDocument } from './company-document.entity';
import type { ListCompanyDocumentsQuery, UploadCompanyDocumentQuery } from './dto/company-document.dto';

const LEVEL_PERMISSION: Record<ArchiveLevel, string> = {
  public: 'company-documents:read',
  internal: 'company-documents:read',
  confidential: 'company-documents:confidential-read',
  secret: 'company-documents:secret-read',
};

function levelsReadable(): ArchiveLevel[] {
  const held = currentActor()?.permissions ?? new Set<string>();
  return (Object.keys(LEVEL_PERMISSION) as ArchiveLevel[]).filter((level) =>
    held.has(LEVEL_PERMISSION[level]),
  );
}

class CompanyDocumentNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('COMPANY_DOCUMENT_NOT_FOUND', `No company document ${id}.`);
  }
}

/** The company archive; a document above the caller's levels is as if absent (404), so none can be probed. */
@Injectable()
export class CompanyDocumentsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly storage: FileStorage,
    private readonly numbers: DocumentNumbers,
  ) {}

  private get documents() {
    return this.connection.getRepository(CompanyDocument);
  }

  async upload(
    meta: UploadCompanyDocumentQuery,
    file: { fileName: string; contentType: string; bytes: Buffer },
  ): Promise<CompanyDocument> {
    const storageKey = `hr/archive/${randomUUID()}`;
    await this.storage.put(storageKey, file.bytes);
    return this.documents.save(
      this.documents.create({
        number: await this.numbers.next('DOC'),
        title: meta.title,
        category: meta.category,
        confidentiality: meta.confidentiality,
        storageKey,
        fileName: file.fileName.slice(0, 200),
        contentType: file.contentType.slice(0, 100),
        size: file.bytes.length,
        uploadedBy: currentActor()?.id ?? null,
      }),
    );
  }

  list(query: ListCompanyDocumentsQuery): Promise<Page<CompanyDocument>> {
    const qb = this.documents
      .createQueryBuilder('d')
      .where('d.confidentiality = ANY(:levels)', { levels: levelsReadable() });
    if (query.category) qb.andWhere('d.category = :c', { c: query.category });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: { createdAt: { column: 'd.id', value: (d) => d.id } },
        idColumn: 'd.id',
        idValue: (d) => d.id,
      },
    );
  }

  async get(id: string): Promise<CompanyDocument> {
    const document = await this.documents.findOneBy({ id });
    if (!document || !levelsReadable().includes(document.confidentiality))
      throw new CompanyDocumentNotFoundError(id);
    return document;
  }

  async file(id: string): Promise<{ document: CompanyDocument; file: StoredFile }> {
    const document = await this.get(id);
    const file = await this.storage.read(document.storageKey);
    if (!file) throw new CompanyDocumentNotFoundError(id);
    return { document, file };
  }
}
