import { ConflictError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class ApiKeyNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('API_KEY_NOT_FOUND', `There is no API key ${id}.`);
  }
}

export class UnknownPermissionError extends InvalidInputError {
  constructor(permissions: string[]) {
    super('UNKNOWN_PERMISSION', `No such permission: ${permissions.join(', ')}.`, [
      { field: 'permissions', message: `unknown: ${permissions.join(', ')}` },
    ]);
  }
}

export class ApiKeyAlreadyRevokedError extends ConflictError {
  constructor() {
    super('API_KEY_REVOKED', 'This API key is already revoked.');
  }
}
