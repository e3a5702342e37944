/**
 * The few parts of Telegram's Mini App bridge this page uses, written against the documented
 * protocol (launch parameters in the URL fragment, events in and out) so that no script is loaded
 * from anyone but us: initData, theme parameters, the viewport, "ready" and "expand".
 */

export type ThemeParams = Record<string, string>;

interface Bridge {
  TelegramWebviewProxy?: { postEvent(type: string, data: string): void };
  Telegram?: { WebView?: { receiveEvent(type: string, data: unknown): void } };
  external?: { notify?(data: string): void };
}

const STORE_KEY = "trial-app-launch";
const w = window as unknown as Window & Bridge;

export interface Launch {
  initData: string;
  theme: ThemeParams | null;
  platform: string;
}

/** Launch parameters from the URL fragment, kept for this tab so a reload still has them. */
export function readLaunch(): Launch {
  const hash = new URLSearchParams(location.hash.slice(1));
  let initData = hash.get("tgWebAppData") ?? "";
  let themeRaw = hash.get("tgWebAppThemeParams");
  let platform = hash.get("tgWebAppPlatform") ?? "unknown";
  try {
    if (initData) sessionStorage.setItem(STORE_KEY, JSON.stringify({ initData, themeRaw, platform }));
    else {
      const saved = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? "null") as { initData: string; themeRaw: string | null; platform: string } | null;
      if (saved) ({ initData, themeRaw, platform } = saved);
    }
  } catch {
    // storage unavailable (private mode): the fragment alone counts
  }
  let theme: ThemeParams | null = null;
  try {
    theme = themeRaw ? (JSON.parse(themeRaw) as ThemeParams) : null;
  } catch {
    theme = null;
  }
  return { initData, theme, platform };
}

export function postEvent(type: string, data: unknown = {}): void {
  const payload = JSON.stringify(data);
  if (w.TelegramWebviewProxy) w.TelegramWebviewProxy.postEvent(type, payload);
  else if (w.external && typeof w.external.notify === "function") w.external.notify(JSON.stringify({ eventType: type, eventData: data }));
  else if (window.parent !== window) window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data }), "*");
}

type Listener = (data: Record<string, unknown>) => void;
const listeners = new Map<string, Listener[]>();

export function onEvent(type: string, listener: Listener): void {
  listeners.set(type, [...(listeners.get(type) ?? []), listener]);
}

function receive(type: string, data: unknown) {
  for (const l of listeners.get(type) ?? []) l((data ?? {}) as Record<string, unknown>);
}

/** Telegram's apps call window.Telegram.WebView.receiveEvent; Telegram Web posts messages from the parent frame. */
export function listen(): void {
  w.Telegram = { ...(w.Telegram ?? {}), WebView: { receiveEvent: receive } };
  window.addEventListener("message", (e) => {
    if (e.source !== window.parent || window.parent === window) return;
    try {
      const msg = JSON.parse(String(e.data)) as { eventType?: unknown; eventData?: unknown };
      if (typeof msg.eventType === "string") receive(msg.eventType, msg.eventData);
    } catch {
      // not one of Telegram's messages
    }
  });
}

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Telegram's colours as CSS variables (--tg-theme-bg-color, …) and a light/dark flag for the rest. */
export function applyTheme(theme: ThemeParams | null): void {
  const root = document.documentElement;
  for (const [key, value] of Object.entries(theme ?? {})) {
    if (/^[a-z_]+$/.test(key) && /^#[0-9a-f]{3,8}$/i.test(value)) root.style.setProperty(`--tg-theme-${key.replace(/_/g, "-")}`, value);
  }
  const bg = theme?.bg_color ? luminance(theme.bg_color) : null;
  const dark = bg === null ? window.matchMedia("(prefers-color-scheme: dark)").matches : bg < 0.5;
  root.dataset.theme = dark ? "dark" : "light";
}

export function applyViewport(height: number | null): void {
  if (height && height > 0) document.documentElement.style.setProperty("--tg-viewport-height", `${height}px`);
}
