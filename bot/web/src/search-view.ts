// 政策问答: a question in, the answer and its citations out — each citation with 文号, document
// title, clause, validity and the clause text, the part the answer rests on highlighted, linked to
// the clause in its document. The question and its filters live in the URL, so a link asks the
// same again. When the filters excluded the evidence, the answer says so, lists what they
// excluded, and links to the question without them. In hotline mode the answer also comes as a
// script to read out or copy.
import { todayInChina } from "../../../corpus/dates.ts";
import { citationName } from "../../../retrieval/citation-name.ts";
import { api, ApiError, type AskRequest, type AskResult, type Citation } from "./api.ts";
import { append, h, link, replace, uid } from "./dom.ts";
import { highlightClause } from "./highlight.ts";
import { answerScript, copyButton } from "./hotline.ts";
import { documentUrl, navigate, prefilledChatUrl, searchUrl, type Route, type SearchFilters, type View } from "./router.ts";
import { validityBadge } from "./validity.ts";

function citationItem(c: Citation, n: number, result: AskResult): HTMLElement {
  return h(
    "li",
    { class: "citation", "data-clause-id": c.clauseId },
    h(
      "div",
      { class: "citation-head" },
      link(documentUrl(c.docId, c.clauseId), { class: "cite-link" }, `〔${n}〕${citationName(c)}`),
      validityBadge(c.validity),
    ),
    h("p", { class: "clause-text" }, ...highlightClause(c.text, c.title, result.answer, c.highlights)),
  );
}

function hotlineScript(result: AskResult): HTMLElement {
  const script = answerScript(result);
  const heading = uid("script-title");
  return h(
    "section",
    { class: "hotline-script", "aria-labelledby": heading },
    h("h3", { id: heading }, "热线答复口径"),
    h("pre", { class: "script-text" }, script),
    copyButton("复制答复口径", () => script),
  );
}

/** The filters excluded the evidence: what they excluded, and the question asked again without them. */
function excludedView(result: AskResult): HTMLElement {
  return h(
    "section",
    { class: "citations excluded" },
    h("h3", {}, `不加筛选条件时找到的条款（${result.related.length}条）`),
    h("p", {}, link(searchUrl(result.question), { class: "without-filters" }, "不加筛选条件再问")),
    h("ol", { class: "citation-list" }, result.related.map((c, i) => citationItem(c, i + 1, result))),
  );
}

function resultView(result: AskResult): HTMLElement[] {
  if (result.noAnswer) {
    return [
      h("section", { class: "answer no-answer" }, h("h3", {}, "未找到依据"), h("p", { class: "answer-text" }, result.answer)),
      result.reason === "filtered_out" && excludedView(result),
      hotlineScript(result),
    ].filter((e): e is HTMLElement => e !== false);
  }
  return [
    h(
      "section",
      { class: "answer" },
      h("h3", {}, "回答"),
      h("div", { class: "answer-text" }, result.answer),
      // The figures the question states can start a screening: in the chat, prefilled with them.
      result.estimate && h("p", { class: "prefill" }, link(prefilledChatUrl(result.question), {}, "按所述情况开始筛查")),
    ),
    hotlineScript(result),
    h(
      "section",
      { class: "citations" },
      h("h3", {}, `引用条款（${result.citations.length}条）`),
      h(
        "p",
        { class: "legend" },
        "条款原文中，",
        h("mark", { class: "quoted" }, "底色标出"),
        "的是回答引用的句子，",
        h("b", { class: "term" }, "加粗"),
        "的是与问题相同的词和数字。点文号可在文件中查看该条款。",
      ),
      h("ol", { class: "citation-list" }, result.citations.map((c, i) => citationItem(c, i + 1, result))),
    ),
  ];
}

/** What the URL's filters ask of the API; "today" is today in China when the question is asked. */
function askRequest(question: string, filters: SearchFilters): AskRequest {
  const request: AskRequest = { question };
  if (filters.city) request.city = filters.city;
  if (filters.docId) request.docId = filters.docId;
  if (filters.inForceOn) request.inForceOn = filters.inForceOn === "today" ? todayInChina() : filters.inForceOn;
  return request;
}

