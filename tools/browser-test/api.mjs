// Calls to the API from the test itself (not the browser): another user's concurrent change, checking a key.
import { expectEqual } from './expect.mjs';

/** Signs in over HTTP and returns a fetch that sends the access token. */
export async function signedInFetch(baseUrl, { username, password }) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expectEqual(response.status, 200, `signing in as ${username} through the API`);
  const { accessToken } = await response.json();
  return (path, init = {}) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: {
        'Content-Type': 'application/json',
        ...init.headers,
        Authorization: `Bearer ${accessToken}`,
      },
    });
}
