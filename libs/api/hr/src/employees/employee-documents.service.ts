import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { currentActor, FileStorage, StoredFile, TransactionalConnection } from '@zhanggui/api-platform';
import { DocumentNotFoundError } from '../hr.errors';
import { HrHistory } from '../shared/hr-history';
import type { UploadDocumentQuery } from './dto/employee.dto';
import { Confidentiality, EmployeeDocument } from './employee.entity';
import { EmployeesService } from './employees.service';

/** The permission that opens documents of each level, beyond reading the file itself. */
const LEVEL_PERMISSION: Record<Confidentiality, string | null> = {
  internal: null,
  confidential: 'employee-documents:confidential-read',
  secret: 'employee-documents:secret-read',
};

export function levelsReadable(): Confidentiality[] {
  const held = currentActor()?.permissions ?? new Set<string>();
  return (Object.keys(LEVEL_PERMISSION) as Confidentiality[]).filter((level) => {
    const needed = LEVEL_PERMISSION[level];
    return needed === null || held.has(needed);
  });
}

/** Documents on a personnel file; a level the caller may not read is as if absent (404), so none can be probed. */
@Injectable()
export class EmployeeDocumentsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly employees: EmployeesService,
    private readonly storage: FileStorage,
    private readonly history: HrHistory,
  ) {}

  private get documents() {
    return this.connection.getRepository(EmployeeDocument);
  }

  async upload(
    employeeId: string,
    meta: UploadDocumentQuery,
    file: { fileName: string; contentType: string; bytes: Buffer },
  ): Promise<EmployeeDocument> {
    await this.employees.get(employeeId, 'employees:write');
    const storageKey = `hr/employees/${employeeId}/${randomUUID()}`;
    await this.storage.put(storageKey, file.bytes);
    // The row and the file go together: a rolled-back upload leaves no orphan.
    const saved = await this.documents.save(
      this.documents.create({
        employeeId,
        kind: meta.kind,
        title: meta.title,
        confidentiality: meta.confidentiality,
        storageKey,
        fileName: file.fileName.slice(0, 200),
        contentType: file.contentType.slice(0, 100),
        size: file.bytes.length,
        uploadedBy: currentActor()?.id ?? null,
      }),
    );
    await this.history.record(
      'employee',
      employeeId,
      employeeId,
      'document-added',
      `${meta.title} (${meta.confidentiality})`,
    );
    return saved;
  }

  async list(employeeId: string): Promise<EmployeeDocument[]> {
    await this.employees.get(employeeId);
    return this.documents
      .createQueryBuilder('d')
      .where('d.employee_id = :employeeId', { employeeId })
      .andWhere('d.confidentiality = ANY(:levels)', { levels: levelsReadable() })
      .orderBy('d.id')
      .getMany();
  }

  async file(
    employeeId: string,
    documentId: string,
  ): Promise<{ document: EmployeeDocument; file: StoredFile }> {
    await this.employees.get(employeeId);
    const document = await this.documents.findOneBy({ id: documentId, employeeId });
    if (!document || !levelsReadable().includes(document.confidentiality))
      throw new DocumentNotFoundError(documentId);
    const file = await this.storage.read(document.storageKey);
    if (!file) throw new DocumentNotFoundError(documentId);
    return { document, file };
  }
}
