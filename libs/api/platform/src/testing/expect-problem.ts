import type { Response } from 'supertest';

/** Asserts a response is RFC 9457 problem+json with the given status and code, and returns the body. */
export function expectProblem(response: Response, status: number, code: string) {
  expect({ status: response.status, contentType: response.headers['content-type'] }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(response.body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      code,
    }),
  );
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(js|ts):\d+|SELECT |INSERT |QueryFailedError/);
  return response.body as { detail: string; errors?: Array<{ field: string; message: string }> };
}
