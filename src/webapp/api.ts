import type { EntryEdit, TrialView } from "../server/webapp/api-types.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Every call carries Telegram's initData; the server checks it and answers for that user only. */
export function createApi(initData: string) {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const res = await fetch(`api/${path}`, {
      ...init,
      credentials: "omit",
      headers: { ...(init.headers ?? {}), authorization: `tma ${initData}`, ...(init.body ? { "content-type": "application/json" } : {}) },
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      throw new ApiError(res.status, body.message ?? "");
    }
    return res;
  };
  return {
    trial: async (): Promise<TrialView> => (await call("trial")).json() as Promise<TrialView>,
    edit: async (edit: EntryEdit): Promise<void> => {
      await call("entry", { method: "POST", body: JSON.stringify(edit) });
    },
    reportPdf: async (): Promise<Blob> => (await call("report", { method: "POST", body: JSON.stringify({ send: "file" }) })).blob(),
    reportToChat: async (): Promise<string> =>
      ((await (await call("report", { method: "POST", body: JSON.stringify({ send: "chat" }) })).json()) as { message: string }).message,
  };
}
export type Api = ReturnType<typeof createApi>;
