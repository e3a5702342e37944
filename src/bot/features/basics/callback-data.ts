import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";

export const languageData = defineCallback("lang", { locale: z.enum(["en", "de"]) });
