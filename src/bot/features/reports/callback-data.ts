import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";

/** Buttons under an end-of-block report; `end` is the block end (YYYYMMDD) the report was about. */
export const reportActionData = defineCallback("rp", {
  action: z.enum(["block", "extend", "end"]),
  end: z.string().regex(/^\d{8}$/),
});

/** The /endtrial confirmation. */
export const endTrialData = defineCallback("et", { choice: z.enum(["yes", "no"]) });

export const compactDate = (iso: string) => iso.replaceAll("-", "");
