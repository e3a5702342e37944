import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";

/** "Delete everything": the token ties the answer to the one confirmation question it belongs to. */
export const deleteData = defineCallback("del", { action: z.enum(["yes", "no"]), token: z.string().regex(/^[A-Za-z0-9_-]{1,16}$/) });
export const exportData = defineCallback("dx", { action: z.enum(["export"]) });
