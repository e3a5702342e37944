import "./app.css";
import type { TrialView } from "../server/webapp/api-types.js";
import { ApiError, createApi, type Api } from "./api.js";
import { drawChart, type TrialChart } from "./chart.js";
import { dayPanel } from "./day-panel.js";
import { h } from "./dom.js";
import { dayLabel, setLang, tr } from "./i18n.js";
import { applyTheme, applyViewport, listen, onEvent, postEvent, readLaunch } from "./telegram.js";

interface PageState {
  view: TrialView;
  chart: TrialChart | null;
  selected: number | null;
}

const app = document.getElementById("app")!;
const launch = readLaunch();
listen();
applyTheme(launch.theme);
onEvent("theme_changed", (d) => {
  applyTheme((d.theme_params ?? null) as Record<string, string> | null);
  if (state) render(state.view, state.selected);
});
onEvent("viewport_changed", (d) => {
  applyViewport(typeof d.height === "number" ? d.height : null);
  if (d.is_state_stable !== false) state?.chart?.resize(chartWidth());
});
addEventListener("resize", () => state?.chart?.resize(chartWidth()));
setLang(navigator.language.startsWith("de") ? "de" : "en");

let state: PageState | null = null;
const api: Api = createApi(launch.initData);

function chartWidth(): number {
  return document.getElementById("chart")?.clientWidth ?? app.clientWidth;
}

function message(text: string) {
  app.replaceChildren(h("p", { class: "card message", id: "status" }, text));
}

function decisionCard(view: TrialView): HTMLElement {
  const title =
    view.decision.kind === "final"
      ? tr("decision-final")
      : tr(view.decision.kind !== "ended" ? "decision-interim" : view.decision.stopped ? "decision-stopped" : "decision-ended", {
          date: dayLabel(view.decision.asOf, { day: "numeric", month: "long" }),
        });
  return h(
    "section",
    { class: `card decision outcome-${view.decision.outcome}`, id: "decision" },
    h("h2", {}, title),
    h("p", { class: "headline" }, view.decision.headline),
    h("ul", { class: "numbers" }, ...view.decision.numbers.map((n) => h("li", {}, n))),
  );
}

/** The baseline as the chart draws it: a band for scored days, a line for one remembered number, else nothing. */
function baselineKey(view: TrialView): HTMLElement | null {
  const { recalled, painMean, painLow, painHigh } = view.baseline;
  if (recalled) return painMean === null ? null : h("span", { class: "key recalled" }, tr("legend-baseline-recalled"));
  return painLow === null || painHigh === null ? null : h("span", { class: "key band" }, tr("legend-baseline"));
}

function reportCard(view: TrialView): HTMLElement {
  const status = h("p", { class: "message", role: "status" });
  const card = h("section", { class: "card", id: "report" }, h("h2", {}, tr("report")));
  if (!view.reportReady) {
    card.append(h("p", { class: "hint" }, tr("report-from", { date: dayLabel(view.reportFrom, { day: "numeric", month: "long" }) })));
    return card;
  }
  const download = h("button", { type: "button", class: "primary" }, tr("report-download"));
  const toChat = h("button", { type: "button" }, tr("report-chat"));
  download.addEventListener("click", () => {
    download.disabled = true;
    api
      .reportPdf()
      .then((blob) => {
        const url = URL.createObjectURL(blob);
        const a = h("a", { href: url, download: "trial-report.pdf" });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      })
      .catch((err: unknown) => (status.textContent = err instanceof ApiError && err.message ? err.message : tr("error")))
      .finally(() => (download.disabled = false));
  });
  toChat.addEventListener("click", () => {
    toChat.disabled = true;
    api
      .reportToChat()
      .then((text) => (status.textContent = text))
      .catch((err: unknown) => (status.textContent = err instanceof ApiError && err.message ? err.message : tr("error")))
      .finally(() => (toChat.disabled = false));
  });
  // Telegram's phone apps do not save files a page makes: there the PDF comes as a chat message.
  const phone = /^(android|android_x|ios)$/.test(launch.platform);
  card.append(h("div", { class: "buttons" }, phone ? null : download, toChat), status);
  return card;
}

