import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InlineKeyboardMarkup, Update } from "grammy/types";
import { htmlParseProblem } from "./telegram-html.js";

/**
 * A small Bot-API-compatible server: the bot talks to it over HTTP exactly as it talks to
 * Telegram (via `client.apiRoot`). It powers the tests, the terminal mode and the benchmarks.
 */

export interface SentFile {
  filename: string;
  data: Buffer;
}

export interface BotMessage {
  message_id: number;
  chat_id: number;
  method: string;
  text?: string;
  caption?: string;
  parse_mode?: string;
  reply_markup?: ReplyMarkup;
  photo?: SentFile;
  document?: SentFile;
  edited: boolean;
  deleted: boolean;
  date: number;
  /** Sent with allow_paid_broadcast. */
  paidBroadcast?: boolean;
}

export interface ReplyMarkup {
  inline_keyboard?: { text: string; callback_data?: string; url?: string }[][];
  keyboard?: ({ text: string; request_location?: boolean } | string)[][];
  remove_keyboard?: boolean;
  one_time_keyboard?: boolean;
  resize_keyboard?: boolean;
}

export interface Fault {
  method?: string;
  chatId?: number;
  error_code: number;
  description: string;
  retry_after?: number;
  times: number;
}

export interface RateLimits {
  /** messages per second over all chats */
  global: number;
  /** messages per second in one chat */
  perChat: number;
  /** messages per second over all chats for sends with allow_paid_broadcast (Telegram: 1000) */
  paidGlobal?: number;
}

type Listener = (m: BotMessage) => void;

const SEND_METHODS = new Set(["sendMessage", "sendPhoto", "sendDocument"]);

export class FakeBotApi {
  readonly token: string;
  private server?: Server;
  private nextMessageId = 1;
  private nextUpdateIdValue = 1;
  private readonly messages = new Map<number, BotMessage[]>();
  private readonly faults: Fault[] = [];
  private readonly blocked = new Set<number>();
  private readonly updates: Update[] = [];
  private readonly pollWaiters: (() => void)[] = [];
  private readonly listeners = new Set<Listener>();
  readonly calls: { method: string; chatId?: number; at: number; status: number }[] = [];
  readonly callbackAnswers: { callback_query_id: string; text?: string; show_alert?: boolean }[] = [];
  commands: { language_code?: string; commands: { command: string; description: string }[] }[] = [];
  /** The default menu button set with setChatMenuButton (the Mini App's, when one is configured). */
  menuButton: unknown = null;
  private rate?: RateLimits;
  private readonly sendTimes: number[] = [];
  private readonly chatLastSend = new Map<number, number>();
  recordCalls = true;

  constructor(token = "123456:TEST-fake-token-for-local-use-only", firstUpdateId = 1) {
    this.token = token;
    this.nextUpdateIdValue = firstUpdateId;
  }