export function createSearchView(): View {
  const input = h("input", {
    id: "question",
    name: "q",
    type: "search",
    maxlength: 500,
    autocomplete: "off",
    placeholder: "例如：跨境电商企业出口信保有什么补贴？",
  });
  const city = h("select", { id: "search-city" }, h("option", { value: "" }, "全部城市"));
  const doc = h("select", { id: "search-doc" }, h("option", { value: "" }, "全部文件"));
  const inForce = h("input", { id: "search-in-force", type: "checkbox" });
  const day = h("input", { id: "search-day", type: "date", "aria-describedby": "search-day-hint" });
  const results = h("div", { class: "search-results", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "search-form", role: "search" },
    h("div", { class: "search-box" }, h("label", { for: "question" }, "问题"), input, h("button", { type: "submit", class: "primary" }, "搜索")),
    h(
      "div",
      { class: "search-filters" },
      h("label", { for: "search-city" }, "城市"),
      city,
      h("label", { for: "search-doc" }, "文件"),
      doc,
      h("label", { class: "check" }, inForce, "只查现行有效的文件"),
      h("label", { for: "search-day" }, "有效日期"),
      day,
      h("span", { id: "search-day-hint", class: "hint" }, "（不填为今天）"),
    ),
  );
  const element = h(
    "section",
    { class: "view search-view", "aria-labelledby": "search-title" },
    h("h2", { id: "search-title" }, "政策问答"),
    h("p", { class: "intro" }, "输入问题，回答附政策文件文号、条款原文和文件效力。"),
    form,
    results,
  );

  // The cities to filter by are the ones the profile declares; the documents, the corpus's. A
  // filter whose choices failed to load stays at 全部; the search itself reports a dead server.
  const choicesLoaded = Promise.all([
    api.profileCatalogue().then((catalogue) => {
      const choices = catalogue.fields.find((f) => f.path === "city")?.choices ?? {};
      append(city, Object.entries(choices).map(([code, label]) => h("option", { value: code }, label)));
    }),
    api.documents().then((documents) => append(doc, documents.map((d) => h("option", { value: d.docId }, `${d.docNumber}《${d.title}》`)))),
  ]).catch(() => undefined);

  const formFilters = (): SearchFilters => ({
    city: city.value || undefined,
    docId: doc.value || undefined,
    inForceOn: inForce.checked ? day.value || "today" : undefined,
  });
  const showFilters = (filters: SearchFilters) => {
    city.value = filters.city ?? "";
    doc.value = filters.docId ?? "";
    inForce.checked = Boolean(filters.inForceOn);
    day.value = filters.inForceOn && filters.inForceOn !== "today" ? filters.inForceOn : "";
  };
  // A date given is a filter of its own: it ticks the box.
  day.addEventListener("change", () => {
    if (day.value) inForce.checked = true;
  });

  /** The URL of the search shown, so that a route already shown is not asked again. */
  let shown: string | null = null;

  async function run(question: string, filters: SearchFilters): Promise<void> {
    const url = searchUrl(question, filters);
    shown = url;
    results.setAttribute("aria-busy", "true");
    replace(results, h("p", { class: "loading" }, "正在检索…"));
    try {
      const result = await api.ask(askRequest(question, filters));
      if (shown === url) replace(results, resultView(result));
    } catch (err) {
      const message = err instanceof ApiError ? err.message : "检索失败，请稍后再试。";
      if (shown === url) replace(results, h("p", { class: "error", role: "alert" }, message));
    } finally {
      results.removeAttribute("aria-busy");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) {
      replace(results, h("p", { class: "error", role: "alert" }, "请输入问题。"));
      input.focus();
      return;
    }
    // The question and filters go into the URL, so an answer can be shared and Back returns to the last one.
    const url = searchUrl(question, formFilters());
    if (`${location.pathname}${location.search}` === url) void run(question, formFilters());
    else navigate(url);
  });

  return {
    element,
    show(route: Route) {
      if (route.view !== "search") return;
      // The form shows the URL's filters once their choices are there.
      void choicesLoaded.then(() => showFilters(route.filters));
      if (route.question && searchUrl(route.question, route.filters) !== shown) {
        input.value = route.question;
        void run(route.question, route.filters);
      }
      if (!route.question) input.focus();
    },
  };
}
