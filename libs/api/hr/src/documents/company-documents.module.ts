import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, PermissionCatalog } from '@zhanggui/api-identity';
import { CompanyDocument } from './company-document.entity';
import { CompanyDocumentsController } from './company-documents.controller';
import { COMPANY_DOCUMENTS_PERMISSIONS } from './company-documents.permissions';
import { CompanyDocumentsService } from './company-documents.service';

/** The company documents archive (公司文档档案), access by confidentiality level. */
@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([CompanyDocument])],
  controllers: [CompanyDocumentsController],
  providers: [CompanyDocumentsService],
})
export class CompanyDocumentsModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(COMPANY_DOCUMENTS_PERMISSIONS);
  }
}