  get botInfo() {
    return {
      id: Number(this.token.split(":")[0]),
      is_bot: true as const,
      first_name: "Massage Trial",
      username: "massage_trial_bot",
      can_join_groups: false,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return this.apiRoot;
  }

  get apiRoot(): string {
    const addr = this.server?.address() as AddressInfo | undefined;
    if (!addr) throw new Error("fake Bot API not started");
    return `http://127.0.0.1:${addr.port}`;
  }

  async stop(): Promise<void> {
    for (const w of this.pollWaiters.splice(0)) w();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  // ---- controls used by tests, the terminal mode and benchmarks ----

  nextUpdateId(): number {
    return this.nextUpdateIdValue++;
  }

  /** Updates queued for getUpdates that the bot has not confirmed yet (by asking for a later offset). */
  get unconfirmedCount(): number {
    return this.updates.length;
  }

  /** Queue an update for getUpdates (polling). */
  pushUpdate(update: Update): void {
    this.updates.push(update);
    for (const w of this.pollWaiters.splice(0)) w();
  }

  onMessage(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  chat(chatId: number): BotMessage[] {
    return this.messages.get(chatId) ?? [];
  }

  allMessages(): BotMessage[] {
    return [...this.messages.values()].flat();
  }

  injectFault(fault: Omit<Fault, "times"> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault });
  }

  block(chatId: number): void {
    this.blocked.add(chatId);
  }

  private readonly stalled = new Set<number>();
  private readonly stalledRequests: ServerResponse[] = [];

  /** Sends to this chat get no answer (as if Telegram hung) until `dropStalled()`; nothing is delivered. */
  stall(chatId: number): void {
    this.stalled.add(chatId);
  }

  /** How many sends are hanging now. */
  get stalledCount(): number {
    return this.stalledRequests.length;
  }

  /** Ends the stall: hanging requests are cut off undelivered, later sends go through. */
  dropStalled(): void {
    this.stalled.clear();
    for (const res of this.stalledRequests.splice(0)) res.destroy();
  }

  unblock(chatId: number): void {
    this.blocked.delete(chatId);
  }

  enforceRateLimits(limits: RateLimits | undefined): void {
    this.rate = limits;
  }

  // ---- HTTP ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? "").split("?")[0]);
    if (!match) return this.reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token) return this.reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2];
    let params: Record<string, unknown>;
    try {
      params = await readParams(req);
    } catch {
      return this.reply(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse body" });
    }
    const chatId = params.chat_id === undefined ? undefined : Number(params.chat_id);
    const fail = this.takeFault(method, chatId);
    if (fail) return this.replyError(res, method, chatId, fail.error_code, fail.description, fail.retry_after);
    if (chatId !== undefined && this.blocked.has(chatId) && method !== "answerCallbackQuery") {
      return this.replyError(res, method, chatId, 403, "Forbidden: bot was blocked by the user");
    }
    if (SEND_METHODS.has(method) && chatId !== undefined && this.stalled.has(chatId)) {
      this.stalledRequests.push(res);
      return;
    }
    if (SEND_METHODS.has(method) && chatId !== undefined && this.rate) {
      const retry = this.rateCheck(chatId, params.allow_paid_broadcast === true || params.allow_paid_broadcast === "true");
      if (retry > 0) return this.replyError(res, method, chatId, 429, `Too Many Requests: retry after ${retry}`, retry);
    }
    try {
      const result = await this.call(method, params, chatId);
      if (this.recordCalls) this.calls.push({ method, chatId, at: Date.now(), status: 200 });
      this.reply(res, 200, { ok: true, result });
    } catch (e) {
      const err = e as { code?: number; message: string };
      this.replyError(res, method, chatId, err.code ?? 400, err.message);
    }
  }

  private replyError(res: ServerResponse, method: string, chatId: number | undefined, code: number, description: string, retry_after?: number) {
    if (this.recordCalls) this.calls.push({ method, chatId, at: Date.now(), status: code });
    this.reply(res, code, {
      ok: false,
      error_code: code,
      description,
      ...(retry_after !== undefined ? { parameters: { retry_after } } : {}),
    });
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  private takeFault(method: string, chatId?: number): Fault | undefined {
    const i = this.faults.findIndex((f) => (!f.method || f.method === method) && (f.chatId === undefined || f.chatId === chatId));
    if (i < 0) return undefined;
    const f = this.faults[i];
    if (--f.times <= 0) this.faults.splice(i, 1);
    return f;
  }

  /** Returns seconds to wait when a limit is exceeded, else records the send and returns 0. */
  private rateCheck(chatId: number, paid: boolean): number {
    const now = Date.now();
    while (this.sendTimes.length && this.sendTimes[0] <= now - 1000) this.sendTimes.shift();
    const last = this.chatLastSend.get(chatId);
    const global = paid && this.rate!.paidGlobal ? this.rate!.paidGlobal : this.rate!.global;
    if (this.sendTimes.length >= global) return 1;
    if (last !== undefined && now - last < 1000 / this.rate!.perChat) return 1;
    this.sendTimes.push(now);
    this.chatLastSend.set(chatId, now);
    return 0;
  }

  private async call(method: string, p: Record<string, unknown>, chatId?: number): Promise<unknown> {
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "setMyCommands":
        this.commands = this.commands.filter((c) => c.language_code !== p.language_code);
        this.commands.push({ language_code: p.language_code as string | undefined, commands: p.commands as never });
        return true;
      case "setChatMenuButton":
        this.menuButton = typeof p.menu_button === "string" ? JSON.parse(p.menu_button) : (p.menu_button ?? null);
        return true;
      case "deleteMyCommands":
      case "setWebhook":
      case "deleteWebhook":
      case "sendChatAction":
      case "close":
        return true;
      case "getWebhookInfo":
        return { url: "", has_custom_certificate: false, pending_update_count: 0 };
      case "getUpdates":
        return this.getUpdates(Number(p.offset ?? 0), Number(p.timeout ?? 0), Number(p.limit ?? 100));
      case "sendMessage":
        return this.store(method, chatId!, {
          text: String(p.text ?? ""),
          parse_mode: p.parse_mode as string,
          reply_markup: p.reply_markup as ReplyMarkup,
          ...(p.allow_paid_broadcast === true || p.allow_paid_broadcast === "true" ? { paidBroadcast: true } : {}),
        });
      case "sendPhoto":
      case "sendDocument": {
        const kind = method === "sendPhoto" ? "photo" : "document";
        return this.store(method, chatId!, {
          caption: p.caption as string | undefined,
          parse_mode: p.parse_mode as string,
          reply_markup: p.reply_markup as ReplyMarkup,
          [kind]: p[kind] as SentFile,
        });
      }
      case "editMessageText":
      case "editMessageReplyMarkup":
      case "editMessageCaption":
        return this.edit(method, chatId!, Number(p.message_id), p);
      case "deleteMessage": {
        const m = this.find(chatId!, Number(p.message_id));
        m.deleted = true;
        return true;
      }
      case "answerCallbackQuery":
        this.callbackAnswers.push(p as never);
        return true;
      default:
        throw Object.assign(new Error(`Bad Request: method ${method} not supported by the fake Bot API`), { code: 404 });
    }
  }

  private store(method: string, chatId: number, fields: Partial<BotMessage>) {
    if (fields.text !== undefined && fields.text.length > 4096) throw new Error("Bad Request: message is too long");
    if (fields.caption !== undefined && fields.caption.length > 1024) throw new Error("Bad Request: message caption is too long");
    checkEntities(fields.parse_mode, fields.text ?? fields.caption);
    checkCallbackData(fields.reply_markup);
    const msg: BotMessage = {
      message_id: this.nextMessageId++,
      chat_id: chatId,
      method,
      edited: false,
      deleted: false,
      date: Math.floor(Date.now() / 1000),
      ...fields,
    };
    const list = this.messages.get(chatId) ?? [];
    list.push(msg);
    this.messages.set(chatId, list);
    for (const l of this.listeners) l(msg);
    return this.toTelegram(msg);
  }

  private find(chatId: number, messageId: number): BotMessage {
    const m = this.chat(chatId).find((x) => x.message_id === messageId);
    if (!m) throw new Error("Bad Request: message to edit not found");
    return m;
  }

  private edit(method: string, chatId: number, messageId: number, p: Record<string, unknown>) {
    const m = this.find(chatId, messageId);
    if (method === "editMessageText") {
      if (String(p.text).length > 4096) throw new Error("Bad Request: message is too long");
      if (m.text === p.text && JSON.stringify(m.reply_markup) === JSON.stringify(p.reply_markup)) {
        throw new Error("Bad Request: message is not modified");
      }
      checkEntities(p.parse_mode as string | undefined, String(p.text));
      m.text = String(p.text);
      m.parse_mode = p.parse_mode as string;
    }
    if (method === "editMessageCaption") {
      checkEntities(p.parse_mode as string | undefined, p.caption as string | undefined);
      m.caption = p.caption as string;
    }
    checkCallbackData(p.reply_markup as ReplyMarkup);
    m.reply_markup = p.reply_markup as ReplyMarkup;
    m.edited = true;
    for (const l of this.listeners) l(m);
    return this.toTelegram(m);
  }

  private toTelegram(m: BotMessage) {
    return {
      message_id: m.message_id,
      date: m.date,
      chat: { id: m.chat_id, type: "private" },
      from: this.botInfo,
      ...(m.text !== undefined ? { text: m.text } : {}),
      ...(m.caption !== undefined ? { caption: m.caption } : {}),
      ...(m.photo ? { photo: [{ file_id: `photo-${m.message_id}`, file_unique_id: `p${m.message_id}`, width: 1080, height: 1350 }] } : {}),
      ...(m.document ? { document: { file_id: `doc-${m.message_id}`, file_unique_id: `d${m.message_id}`, file_name: m.document.filename } } : {}),
      ...(m.reply_markup?.inline_keyboard ? { reply_markup: m.reply_markup as InlineKeyboardMarkup } : {}),
    };
  }

  private async getUpdates(offset: number, timeoutSec: number, limit: number): Promise<Update[]> {
    if (offset > 0) {
      while (this.updates.length && this.updates[0].update_id < offset) this.updates.shift();
    }
    if (!this.updates.length && timeoutSec > 0 && this.server) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(timeoutSec, 1) * 1000);
        this.pollWaiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.updates.slice(0, limit);
  }
}

