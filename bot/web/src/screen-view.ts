// 预筛查: a form generated from GET /api/profile/fields that asks only what matters. The general
// facts (date, city, kinds of applicant) come first, then what the enterprise does (activities);
// from these the form plan (policies/form-plan.ts) picks the fields the rules of that city read
// for those kinds and activities, grouped by topic and object, and what "none" records for the
// activities not ticked. Numbers are read as the chat reads them, figures far out of scale are
// confirmed, and the server's problems are shown next to the field they name. The result is a
// printable report below the form.
import { todayInChina } from "../../../corpus/dates.ts";
import { activityOf, isWithin } from "../../../policies/activities.ts";
import { askedInItem, formPlan, noneFacts, type FormPlan, type Section } from "../../../policies/form-plan.ts";
import { outOfScale } from "../../../policies/scale.ts";
import { api, ApiError, type DocumentSummary, type Problem, type ProfileCatalogue } from "./api.ts";
import { fieldAt, pathLabel } from "./catalogue.ts";
import { button, h, replace, uid, type Child } from "./dom.ts";
import { createControl, type Control, type MoneyCheck, type Reading, type Visibility } from "./profile-controls.ts";
import type { View } from "./router.ts";
import { screenReport } from "./screen-report.ts";

/** The fields whose values choose what else is asked: the city and the kinds of applicant (CONTRACT.md §3). */
const CITY_FIELD = "city";
const KINDS_FIELD = "kinds";

/** The nearest control for a problem's path: crossBorderTrade.amount is shown at crossBorderTrade. */
function controlFor(path: string, controls: Map<string, Control>): Control | undefined {
  let p = path;
  for (;;) {
    const control = controls.get(p);
    if (control) return control;
    const parent = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (parent === p) return undefined;
    p = parent;
  }
}

/**
 * 筛查年度: a year screened as the policies stood at its end, with that year's figures — funds for
 * a year are often claimed after it ends. It fills the screening day (asOf) and the performance
 * year, which stay editable; the years run from this one back to the oldest document's.
 */
function yearPicker(documents: readonly DocumentSummary[], asOf: Control, year: Control): HTMLElement {
  const thisYear = Number(todayInChina().slice(0, 4));
  const oldest = Math.min(thisYear, ...documents.map((d) => Number(d.issuedOn.slice(0, 4))));
  const years = Array.from({ length: thisYear - oldest + 1 }, (_, i) => thisYear - i);
  const select = h(
    "select",
    { id: uid("screen-year") },
    h("option", { value: "" }, "按今天（业绩年度为上一年）"),
    years.map((y) => h("option", { value: String(y) }, `${y}年度（按${y}-12-31的政策效力）`)),
  );
  select.addEventListener("change", () => {
    asOf.fill?.(select.value ? `${select.value}-12-31` : "");
    year.fill?.(select.value);
  });
  return h(
    "div",
    { class: "field field-year" },
    h("label", { for: select.id }, "筛查年度"),
    h("div", { class: "input-row" }, select),
    h("p", { class: "hint" }, "往年的资金常在次年申报：选择年度后，筛查日期设为该年12月31日、业绩年度设为该年，可在下面修改。"),
  );
}

const SECTION_TITLES: Record<Exclude<Section["kind"], "activity">, string> = {
  general: "基本信息",
  conditions: "申报条件（各条款的共同要求）",
  figures: "经营情况",
};
const sectionKey = (s: Section) => (s.kind === "activity" ? s.activity.id : s.kind);

/** A section of the form: a heading and a grid of fields. */
function formSection(title: string, ...children: (Child | Child[])[]): HTMLElement {
  return h("section", { class: "form-section" }, h("h3", {}, title), ...children);
}

/** Adds `extra` under the values of `profile` without overriding them (objects merged key by key). */
function underneath(profile: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...profile };
  for (const [key, value] of Object.entries(extra)) {
    const own = merged[key];
    if (own === undefined) merged[key] = value;
    else if (typeof own === "object" && !Array.isArray(own) && typeof value === "object") merged[key] = { ...(value as object), ...(own as object) };
  }
  return merged;
}

