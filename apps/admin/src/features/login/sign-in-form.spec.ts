import { describe, expect, it } from 'vitest';
import { credentialErrors } from './sign-in-form';

describe('credentialErrors', () => {
  it('asks for both fields when nothing is filled in', () => {
    expect(credentialErrors({ username: '', password: '' })).toEqual({
      username: 'login.usernameRequired',
      password: 'login.passwordRequired',
    });
  });

  it('takes a username of spaces as missing, but a password of spaces as typed', () => {
    expect(credentialErrors({ username: '   ', password: '   ' })).toEqual({
      username: 'login.usernameRequired',
    });
  });

  it('has nothing to say once both are filled in', () => {
    expect(credentialErrors({ username: 'admin', password: 'secret' })).toEqual({});
  });
});
