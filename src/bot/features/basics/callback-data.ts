import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";

export const consentData = defineCallback("consent", { choice: z.enum(["yes", "no"]) });
export const languageData = defineCallback("lang", { locale: z.enum(["en", "de"]) });