function buildForm(catalogue: ProfileCatalogue, documents: readonly DocumentSummary[]): HTMLElement {
  const controls = new Map(catalogue.fields.map((f) => [f.key, createControl(f)]));
  // Fields no rule reads are the screening's own facts; settings with a default are not asked.
  const general = catalogue.fields.filter((f) => !catalogue.usage[f.key] && !f.setting).map((f) => controls.get(f.key)!);
  const city = controls.get(CITY_FIELD)!;
  const kinds = controls.get(KINDS_FIELD)!;
  const years = yearPicker(documents, controls.get("asOf")!, controls.get("year")!);
  const blankReading = (): Reading => ({ problems: new Map(), controls: new Map() });

  const activityBoxes = new Map(catalogue.activities.map((a) => [a.id, h("input", { type: "checkbox", value: a.id })]));
  const activityItems = new Map(
    catalogue.activities.map((a) => [a.id, h("label", { class: "check activity", title: a.text }, activityBoxes.get(a.id)!, h("span", {}, a.label, h("span", { class: "activity-text" }, `：${a.text}`)))]),
  );
  const activities = h(
    "fieldset",
    { class: "field field-enum-multi activities" },
    h("legend", {}, "贵单位有以下哪些业务或投入？"),
    h("p", { class: "hint", id: "activities-hint" }, "勾选所有适用的项目，下面会列出与之相关的信息；未勾选的按“没有”处理。"),
    h("div", { class: "options" }, [...activityItems.values()]),
  );
  activities.setAttribute("aria-describedby", "activities-hint");

  const generalBox = h("div", { class: "fields" });
  const activitiesSection = formSection("业务与投入", activities);
  const planSections = h("div", { class: "plan-sections" });
  const problemSummary = h("div", { class: "form-problems", role: "alert", tabindex: -1, hidden: true });
  const submit = h("button", { type: "submit", class: "primary" }, "开始筛查");
  const form = h(
    "form",
    { class: "profile-form", novalidate: true, "aria-label": "企业信息" },
    problemSummary,
    formSection(SECTION_TITLES.general, generalBox),
    activitiesSection,
    planSections,
    h("div", { class: "form-actions" }, submit, h("span", { class: "form-note" }, "未填写的项目视为“不清楚”，相关条款会列入“还需信息才能判断”。")),
  );
  const reportBox = h("div", { class: "report-box", "aria-live": "polite" });

  const selection = () => ({
    city: (city.read(CITY_FIELD, blankReading()) as string | undefined) ?? null,
    kinds: (kinds.read(KINDS_FIELD, blankReading()) as string[] | undefined) ?? [],
    activities: [...activityBoxes.values()].filter((b) => b.checked).map((b) => b.value),
  });

  let plan: FormPlan = formPlan(selection(), catalogue.rules, catalogue.documents);
  const asked = (path: string) => plan.fields.has(path) && !fieldAt(catalogue, path)?.setting;
  const visibility: Visibility = {
    asked,
    askedInItem: (list, key, choices) => askedInItem(plan, list, key, choices),
  };
  /** The top-level fields the plan asks (itself or a sub-field of it), in declaration order. */
  const planned = () => catalogue.fields.filter((f) => [...plan.fields].some((p) => isWithin(p, f.key) && asked(p)));

  /** Moves the fields the plan asks into their sections; fields keep what was typed in them. */
  function layout(): void {
    plan = formPlan(selection(), catalogue.rules, catalogue.documents);
    for (const [id, item] of activityItems) item.hidden = !plan.offered.some((a) => a.id === id);
    activitiesSection.hidden = plan.offered.length === 0;
    const groups = new Map<string, { section: Section; controls: Control[] }>();
    // Under an activity, its own fields come first (出口额 before the 出口信保 it brings in).
    const own = (f: { key: string }) => {
      const section = plan.sections.get(f.key)!;
      return section.kind === "activity" && activityOf(f.key) === section.activity ? 0 : 1;
    };
    for (const f of planned().sort((a, b) => own(a) - own(b))) {
      const section = plan.sections.get(f.key)!;
      const control = controls.get(f.key)!;
      control.show(visibility);
      const key = sectionKey(section);
      groups.set(key, { section, controls: [...(groups.get(key)?.controls ?? []), control] });
    }
    replace(generalBox, years, general.map((c) => c.element), groups.get("general")?.controls.map((c) => c.element));
    groups.delete("general");
    const order = ["conditions", "figures", ...catalogue.activities.map((a) => a.id)];
    const sections = [...groups.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    replace(
      planSections,
      sections.length === 0 ? h("p", { class: "notice" }, "请先选择注册地城市和主体类型，并勾选业务，这里会列出需要填写的信息。") : null,
      sections.map(([, { section, controls: list }]) =>
        formSection(section.kind === "activity" ? section.activity.label : SECTION_TITLES[section.kind], h("div", { class: "fields" }, list.map((c) => c.element))),
      ),
    );
  }
  for (const el of [city.element, kinds.element, activities]) el.addEventListener("change", layout);
  layout();

  let lastReading: Reading = blankReading();
  let shownProblems: Control[] = [];

  function summarize(title: string, items: Child[][]): void {
    replace(problemSummary, h("p", {}, title), h("ul", {}, items.map((item) => h("li", {}, ...item))));
    problemSummary.hidden = false;
    problemSummary.focus();
  }

  function showProblems(problems: Problem[]): void {
    summarize(
      `有${problems.length}处需要修改：`,
      problems.map((p) => {
        const control = controlFor(p.field, lastReading.controls);
        control?.showProblem(p.message);
        if (control) shownProblems.push(control);
        const label = p.label ?? pathLabel(catalogue, p.field);
        return [control ? button(label, () => control.focus(), { class: "link" }) : label, `：${p.message}`];
      }),
    );
  }

  function clearProblems(): void {
    shownProblems.forEach((c) => c.showProblem(null));
    shownProblems = [];
    problemSummary.hidden = true;
  }

  /** Money figures far out of the enterprise's scale that the person has not confirmed yet. */
  function unconfirmedFigures(checks: MoneyCheck[]): MoneyCheck[] {
    const inYuan = checks.map((c) => {
      const v = c.value();
      return v ? (v.currency === "USD" ? v.amount * catalogue.fxUsdCny : v.amount) : 0;
    });
    return checks.filter((check, i) => {
      const why = outOfScale(inYuan[i]!, inYuan.filter((_, j) => j !== i && inYuan[j]! > 0));
      if (!why || check.confirmed()) return false;
      check.askToConfirm(why);
      return true;
    });
  }

  /** A field named by the report: a button to it when the form shows it, else its label. */
  function missingField(path: string): Child {
    const label = pathLabel(catalogue, path);
    const control = controlFor(path, lastReading.controls);
    return control ? button(label, () => control.focus(), { class: "link" }) : label;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearProblems();
    const reading = blankReading();
    const shown = [...general, ...planned().map((f) => controls.get(f.key)!)];
    const entered: Record<string, unknown> = {};
    for (const control of shown) {
      const value = control.read(control.field.key, reading);
      if (value !== undefined) entered[control.field.key] = value;
    }
    lastReading = reading;
    if (reading.problems.size > 0) {
      showProblems([...reading.problems].map(([field, message]) => ({ field, message })));
      return;
    }
    const unconfirmed = unconfirmedFigures(shown.flatMap((c) => c.moneyChecks()));
    if (unconfirmed.length > 0) {
      summarize(`有${unconfirmed.length}个金额需要确认：`, unconfirmed.map((c) => [button(c.label, () => c.focus(), { class: "link" })]));
      return;
    }
    const profile = underneath(entered, noneFacts(plan, (path) => fieldAt(catalogue, path)));
    submit.disabled = true;
    replace(reportBox, h("p", { class: "loading" }, "正在筛查…"));
    try {
      const result = await api.screen(profile);
      replace(reportBox, screenReport(result, { missingField }));
      reportBox.querySelector<HTMLElement>("#report-title")?.focus();
    } catch (err) {
      replace(reportBox);
      if (err instanceof ApiError && err.body.problems?.length) showProblems(err.body.problems);
      else replace(reportBox, h("p", { class: "error", role: "alert" }, err instanceof ApiError ? err.message : "筛查失败，请稍后再试。"));
    } finally {
      submit.disabled = false;
    }
  });

  return h("div", {}, form, reportBox);
}

