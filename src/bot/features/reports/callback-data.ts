import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";

/** Buttons under an end-of-block report; `end` is the block end (YYYYMMDD) the report was about. */
export const reportActionData = defineCallback("rp", {
  action: z.enum(["block", "extend", "end"]),
  end: z.string().regex(/^\d{8}$/),
});

/** "Details" and "What studies say" under an end-of-block report (d = details, e = evidence). */
export const reportViewData = defineCallback("rv", {
  part: z.enum(["d", "e"]),
  end: z.string().regex(/^\d{8}$/),
});

/** "Extend the block by N weeks" under an "unclear" report; N is what the model suggested (1-8). */
export const extendBlockData = defineCallback("rx", {
  weeks: z.coerce.number().int().min(1).max(8),
  end: z.string().regex(/^\d{8}$/),
});

/** The /endtrial confirmation. */
export const endTrialData = defineCallback("et", { choice: z.enum(["yes", "no"]), token: z.string().regex(/^[A-Za-z0-9_-]{1,16}$/) });

export const compactDate = (iso: string) => iso.replaceAll("-", "");
