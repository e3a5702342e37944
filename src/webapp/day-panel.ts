import type { DayView, TrialView } from "../server/webapp/api-types.js";
import type { Api } from "./api.js";
import { ApiError } from "./api.js";
import { h } from "./dom.js";
import { dayLabel, numberLabel, tr } from "./i18n.js";

function row(label: string, value: string, key: string): HTMLElement {
  return h("div", { class: "row", "data-field": key }, h("span", { class: "label" }, label), h("span", { class: "value" }, value));
}

/** "4.5 / 10", and how it was entered when that was on another scale ("entered as 45 / 100"). */
function painText(view: TrialView, day: DayView): string {
  if (day.pain === null) return tr("not-scored");
  const shown = `${numberLabel(day.pain)} / ${view.scale}`;
  const { pain, scale } = day.entered;
  return pain === null || scale === view.scale ? shown : `${shown} (${tr("entered-as", { value: `${numberLabel(pain)} / ${scale}` })})`;
}

/** One day's values, and the form that changes them (same window and checks as /checkin, on the server). */
export function dayPanel(view: TrialView, day: DayView, api: Api, onSaved: () => Promise<void>): HTMLElement {
  const markerValue = day.marker === null ? tr("not-measured") : `${numberLabel(day.marker)}${view.marker.unit ? ` ${view.marker.unit}` : ""}`;
  const weekLabel = day.week === "baseline" ? tr("baseline-week") : typeof day.week === "number" ? tr("week", { n: day.week }) : "";
  const panel = h(
    "section",
    { class: "card day", id: "day", "data-date": day.date },
    h("h2", {}, `${dayLabel(day.date, { weekday: "long", day: "numeric", month: "long" })}${weekLabel ? ` · ${weekLabel}` : ""}`),
    row(tr("pain"), painText(view, day), "pain"),
    row(tr("marker", { marker: view.marker.name }), markerValue, "marker"),
    row(tr("session"), day.session ? tr("yes") : tr("no"), "session"),
    day.session ? row(tr("reactions"), day.reactions.length ? day.reactions.join(", ") : tr("none"), "reactions") : null,
    row(tr("note"), day.note ?? tr("none"), "note"),
    day.corrected ? h("p", { class: "hint" }, tr("corrected")) : null,
    day.paused ? h("p", { class: "hint" }, tr("paused")) : null,
  );
  if (!day.editable) return panel;

  // Asked on the scale the day was scored on: a day from before a change of the pain scale keeps its own.
  const asked = day.entered;
  const pain = h("input", { type: "number", inputmode: "numeric", min: 0, max: asked.scale, step: 1, name: "pain", value: asked.pain ?? "" });
  const marker = h("input", { type: "number", inputmode: "decimal", min: 0, step: "any", name: "marker", value: day.marker ?? "" });
  const session = h("select", { name: "session" }, h("option", { value: "no" }, tr("no")), h("option", { value: "yes" }, tr("yes")));
  session.value = day.session ? "yes" : "no";
  const message = h("p", { class: "message", role: "status" });
  const save = h("button", { type: "submit", class: "primary" }, tr("save"));
  const form = h(
    "form",
    { class: "edit", hidden: true, novalidate: true },
    h("label", {}, `${tr("pain")} (0-${asked.scale})`, pain),
    h("label", {}, tr("marker", { marker: view.marker.name }), marker),
    h("label", {}, tr("session"), session),
    h("p", { class: "hint" }, tr("edit-window")),
    h("div", { class: "buttons" }, save, h("button", { type: "button", class: "cancel" }, tr("cancel"))),
    message,
  );
  const open = h("button", { type: "button", class: "open-edit" }, tr("edit"));
  open.addEventListener("click", () => {
    form.hidden = false;
    open.hidden = true;
    pain.focus();
  });
  form.querySelector(".cancel")!.addEventListener("click", () => {
    form.hidden = true;
    open.hidden = false;
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    save.disabled = true;
    message.textContent = "";
    const edit = {
      date: day.date,
      // An unchanged pain is not sent: it stays as it was entered.
      ...(pain.value.trim() === "" || Number(pain.value) === asked.pain ? {} : { pain: Number(pain.value), scale: asked.scale }),
      marker: marker.value.trim() === "" ? null : Number(marker.value),
      session: session.value === "yes",
    };
    api
      .edit(edit)
      .then(onSaved)
      .catch((err: unknown) => {
        message.textContent = err instanceof ApiError && err.message ? err.message : tr("error");
        message.classList.add("error");
      })
      .finally(() => (save.disabled = false));
  });
  panel.append(open, form);
  return panel;
}
