/** When the daily question comes: a clock time and a time zone. */
import { commonZones, parseTime, parseZone, zoneFromLocation } from "../../time/time-parse.js";
import type { Draft, StepId } from "../draft.js";
import { bad, column, go, grid, key, plain, stack, with_, type Msg, type Step } from "./kit.js";

const PRESET_TIMES = ["08:00", "12:00", "18:00", "20:00", "21:00"];
const OTHER_ZONE = "zone";

/** The zone a time is asked in: the one chosen, else the one the user's language names (none: asked after the time). */
const zoneOf = (d: Draft) => d.answers.zone ?? d.suggestedZone;

export const SCHEDULE_STEPS = {
  time: {
    // The zone comes with the time when it is known; "Another time zone" asks for it.
    ask: (d) => {
      const zone = zoneOf(d);
      return {
        text: zone ? { key: "setup-q-time-in-zone", vars: { zone } } : undefined,
        rows: stack(
          grid(
            PRESET_TIMES.map((x) => ({ label: plain(x), value: x })),
            5,
          ),
          zone ? column([{ label: key("btn-other-zone"), value: OTHER_ZONE }]) : [[]],
        ),
      };
    },
    answer: ({ d, btn, input }) => {
      if (btn === OTHER_ZONE) return go(d, "zone");
      const t = btn ?? (input.kind === "text" ? parseTime(input.text) : null);
      if (!t || !/^([01]\d|2[0-3]):[0-5]\d$/.test(t)) return bad("setup-time-expected");
      const zone = zoneOf(d);
      // The zone was shown with the question: answering keeps it.
      return zone ? go(with_(d, { time: t, zone, zoneConfirmed: true }), "first_session") : go(with_(d, { time: t }), "zone");
    },
  },
  zone: {
    // A reply keyboard, because only it can ask Telegram for the user's location.
    // The chosen zone, or the bot's default, is offered first, so keeping it is one tap.
    ask: (_d, env) => ({
      rows: [],
      reply: { location: { key: "btn-share-location" }, texts: [...new Set([...(env.zone ? [env.zone] : []), ...commonZones(env.lang)])] },
    }),
    answer: ({ d, btn, input, env }) => {
      if (input.kind === "location") {
        const zone = zoneFromLocation(input.lat, input.lon);
        if (!zone) return bad("setup-zone-unknown");
        return go(with_(d, { zone, zoneConfirmed: true }), d.answers.time ? "first_session" : "time", {}, [{ key: "setup-zone-set", vars: { zone } }]);
      }
      const parsed = btn ? parseZone(btn, env.lang) : input.kind === "text" ? parseZone(input.text, env.lang) : { ok: false as const };
      if (!parsed.ok) return bad("setup-zone-unknown");
      const notices: Msg[] = [{ key: "setup-zone-set", vars: { zone: parsed.zone } }];
      if (parsed.fixedOffset) notices.push({ key: "setup-zone-fixed-offset" });
      return go(with_(d, { zone: parsed.zone, zoneConfirmed: true }), d.answers.time ? "first_session" : "time", {}, notices);
    },
  },
} satisfies Partial<Record<StepId, Step>>;
