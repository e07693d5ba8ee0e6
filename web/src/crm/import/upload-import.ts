import { loadSession } from '../../session';

export type UploadAnswer = { ok: true; jobId: string } | { ok: false; message: string };

interface ErrorBody {
  errors?: Array<{ message?: string }>;
}

/**
 * Sends a CSV file to the import route with the session's access token (the gateway's file routes
 * take the same Bearer token as /graphql). A 401 (the token expired) renews the session through the
 * API client, which refreshes it, and tries once more.
 */
export async function uploadImport(
  upload: { entity: string; file: File; skipBadRows: boolean },
  renewSession: () => Promise<void>,
): Promise<UploadAnswer> {
  const send = () => {
    const token = loadSession()?.accessToken;
    return fetch(`/files/crm/${upload.entity}/import${upload.skipBadRows ? '?skipBadRows=true' : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: upload.file,
    });
  };
  let response: Response;
  try {
    response = await send();
    if (response.status === 401) {
      await renewSession();
      response = await send();
    }
  } catch {
    return { ok: false, message: 'The server cannot be reached. Check your connection and try again.' };
  }
  const body = (await response.json().catch(() => null)) as ({ job?: { id?: string } } & ErrorBody) | null;
  if (response.status === 202 && body?.job?.id) return { ok: true, jobId: body.job.id };
  return {
    ok: false,
    message: body?.errors?.[0]?.message ?? `The import was refused (HTTP ${response.status}).`,
  };
}
