import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorResolver } from '@zhanggui/api-platform';
import { IdentityActorResolver } from './access/identity-actor-resolver';
import { IDENTITY_PERMISSIONS } from './access/identity.permissions';
import { PermissionCatalog } from './access/permission-catalog';
import { RolesController } from './access/roles.controller';
import { ApiKey } from './api-keys/api-key.entity';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuditEventsController } from './audit-log/audit-events.controller';
import { AuthSession } from './auth/auth-session.entity';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { FirstAdministrator } from './auth/first-administrator';
import { LoginThrottleService } from './auth/login-throttle.service';
import { SessionsService } from './auth/sessions.service';
import { SigningKeyService } from './auth/signing-key.service';
import { TokenService } from './auth/token.service';
import { OrgUnit } from './org-units/org-unit.entity';
import { OrgUnitsController } from './org-units/org-units.controller';
import { OrgUnitsDemoData } from './org-units/org-units.demo-data';
import { OrgUnitsService } from './org-units/org-units.service';
import { RoleAssignment } from './users/role-assignment.entity';
import { UserAccount } from './users/user-account.entity';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { WebhookDelivery } from './webhooks/webhook-delivery.entity';
import { WebhookDeliveryWorker } from './webhooks/webhook-delivery.worker';
import { WebhookFanout } from './webhooks/webhook-fanout.subscriber';
import { WebhookSubscription } from './webhooks/webhook-subscription.entity';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

/**
 * Who is who and who may do what: org units, users and their roles, sign-in and sessions, partner API keys,
 * partners' webhooks, and reading the audit trail. Provides the platform's ActorResolver, so every route's guard knows the caller.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      OrgUnit,
      UserAccount,
      RoleAssignment,
      AuthSession,
      ApiKey,
      WebhookSubscription,
      WebhookDelivery,
    ]),
    JwtModule.register({}),
  ],
  controllers: [
    AuthController,
    OrgUnitsController,
    UsersController,
    RolesController,
    ApiKeysController,
    AuditEventsController,
    WebhooksController,
  ],
  providers: [
    PermissionCatalog,
    OrgUnitsService,
    OrgUnitsDemoData,
    UsersService,
    AuthService,
    SessionsService,
    LoginThrottleService,
    SigningKeyService,
    TokenService,
    ApiKeysService,
    FirstAdministrator,
    WebhooksService,
    WebhookFanout,
    WebhookDeliveryWorker,
    { provide: ActorResolver, useClass: IdentityActorResolver },
  ],
  exports: [OrgUnitsService, UsersService, PermissionCatalog, FirstAdministrator],
})
export class IdentityModule {
  constructor(catalog: PermissionCatalog) {
    catalog.register(IDENTITY_PERMISSIONS);
  }
}
