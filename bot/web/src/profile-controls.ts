// One form control per profile field, chosen by the field's declared type alone: money as a
// number box in 万 with a currency selector, booleans as 是/否/不清楚, enums as selects, objects
// as groups of their sub-fields, lists as items to add and remove. A blank control means
// "unknown" and contributes nothing to the profile, as the API expects.
import type { FieldInfo } from "./api.ts";
import { button, h, uid } from "./dom.ts";

/** What reading the form found: values are returned, these are collected on the way. */
export interface Reading {
  /** Problems found before submitting, by value path (crossBorderTrade, o2oStores[0].areaSqm). */
  problems: Map<string, string>;
  /** Every control read, by value path: where a problem reported for that path is shown. */
  controls: Map<string, Control>;
}

export interface Control {
  readonly field: FieldInfo;
  readonly element: HTMLElement;
  /** The value entered at `path`, or undefined when left blank. */
  read(path: string, reading: Reading): unknown;
  /** Shows a problem next to the control, or clears it (null). */
  showProblem(message: string | null): void;
  focus(): void;
  /** Puts text in a single box or select, as if typed (another control filling this one). */
  fill?(text: string): void;
}

type Parsed = { value: unknown } | { problem: string };

/** Money is typed in 万 (ten thousand), as the policies state amounts. */
const MONEY_SCALE = 4;
const CURRENCIES: [string, string][] = [
  ["CNY", "人民币"],
  ["USD", "美元"],
];

/** A number as people type it: 1,200 / 1 200 / full-width digits; null if it is not one. */
function decimalText(raw: string): string | null {
  const text = raw.normalize("NFKC").replace(/[,\s]/g, "");
  return /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? text : null;
}

/**
 * Parses a typed number and moves its decimal point by `scale` places in the text, so that
 * 0.07 万 is exactly 700 and 3.45 % exactly 0.0345. The profile declares every amount, count and
 * quantity non-negative; only ratios (a growth rate) may be below zero.
 */
function parseNumber(raw: string, field: FieldInfo, scale: number): Parsed {
  const text = decimalText(raw);
  if (text === null) return { problem: "应为数字" };
  const value = Number(`${text}e${scale}`);
  if (field.type !== "ratio" && value < 0) return { problem: "不能小于0" };
  if (field.type === "integer" && !Number.isInteger(value)) return { problem: "应为整数" };
  return { value };
}

/**
 * The shared part of every control: the problem line and registration under its value path.
 * `described` is what carries the hint and the problem for assistive technology: the input of a
 * single box, the fieldset of a group.
 */
function frame(field: FieldInfo, element: HTMLElement, described: HTMLElement, focusable: () => HTMLElement | null, read: (path: string, reading: Reading) => unknown): Control {
  const problem = h("p", { class: "problem", id: uid("problem"), hidden: true });
  element.append(problem);
  described.setAttribute("aria-describedby", [element.querySelector(":scope > .hint")?.id, problem.id].filter(Boolean).join(" "));
  const control: Control = {
    field,
    element,
    read(path, reading) {
      reading.controls.set(path, control);
      return read(path, reading);
    },
    showProblem(message) {
      problem.textContent = message ?? "";
      problem.hidden = message === null;
      element.classList.toggle("has-problem", message !== null);
      if (message === null) described.removeAttribute("aria-invalid");
      else described.setAttribute("aria-invalid", "true");
    },
    focus: () => focusable()?.focus(),
  };
  return control;
}

const hint = (field: FieldInfo) => (field.ask ? h("p", { class: "hint", id: uid("hint") }, field.ask) : null);

/** The class of a control's frame, by field type: field-money, field-enum-multi … */
const typeClass = (field: FieldInfo) => `field field-${field.type.replace("[]", "-multi")}`;

/** A labelled box or select whose text `parse` turns into the value; blank is unknown. */
function single(field: FieldInfo, input: HTMLInputElement | HTMLSelectElement, parse: (raw: string) => Parsed, ...after: Node[]): Control {
  input.id = uid(field.key);
  const element = h(
    "div",
    { class: typeClass(field) },
    h("label", { for: input.id }, field.label, field.required ? h("span", { class: "required", "aria-hidden": "true" }, " *") : null),
    h("div", { class: "input-row" }, input, ...after),
    hint(field),
  );
  if (field.required) input.required = true;
  const control = frame(field, element, input, () => input, (path, reading) => {
    const raw = input.value.trim();
    if (raw === "") {
      if (field.required) reading.problems.set(path, input instanceof HTMLSelectElement ? `请选择${field.label}` : `请填写${field.label}`);
      return undefined;
    }
    const parsed = parse(raw);
    if ("problem" in parsed) {
      reading.problems.set(path, parsed.problem);
      return undefined;
    }
    return parsed.value;
  });
  control.fill = (text) => {
    input.value = text;
  };
  return control;
}

const placeholder = (field: FieldInfo) => (field.example ? `例：${field.example}` : false);

function numberBox(field: FieldInfo): HTMLInputElement {
  return h("input", { type: "text", inputmode: field.type === "integer" ? "numeric" : "decimal", autocomplete: "off", placeholder: placeholder(field) });
}