/** Telegram refuses a text its parse mode cannot read. */
function checkEntities(parseMode: string | undefined, text: string | undefined): void {
  if (parseMode !== "HTML" || text === undefined) return;
  const problem = htmlParseProblem(text);
  if (problem) throw new Error(`Bad Request: can't parse entities: ${problem}`);
}

function checkCallbackData(markup?: ReplyMarkup): void {
  for (const row of markup?.inline_keyboard ?? []) {
    for (const b of row) {
      if (b.callback_data !== undefined && Buffer.byteLength(b.callback_data) > 64) {
        throw new Error("Bad Request: BUTTON_DATA_INVALID");
      }
    }
  }
}

async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  const query = Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
  if (!body.length) return query;
  if (type.includes("application/json")) return { ...query, ...JSON.parse(body.toString("utf8")) };
  if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
    const out: Record<string, unknown> = { ...query };
    if (type.includes("multipart/form-data")) {
      // Our own parser: grammY writes part headers without spaces ("content-disposition:form-data;name=…"),
      // which Node 20's FormData parser rejects, so photo and document uploads would fail.
      for (const part of parseMultipart(body, type)) {
        out[part.name] = part.filename === undefined ? parseMaybeJson(part.data.toString("utf8")) : ({ filename: part.filename, data: part.data } satisfies SentFile);
      }
    } else {
      const form = await new Response(body, { headers: { "content-type": type } }).formData();
      for (const [key, value] of form.entries()) if (typeof value === "string") out[key] = parseMaybeJson(value);
    }
    // grammY uploads files as "attach://<id>" references to another form field.
    for (const [key, value] of Object.entries(out)) {
      if (typeof value === "string" && value.startsWith("attach://")) out[key] = out[value.slice("attach://".length)];
    }
    return out;
  }
  return query;
}

/** A small multipart/form-data reader: fields by name, with the filename when a part is a file. */
export function parseMultipart(body: Buffer, contentType: string): { name: string; filename?: string; data: Buffer }[] {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!match) throw new Error("multipart body without a boundary");
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts: { name: string; filename?: string; data: Buffer }[] = [];
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const start = pos + boundary.length;
    if (body.subarray(start, start + 2).toString("latin1") === "--") break;
    const next = body.indexOf(boundary, start);
    if (next === -1) throw new Error("multipart body without a closing boundary");
    // Each part: CRLF after the boundary line, headers, a blank line, the data, CRLF before the next boundary.
    const part = body.subarray(start + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    if (split === -1) throw new Error("multipart part without headers");
    const head = part.subarray(0, split).toString("utf8");
    const name = /(?:^|[;\s:])name="([^"]*)"/i.exec(head)?.[1];
    // grammY writes the filename unquoted (filename=x.csv); browsers quote it.
    const fileMatch = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(head);
    const filename = fileMatch ? (fileMatch[1] ?? fileMatch[2]) : undefined;
    if (name !== undefined) parts.push({ name, filename, data: part.subarray(split + 4) });
    pos = next;
  }
  return parts;
}

function parseMaybeJson(v: string): unknown {
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}