function render(view: TrialView, selected: number | null, note?: string) {
  state?.chart?.destroy();
  setLang(view.lang);
  document.title = tr("title");
  const chartEl = h("div", { id: "chart", "data-days": view.days.length });
  const dayEl = h("div", { id: "day-slot" }, h("p", { class: "hint" }, tr("tap-hint")));
  // The last days up to the tapped day, else up to today (the block's last day once it is over).
  const range = (days: number) => () => {
    const today = view.days.findIndex((d) => d.date === view.today);
    const end = state?.selected ?? (today >= 0 ? today : view.today > view.days[view.days.length - 1].date ? view.days.length - 1 : 0);
    state?.chart?.show(end - days + 1, end);
  };
  const all = h("button", { type: "button" }, tr("zoom-all"));
  const two = h("button", { type: "button" }, tr("zoom-2w"));
  const earlier = h("button", { type: "button" }, tr("earlier"));
  const later = h("button", { type: "button" }, tr("later"));
  const pan = (dir: number) => () => {
    const x = state?.chart?.plot.scales.x;
    if (!x || x.min === undefined || x.max === undefined) return;
    const span = x.max - x.min;
    const step = Math.max(1, Math.round(span / 2)) * dir;
    state!.chart!.show(Math.round(x.min + 0.5 + step), Math.round(x.max - 0.5 + step));
  };
  all.addEventListener("click", () => state?.chart?.show(0, view.days.length - 1));
  two.addEventListener("click", range(14));
  earlier.addEventListener("click", pan(-1));
  later.addEventListener("click", pan(1));

  app.replaceChildren(
    h("header", {}, h("h1", {}, tr("title"))),
    decisionCard(view),
    h(
      "section",
      { class: "card" },
      h("h2", {}, tr("chart-title")),
      chartEl,
      h(
        "div",
        { class: "legend" },
        h("span", { class: "key pain" }, tr("legend-pain", { scale: view.scale })),
        h("span", { class: "key week" }, tr("legend-week")),
        baselineKey(view),
        h("span", { class: "key session" }, tr("legend-session")),
        view.days.some((d) => d.marker !== null) ? h("span", { class: "key marker" }, tr("legend-marker", { marker: view.marker.name })) : null,
      ),
      h("div", { class: "buttons zoom" }, earlier, two, all, later),
    ),
    dayEl,
    h("section", { class: "card", id: "summary" }, h("h2", {}, tr("summary")), h("div", { class: "pre" }, view.summary)),
    h("section", { class: "card", id: "plan" }, h("h2", {}, tr("plan")), ...view.plan.map((line) => h("p", {}, line))),
    reportCard(view),
    h("footer", { class: "hint" }, tr("footer")),
  );

  const pick = (index: number, text?: string) => {
    if (!state) return;
    state.selected = index;
    state.chart?.select(index);
    const panel = dayPanel(view, view.days[index], api, async () => {
      const fresh = await api.trial();
      render(fresh, index, tr("saved"));
    });
    if (text) panel.append(h("p", { class: "message ok", role: "status" }, text));
    dayEl.replaceChildren(panel);
  };
  state = { view, chart: null, selected };
  state.chart = drawChart(chartEl, view, (i) => pick(i));
  if (selected !== null) pick(selected, note);
  document.documentElement.dataset.rendered = String(performance.now());
}

async function start() {
  postEvent("web_app_ready");
  postEvent("web_app_expand");
  postEvent("web_app_request_theme");
  postEvent("web_app_request_viewport");
  if (!launch.initData) return message(tr("no-auth"));
  message(tr("loading"));
  try {
    const view = await api.trial();
    performance.mark("trial-received");
    render(view, null);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return message(tr("expired"));
    message(err instanceof ApiError && err.message ? err.message : tr("error"));
  }
}

void start();