function money(field: FieldInfo): Control {
  const amount = numberBox(field);
  const currency = h("select", { id: uid("currency") }, CURRENCIES.map(([value, label]) => h("option", { value }, label)));
  return single(
    field,
    amount,
    (raw) => {
      const parsed = parseNumber(raw, field, MONEY_SCALE);
      return "problem" in parsed ? parsed : { value: { amount: parsed.value, currency: currency.value } };
    },
    h("span", { class: "unit" }, "万"),
    h("label", { for: currency.id, class: "visually-hidden" }, `${field.label}的币种`),
    currency,
  );
}

function choice(field: FieldInfo): Control {
  const options = Object.entries(field.choices ?? {}).map(([value, label]) => h("option", { value }, label));
  const blank = h("option", { value: "" }, field.required ? "请选择" : "不清楚");
  return single(field, h("select", {}, blank, options), (raw) => ({ value: raw }));
}

/** A group of options under a legend: radios for 是/否/不清楚, checkboxes for a multiple choice. */
function optionGroup(field: FieldInfo, type: "radio" | "checkbox", options: [string, string][], value: (checked: string[]) => unknown): Control {
  const name = uid(field.key);
  const inputs = options.map(([v]) => h("input", { type, name, value: v }));
  const element = h(
    "fieldset",
    { class: typeClass(field) },
    h("legend", {}, field.label),
    h("div", { class: "options" }, options.map(([, label], i) => h("label", { class: "check" }, inputs[i]!, label))),
    hint(field),
  );
  if (type === "radio") inputs[inputs.length - 1]!.checked = true; // 不清楚 until answered
  return frame(field, element, element, () => inputs[0] ?? null, () => value(inputs.filter((i) => i.checked).map((i) => i.value)));
}

function yesNo(field: FieldInfo): Control {
  return optionGroup(field, "radio", [["true", "是"], ["false", "否"], ["", "不清楚"]], ([checked]) => (checked === "" ? undefined : checked === "true"));
}

function multipleChoice(field: FieldInfo): Control {
  return optionGroup(field, "checkbox", Object.entries(field.choices ?? {}), (checked) => (checked.length ? checked : undefined));
}

/** Reads sub-fields into an object; undefined when none of them is known. */
function readChildren(children: Control[], path: string, reading: Reading): Record<string, unknown> | undefined {
  const entries = children.map((c) => [c.field.key, c.read(`${path}.${c.field.key}`, reading)] as const).filter(([, v]) => v !== undefined);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function group(field: FieldInfo): Control {
  const children = (field.children ?? []).map(createControl);
  const element = h("fieldset", { class: typeClass(field) }, h("legend", {}, field.label), hint(field), h("div", { class: "fields" }, children.map((c) => c.element)));
  return frame(field, element, element, () => children[0]?.element.querySelector("input, select") ?? null, (path, reading) => readChildren(children, path, reading));
}

/** A list: items added and removed one by one, or marked as none (an empty list, not unknown). */
function list(field: FieldInfo): Control {
  const itemLabel = field.itemLabel ?? field.label;
  const items: { element: HTMLFieldSetElement; legend: HTMLLegendElement; children: Control[] }[] = [];
  const container = h("div", { class: "items" });
  const none = h("input", { type: "checkbox" });
  const noneLabel = h("label", { class: "check" }, none, `没有${itemLabel}`);
  const add = button(`添加${itemLabel}`, () => {
    none.checked = false;
    const children = (field.children ?? []).map(createControl);
    const legend = h("legend", {});
    const item = { element: h("fieldset", { class: "item" }, legend, h("div", { class: "fields" }, children.map((c) => c.element))), legend, children };
    item.element.append(button("删除", () => remove(item), { class: "remove" }));
    items.push(item);
    container.append(item.element);
    relabel();
    children[0]?.focus();
  }, { class: "add" });

  function remove(item: (typeof items)[number]): void {
    items.splice(items.indexOf(item), 1);
    item.element.remove();
    relabel();
    add.focus();
  }

  function relabel(): void {
    items.forEach((item, i) => {
      item.legend.textContent = `第${i + 1}个${itemLabel}`;
      item.element.querySelector(".remove")!.setAttribute("aria-label", `删除第${i + 1}个${itemLabel}`);
    });
    noneLabel.hidden = items.length > 0;
  }

  const element = h("fieldset", { class: typeClass(field) }, h("legend", {}, field.label), hint(field), container, h("div", { class: "list-actions" }, add, noneLabel));
  return frame(field, element, element, () => add, (path, reading) => {
    if (items.length === 0) return none.checked ? [] : undefined;
    return items.map((item, i) => readChildren(item.children, `${path}[${i}]`, reading) ?? {});
  });
}

export function createControl(field: FieldInfo): Control {
  switch (field.type) {
    case "money":
      return money(field);
    case "integer":
    case "number":
      return single(field, numberBox(field), (raw) => parseNumber(raw, field, 0), ...(field.unit ? [h("span", { class: "unit" }, field.unit)] : []));
    case "ratio":
      return single(field, numberBox(field), (raw) => parseNumber(raw, field, -2), h("span", { class: "unit" }, "%"));
    case "boolean":
      return yesNo(field);
    case "enum":
      return choice(field);
    case "enum[]":
      return multipleChoice(field);
    case "date":
      return single(field, h("input", { type: "date" }), (raw) => ({ value: raw }));
    case "text":
      return field.choices ? choice(field) : single(field, h("input", { type: "text", placeholder: placeholder(field) }), (raw) => ({ value: raw }));
    case "object":
      return group(field);
    case "list":
      return list(field);
  }
}
