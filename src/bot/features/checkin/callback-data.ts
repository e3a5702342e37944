import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";
import { isoDate } from "../../../trial/plan/plan.js";
import { REACTIONS } from "../../../trial/checkin/entry.js";
import { REMIND_HOURS } from "../../../store/checkin-store.js";
import { QUIET_PRESETS } from "../../../trial/time/quiet-hours.js";

/** Every check-in button carries the date it answers, so an old message still answers its own day. */
const date = isoDate;
const flag = z.enum(["0", "1"]);

/** The pain scale a button was drawn for: a button from before a scale change is refused, not misread. */
const scale = z.enum(["10", "100"]);
/** Pain on the grid; r = 1 when the user already confirmed replacing this date's entry. */
export const painData = defineCallback("cp", { date, v: z.coerce.number().int().min(0).max(100), r: flag, s: scale });
/** "not measured today" for the marker. */
export const markerNoneData = defineCallback("cm", { date });
/** A marker value on its button (the user's usual range). */
export const markerValueData = defineCallback("cv", { date, v: z.coerce.number().min(0).max(100000) });
/** Had the session (y), not today (n), moved to another day (m). */
export const sessionData = defineCallback("cs", { date, v: z.enum(["y", "n", "m"]) });
/** Open the reaction list, toggle one reaction, "none", or finish the list. */
export const reactionData = defineCallback("cr", { date, r: z.enum([...REACTIONS, "done", "open"]) });
/** The note: open it, skip it, or note "my other care changed". */
export const noteData = defineCallback("cn", { date, a: z.enum(["skip", "care", "open"]) });
/** ↩️ Change one saved answer of this date, or ("menu") choose which one. */
export const changeData = defineCallback("cc", { date, s: z.enum(["pain", "marker", "session", "menu"]) });
/** A typed "20 6" that could be read two ways: the reading the user picked. */
export const typedPairData = defineCallback("co", { date, p: z.coerce.number().int().min(0).max(100), m: z.coerce.number().min(0).max(100000), s: scale });
/** Replace this date's entry? v = the pain value waiting for the answer ("" = ask for it). */
export const replaceData = defineCallback("cx", {
  date,
  a: z.enum(["yes", "no"]),
  s: scale,
  v: z.union([z.literal(""), z.coerce.number().int().min(0).max(100)]),
});
/** /checkin: answer for another recent day. */
export const dayData = defineCallback("cd", { date });
/** "new symptom" on a check-in. */
export const symptomData = defineCallback("cy", { date });
/** /session: which day the session was. */
export const sessionDayData = defineCallback("cq", { date });
/** The "pause?" question after three unanswered days. */
export const pauseAskData = defineCallback("ca", { a: z.enum(["pause", "keep"]) });
/** /settings: reminder delay in hours, or off. */
export const reminderData = defineCallback("cz", { h: z.union([z.literal("off"), z.enum(REMIND_HOURS.map(String) as [string, ...string[]])]) });
/** "⏰ Later": open the choices (m), snooze 1 h / 3 h / until tonight (t), or ask tomorrow (x). */
export const snoozeData = defineCallback("cl", { date, c: z.enum(["m", "1", "3", "t", "x"]) });
/** /settings: quiet hours ("22:00-07:00") or off. */
export const quietData = defineCallback("cw", { q: z.enum(["off", ...QUIET_PRESETS]) });
