/**
 * The fake Bot API in its own process, so the update-cost measurement charges the bot's process
 * with the bot's CPU only (the HTTP client side stays in the bot's process, as with Telegram).
 * Prints one JSON line {apiRoot, token} on stdout; exits when stdin closes.
 */
import { FakeBotApi } from "../src/local/bot-api-server.js";

const api = new FakeBotApi();
api.recordCalls = false;
await api.start();
process.stdout.write(`${JSON.stringify({ apiRoot: api.apiRoot, token: api.token, botInfo: api.botInfo })}\n`);
process.stdin.resume();
process.stdin.on("end", () => void api.stop().then(() => process.exit(0)));
