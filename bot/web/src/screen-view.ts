// 预筛查: a form generated from GET /api/profile/fields. The general fields (those no rule reads
// for a particular kind: date, city, kinds …) come first; ticking kinds of applicant adds a section
// per kind with the fields its rules read, and one for fields several ticked kinds share. Numbers
// and required fields are checked before sending; the server's problems are shown next to the
// field they name. The result is a printable report below the form.
import { todayInChina } from "../../../corpus/dates.ts";
import { api, ApiError, type DocumentSummary, type Problem, type ProfileCatalogue } from "./api.ts";
import { pathLabel } from "./catalogue.ts";
import { button, h, replace, uid, type Child } from "./dom.ts";
import { createControl, type Control, type Reading } from "./profile-controls.ts";
import type { View } from "./router.ts";
import { screenReport } from "./screen-report.ts";

/** The field whose ticked values choose the sections: the kinds of applicant (CONTRACT.md §3). */
const KINDS_FIELD = "kinds";

interface Section {
  title: string;
  controls: Control[];
}

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

function buildForm(catalogue: ProfileCatalogue, documents: readonly DocumentSummary[]): HTMLElement {
  const controls = catalogue.fields.map(createControl);
  const kinds = controls.find((c) => c.field.key === KINDS_FIELD)!;
  const general = controls.filter((c) => !catalogue.usage[c.field.key]);
  const byKey = (key: string) => controls.find((c) => c.field.key === key)!;
  const specific = controls.filter((c) => catalogue.usage[c.field.key]);

  const kindSections = h("div", { class: "kind-sections" });
  const problemSummary = h("div", { class: "form-problems", role: "alert", tabindex: -1, hidden: true });
  const submit = h("button", { type: "submit", class: "primary" }, "开始筛查");
  const form = h(
    "form",
    { class: "profile-form", novalidate: true, "aria-label": "企业信息" },
    problemSummary,
    h(
      "section",
      { class: "form-section" },
      h("h3", {}, "基本信息"),
      h("div", { class: "fields" }, yearPicker(documents, byKey("asOf"), byKey("year")), general.map((c) => c.element)),
    ),
    kindSections,
    h("div", { class: "form-actions" }, submit, h("span", { class: "form-note" }, "未填写的项目视为“不清楚”，相关条款会列入“还需信息才能判断”。")),
  );
  const reportBox = h("div", { class: "report-box", "aria-live": "polite" });

  /** Reads the given controls; problems and controls are collected in `reading`. */
  function read(list: Control[], reading: Reading): Record<string, unknown> {
    const profile: Record<string, unknown> = {};
    for (const control of list) {
      const value = control.read(control.field.key, reading);
      if (value !== undefined) profile[control.field.key] = value;
    }
    return profile;
  }

  const selectedKinds = () => (kinds.read(KINDS_FIELD, { problems: new Map(), controls: new Map() }) as string[] | undefined) ?? [];

  function sections(): Section[] {
    const selected = selectedKinds();
    const matters = (c: Control) => catalogue.usage[c.field.key]!.filter((k) => selected.includes(k));
    const shared = specific.filter((c) => matters(c).length > 1);
    const own = selected.map((kind) => ({
      title: `${catalogue.kinds[kind] ?? kind}相关信息`,
      controls: specific.filter((c) => matters(c).length === 1 && matters(c)[0] === kind),
    }));
    return [{ title: "多类主体共用的信息", controls: shared }, ...own].filter((s) => s.controls.length > 0);
  }

  /** Moves the fields into the sections of the ticked kinds; fields keep what was typed in them. */
  function layout(): void {
    const list = sections();
    replace(
      kindSections,
      list.length === 0 ? h("p", { class: "notice" }, "请在上方选择主体类型，这里会列出与之相关的信息项。") : null,
      list.map((s) => h("section", { class: "form-section" }, h("h3", {}, s.title), h("div", { class: "fields" }, s.controls.map((c) => c.element)))),
    );
  }
  kinds.element.addEventListener("change", layout);
  layout();

  let lastReading: Reading = { problems: new Map(), controls: new Map() };
  let shownProblems: Control[] = [];

  function showProblems(problems: Problem[]): void {
    const items = problems.map((p) => {
      const control = controlFor(p.field, lastReading.controls);
      control?.showProblem(p.message);
      if (control) shownProblems.push(control);
      const label = p.label ?? pathLabel(catalogue, p.field);
      return h("li", {}, control ? button(label, () => control.focus(), { class: "link" }) : label, `：${p.message}`);
    });
    replace(problemSummary, h("p", {}, `有${problems.length}处需要修改：`), h("ul", {}, items));
    problemSummary.hidden = false;
    problemSummary.focus();
  }

  function clearProblems(): void {
    shownProblems.forEach((c) => c.showProblem(null));
    shownProblems = [];
    problemSummary.hidden = true;
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
    const reading: Reading = { problems: new Map(), controls: new Map() };
    const visible = [...general, ...sections().flatMap((s) => s.controls)];
    const profile = read(visible, reading);
    lastReading = reading;
    if (reading.problems.size > 0) {
      showProblems([...reading.problems].map(([field, message]) => ({ field, message })));
      return;
    }
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
    h("p", { class: "intro no-print" }, "填写企业情况，逐条核对政策条款并估算可申请的补贴。金额以“万”为单位填写，可选人民币或美元。标 * 的为必填项。"),
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
