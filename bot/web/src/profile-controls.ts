// One form control per profile field, chosen by the field's declared type alone: money as a box
// in 万 with a currency selector, read by the money parser every channel shares; booleans as
// 是/否/不清楚; enums as selects; objects as groups of their sub-fields; lists as items to add
// and remove. A blank control means "unknown" and contributes nothing to the profile, as the API
// expects. Which sub-fields show is the form plan's to say (Visibility), item by item.
import type { Currency } from "../../../policies/money.ts";
import { formatMoney } from "../../../policies/money.ts";
import { readMoneyInput, type MoneyInput } from "../../../policies/money-input.ts";
import { readMonths, readQuantity } from "../../../policies/numbers.ts";
import type { FieldInfo } from "./api.ts";
import { button, h, uid } from "./dom.ts";

/** What reading the form found: values are returned, these are collected on the way. */
export interface Reading {
  /** Problems found before submitting, by value path (crossBorderTrade, o2oStores[0].areaSqm). */
  problems: Map<string, string>;
  /** Every control read, by value path: where a problem reported for that path is shown. */
  controls: Map<string, Control>;
}

/** Which fields the form asks: a sub-field by its declaration path, an item's field given the item's choices so far. */
export interface Visibility {
  asked(path: string): boolean;
  askedInItem(list: string, key: string, choices: Readonly<Record<string, string>>): boolean;
}

/** A money control's figure, and a way to have it confirmed when it looks out of scale. */
export interface MoneyCheck {
  /** The amount read, in yuan or dollars, or undefined. */
  value(): MoneyInput | undefined;
  /** Whether the person confirmed the figure now read. */
  confirmed(): boolean;
  /** Asks the person to confirm the figure, saying why (and offering the figure in yuan when a bare number was taken in 万). */
  askToConfirm(why: string): void;
  focus(): void;
  readonly label: string;
}

export interface Control {
  readonly field: FieldInfo;
  readonly element: HTMLElement;
  /** The value entered at `path`, or undefined when left blank (or not asked). */
  read(path: string, reading: Reading): unknown;
  /** Shows a problem next to the control, or clears it (null). */
  showProblem(message: string | null): void;
  focus(): void;
  /** Puts text in a single box or select, as if typed (another control filling this one). */
  fill?(text: string): void;
  /** Shows the sub-fields the form asks, hides the rest (which are then not read). */
  show(visibility: Visibility): void;
  /** For a money control, or for an object's or a list's money sub-fields. */
  moneyChecks(): MoneyCheck[];
}

type Parsed = { value: unknown } | { problem: string };

/** Money is typed in 万 (ten thousand), as the policies state amounts. */
const MONEY_SCALE = 10_000;
const CURRENCIES: [Currency, string][] = [
  ["CNY", "人民币"],
  ["USD", "美元"],
];

/** A number as people type it: 1,200 / 1 200 / full-width digits; null if it is not one. */
function decimalText(raw: string): string | null {
  const text = raw.normalize("NFKC").replace(/[,\s]/g, "");
  return /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? text : null;
}

/** A ratio typed in %: the decimal point moves two places in the text, so 3.45 is exactly 0.0345. A growth may be negative. */
function parsePercent(raw: string): Parsed {
  const text = decimalText(raw.replace(/[%％]$/u, ""));
  return text === null ? { problem: "应为百分数，如 12 或 12%" } : { value: Number(`${text}e-2`) };
}

/** A count or a measure, read as the chat reads it: 1200平方米, 60家, 一年半 (months). */
function parseAmountOf(raw: string, field: FieldInfo): Parsed {
  const reading = field.unit === "个月" ? readMonths(raw) : readQuantity(raw, field.unit);
  if (!reading.ok) return { problem: `应为数字${field.unit ? `（单位：${field.unit}）` : ""}` };
  const value = reading.value;
  if (field.type === "integer" && !Number.isInteger(value)) return { problem: "应为整数" };
  return { value };
}

const none: Pick<Control, "show" | "moneyChecks"> = { show: () => undefined, moneyChecks: () => [] };

/**
 * The shared part of every control: the problem line and registration under its value path.
 * `described` is what carries the hint and the problem for assistive technology: the input of a
 * single box, the fieldset of a group.
 */
function frame(
  field: FieldInfo,
  element: HTMLElement,
  described: HTMLElement,
  focusable: () => HTMLElement | null,
  read: (path: string, reading: Reading) => unknown,
  extra: Pick<Control, "show" | "moneyChecks"> = none,
): Control {
  const problem = h("p", { class: "problem", id: uid("problem"), hidden: true });
  element.append(problem);
  described.setAttribute("aria-describedby", Array.from(element.querySelectorAll(":scope > .hint, :scope > .reading"), (e) => e.id).concat(problem.id).join(" "));
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
    ...extra,
  };
  return control;
}

