import { UnauthenticatedError } from '@zhanggui/api-platform';

/** One answer for an unknown user, a wrong password and a disabled account: nothing to learn from it. */
export class WrongCredentialsError extends UnauthenticatedError {
  constructor() {
    super('The username or password is not right.');
  }
}
