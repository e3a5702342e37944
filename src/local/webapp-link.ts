import type { Config } from "../config.js";
import type { App } from "../app.js";
import { createI18n } from "../bot/i18n.js";
import { createHttpServer } from "../server/http.js";
import { createWebappHandler, WEBAPP_PATH } from "../server/webapp/handler.js";
import { signInitData } from "../server/webapp/init-data.js";
import { loadAssets } from "../server/webapp/static-assets.js";

export interface LocalWebapp {
  /** A link that opens the page as the local user, valid for an hour (a new `:app` signs a new one). */
  link(): string;
  close(): Promise<void>;
}

/**
 * The Mini App for the terminal chat: the same HTTP server and API as with Telegram, on PORT
 * (or any free port when that one is taken), and links carrying initData signed with the local
 * bot's token, as Telegram would sign it.
 */
export async function startLocalWebapp(app: App, config: Config, token: string, user: { id: number; languageCode: string }): Promise<LocalWebapp | string> {
  if (!loadAssets()) return "The Mini App page is not built yet: run `npm run build:webapp` (or `npm run build`), then type :app again.";
  const i18n = createI18n(config.DEFAULT_LOCALE, () => undefined);
  const webapp = createWebappHandler({ deps: app.deps, api: app.bot.api, token, t: (l, k, v) => i18n.t(l, k, v) });
  const listen = async (port: number) => {
    const http = createHttpServer({ port, host: "127.0.0.1", health: async () => true, webapp });
    await http.listen();
    return http;
  };
  const http = await listen(config.PORT).catch(() => listen(0));
  const address = http.server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  return {
    link: () => {
      const initData = signInitData({ id: user.id, firstName: "You", languageCode: user.languageCode }, token, new Date());
      const hash = new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: "8.0", tgWebAppPlatform: "unknown" });
      return `http://127.0.0.1:${port}${WEBAPP_PATH}#${hash}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.server.closeAllConnections();
        http.server.close(() => resolve());
      }),
  };
}