const hint = (field: FieldInfo) => (field.ask ? h("p", { class: "hint", id: uid("hint") }, field.ask) : null);

/** The class of a control's frame, by field type: field-money, field-enum-multi … */
const typeClass = (field: FieldInfo) => `field field-${field.type.replace("[]", "-multi")}`;

function labelled(field: FieldInfo, input: HTMLInputElement | HTMLSelectElement, after: Node[], below: (Node | null)[] = []): HTMLElement {
  input.id = uid(field.key);
  if (field.required) input.required = true;
  return h(
    "div",
    { class: typeClass(field) },
    h("label", { for: input.id }, field.label, field.required ? h("span", { class: "required", "aria-hidden": "true" }, " *") : null),
    h("div", { class: "input-row" }, input, ...after),
    hint(field),
    ...below,
  );
}

/** Reads a box's text with `parse`; blank is unknown, or a problem when the field is required. */
function readText(field: FieldInfo, input: HTMLInputElement | HTMLSelectElement, parse: (raw: string) => Parsed, path: string, reading: Reading): unknown {
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
}

/** A labelled box or select whose text `parse` turns into the value. */
function single(field: FieldInfo, input: HTMLInputElement | HTMLSelectElement, parse: (raw: string) => Parsed, ...after: Node[]): Control {
  const element = labelled(field, input, after);
  const control = frame(field, element, input, () => input, (path, reading) => readText(field, input, parse, path, reading));
  control.fill = (text) => {
    input.value = text;
  };
  return control;
}

const placeholder = (field: FieldInfo) => (field.example ? `例：${field.example}` : false);

function numberBox(field: FieldInfo): HTMLInputElement {
  return h("input", { type: "text", inputmode: field.type === "integer" ? "numeric" : "decimal", autocomplete: "off", placeholder: placeholder(field) });
}

/**
 * Money: a box in 万 with a currency selector. The text may say its own unit and currency
 * (200万美元, 1.2亿, 三千万), which win; what the box will count is shown beneath it as it is
 * typed. A figure the form finds out of scale waits for the person's confirmation.
 */
function money(field: FieldInfo): Control {
  const amount = h("input", { type: "text", inputmode: "text", autocomplete: "off", placeholder: placeholder(field) });
  const currency = h("select", { id: uid("currency") }, CURRENCIES.map(([value, label]) => h("option", { value }, label)));
  const readingLine = h("p", { class: "reading", id: uid("reading"), "aria-live": "polite" });
  const confirmBox = h("input", { type: "checkbox" });
  const fixButton = h("button", { type: "button", class: "link" });
  const why = h("span", {});
  const confirmation = h("div", { class: "scale-check", hidden: true }, why, fixButton, h("label", { class: "check" }, confirmBox, "金额无误"));
  const element = labelled(
    field,
    amount,
    [h("span", { class: "unit" }, "万"), h("label", { for: currency.id, class: "visually-hidden" }, `${field.label}的币种`), currency],
    [readingLine, confirmation],
  );
  const current = () => {
    const text = amount.value.trim();
    return text ? readMoneyInput(text, { scale: MONEY_SCALE, currency: currency.value as Currency }) : undefined;
  };
  /** The figure the person confirmed, so a changed figure is asked about again. */
  let confirmedText: string | null = null;
  const update = () => {
    const value = current();
    // A currency named in the text is the currency: the selector follows it.
    if (value?.ownUnit && value.currency !== currency.value) currency.value = value.currency;
    readingLine.textContent = value ? `按${formatMoney(value)}计` : "";
    if (confirmBox.checked) confirmedText = `${amount.value}|${currency.value}`;
    if (confirmedText !== `${amount.value}|${currency.value}`) {
      confirmBox.checked = false;
      confirmation.hidden = true;
    }
  };
  amount.addEventListener("input", update);
  currency.addEventListener("change", update);
  confirmBox.addEventListener("change", update);

  const check: MoneyCheck = {
    label: field.label,
    value: () => current() ?? undefined,
    confirmed: () => confirmedText === `${amount.value}|${currency.value}` && confirmBox.checked,
    askToConfirm(reason) {
      why.textContent = `请核对：${reason}。`;
      // A bare number was taken in 万: it may have been meant in yuan.
      const unitText = `${amount.value.trim()}${currency.value === "USD" ? "美元" : "元"}`;
      const asYuan = current()?.ownUnit === false ? readMoneyInput(unitText, { scale: MONEY_SCALE, currency: currency.value as Currency }) : null;
      fixButton.hidden = !asYuan;
      if (asYuan) {
        fixButton.textContent = `改为${formatMoney(asYuan)}`;
        fixButton.onclick = () => {
          amount.value = unitText;
          update();
          amount.focus();
        };
      }
      confirmation.hidden = false;
    },
    focus: () => amount.focus(),
  };
  const parse = (raw: string): Parsed => {
    const value = readMoneyInput(raw, { scale: MONEY_SCALE, currency: currency.value as Currency });
    return value ? { value: { amount: value.amount, currency: value.currency } } : { problem: "没看懂这个金额：可填“300”（万元）、“200万美元”“1.2亿”“三千万”" };
  };
  return frame(field, element, amount, () => amount, (path, reading) => readText(field, amount, parse, path, reading), {
    show: () => undefined,
    moneyChecks: () => [check],
  });
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

/** Reads the sub-fields shown into an object; undefined when none of them is known. */
function readChildren(children: Control[], path: string, reading: Reading): Record<string, unknown> | undefined {
  const entries = children
    .filter((c) => !c.element.hidden)
    .map((c) => [c.field.key, c.read(`${path}.${c.field.key}`, reading)] as const)
    .filter(([, v]) => v !== undefined);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

function group(field: FieldInfo): Control {
  const children = (field.children ?? []).map(createControl);
  const element = h("fieldset", { class: typeClass(field) }, h("legend", {}, field.label), hint(field), h("div", { class: "fields" }, children.map((c) => c.element)));
  const firstShown = () => children.find((c) => !c.element.hidden)?.element.querySelector<HTMLElement>("input, select") ?? null;
  return frame(field, element, element, firstShown, (path, reading) => readChildren(children, path, reading), {
    show(visibility) {
      for (const c of children) c.element.hidden = !visibility.asked(c.field.path);
    },
    moneyChecks: () => children.filter((c) => !c.element.hidden).flatMap((c) => c.moneyChecks()),
  });
}

interface Item {
  element: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  children: Control[];
}

/** The values an item's choices (its enum fields) hold so far: what decides its other fields. */
function itemChoices(item: Item): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const c of item.children) {
    const select = c.field.type === "enum" ? c.element.querySelector("select") : null;
    if (select?.value) choices[c.field.key] = select.value;
  }
  return choices;
}

