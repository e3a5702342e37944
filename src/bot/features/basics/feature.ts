import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { welcomeFeature } from "./welcome.js";
import { consentFeature } from "./consent.js";
import { helpFeature } from "./help.js";
import { languageFeature } from "./language.js";
import { privacyFeature } from "./privacy.js";

/** First contact and the small commands: /start, consent, /help, /language, /privacy. (The fallback, unhandled.ts, goes last of all features.) */
export const basicsFeature = new FeatureComposer<BotContext>();
basicsFeature.use(welcomeFeature, consentFeature, helpFeature, languageFeature, privacyFeature);