/** Printing shows the report's arithmetic: every folded part opens, and folds back afterwards. */
function unfoldForPrinting(root: HTMLElement): void {
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener("beforeprint", () => {
    opened = Array.from(root.querySelectorAll<HTMLDetailsElement>(".report details:not([open])"));
    opened.forEach((d) => (d.open = true));
  });
  window.addEventListener("afterprint", () => opened.forEach((d) => (d.open = false)));
}

export function createScreenView(): View {
  const body = h("div", {}, h("p", { class: "loading" }, "正在加载表单…"));
  const element = h(
    "section",
    { class: "view screen-view", "aria-labelledby": "screen-title" },
    h("h2", { id: "screen-title" }, "预筛查"),
    h(
      "p",
      { class: "intro no-print" },
      "填写企业情况，逐条核对政策条款并估算可申请的补贴。金额默认以“万”为单位，也可直接写“200万美元”“1.2亿”“三千万”。标 * 的为必填项。",
    ),
    body,
  );
  unfoldForPrinting(element);
  let loaded = false;

  return {
    element,
    show() {
      if (loaded) return;
      loaded = true;
      Promise.all([api.profileCatalogue(), api.documents()]).then(
        ([catalogue, documents]) => replace(body, buildForm(catalogue, documents)),
        (err: unknown) => {
          loaded = false; // try again next time the view is shown
          replace(body, h("p", { class: "error", role: "alert" }, err instanceof ApiError ? err.message : "表单加载失败，请稍后再试。"));
        },
      );
    },
  };
}