/** A list: items added and removed one by one, or marked as none (an empty list, not unknown). */
function list(field: FieldInfo): Control {
  const itemLabel = field.itemLabel ?? field.label;
  const items: Item[] = [];
  let visibility: Visibility | null = null;
  const container = h("div", { class: "items" });
  const noneBox = h("input", { type: "checkbox" });
  const noneLabel = h("label", { class: "check" }, noneBox, `没有${itemLabel}`);

  /** An item shows the fields its choices so far make matter (a leased warehouse's rent, not its equipment). */
  const showItem = (item: Item) => {
    if (!visibility) return;
    const choices = itemChoices(item);
    for (const c of item.children) c.element.hidden = !visibility.askedInItem(field.path, c.field.key, choices);
  };
  const add = button(`添加${itemLabel}`, () => {
    noneBox.checked = false;
    const children = (field.children ?? []).map(createControl);
    const legend = h("legend", {});
    const item: Item = { element: h("fieldset", { class: "item" }, legend, h("div", { class: "fields" }, children.map((c) => c.element))), legend, children };
    item.element.append(button("删除", () => remove(item), { class: "remove" }));
    item.element.addEventListener("change", () => showItem(item));
    items.push(item);
    container.append(item.element);
    relabel();
    showItem(item);
    children.find((c) => !c.element.hidden)?.focus();
  }, { class: "add" });

  function remove(item: Item): void {
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
  return frame(
    field,
    element,
    element,
    () => add,
    (path, reading) => {
      if (items.length === 0) return noneBox.checked ? [] : undefined;
      return items.map((item, i) => readChildren(item.children, `${path}[${i}]`, reading) ?? {});
    },
    {
      show(v) {
        visibility = v;
        items.forEach(showItem);
      },
      moneyChecks: () => items.flatMap((item) => item.children.filter((c) => !c.element.hidden).flatMap((c) => c.moneyChecks())),
    },
  );
}

export function createControl(field: FieldInfo): Control {
  switch (field.type) {
    case "money":
      return money(field);
    case "integer":
    case "number":
      return single(field, numberBox(field), (raw) => parseAmountOf(raw, field), ...(field.unit ? [h("span", { class: "unit" }, field.unit)] : []));
    case "ratio":
      return single(field, numberBox(field), parsePercent, h("span", { class: "unit" }, "%"));
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
