import { refresher } from '../../api/client';
import { networkProblem, problemFromResponse } from '../../api/problem';
import { sessionStore } from '../../auth/token-store';

/**
 * Files travel around the typed client: its auth middleware re-reads every body as text (right for JSON, ruinous
 * for a PNG), and fetch cannot report upload progress. These send the same Bearer token, and after a 401 get a
 * fresh one from the same refresher and try once more, like the middleware does.
 */
async function withFreshToken<T>(send: (token: string | undefined) => Promise<T & { status: number }>) {
  const token = sessionStore.tokens?.accessToken;
  const first = await send(token);
  if (first.status !== 401) return first;
  const fresh = await refresher.freshAccessToken(token);
  return fresh ? send(fresh) : first;
}

export interface UploadOptions {
  /** 0–100 while the file goes up. */
  onProgress?(percent: number): void;
  signal?: AbortSignal;
}

interface XhrAnswer {
  status: number;
  response: Response;
}

function xhrUpload(path: string, body: FormData, token: string | undefined, options: UploadOptions) {
  return new Promise<XhrAnswer>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', new URL(path, window.location.origin).toString());
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      // A Response cannot carry 1xx or 204-with-body; the API answers uploads with 200/201 or a problem.
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers,
      });
      resolve({ status: xhr.status, response });
    };
    xhr.onerror = () => reject(new TypeError('Failed to upload'));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

async function parsed(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** POSTs `file` as multipart field "file"; the JSON answer, or an ApiProblem. */
export async function uploadFile<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  let answer: XhrAnswer;
  try {
    answer = await withFreshToken((token) => {
      const body = new FormData();
      body.append('file', file, file instanceof File ? file.name : 'upload');
      return xhrUpload(path, body, token, options);
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkProblem(error);
  }
  const body = await parsed(answer.response);
  if (!answer.response.ok) throw problemFromResponse(answer.response, body);
  return body as T;
}

/** The file name a Content-Disposition header gives (RFC 6266, with the UTF-8 form preferred). */
export function attachmentName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (utf8) return decodeURIComponent(utf8[1]!);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1]! : fallback;
}

/** GETs `path` with the session's token and hands the answer to the browser as a download. */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await withFreshToken(async (token) =>
      globalThis.fetch(new URL(path, window.location.origin), {
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      }),
    );
  } catch (error) {
    throw networkProblem(error);
  }
  if (!response.ok) throw problemFromResponse(response, await parsed(response));
  const name = attachmentName(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
