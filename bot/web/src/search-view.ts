// 政策问答: a question in, the answer and its citations out — each citation with 文号, clause,
// validity and the clause text, the part the answer rests on highlighted, linked to the clause in
// its document. In hotline mode the answer also comes as a script to read out or copy.
import { todayInChina } from "../../../corpus/dates.ts";
import { citationName } from "../../../retrieval/citation-name.ts";
import { api, ApiError, type AskRequest, type AskResult, type Citation } from "./api.ts";
import { append, h, link, replace, uid } from "./dom.ts";
import { highlightClause } from "./highlight.ts";
import { answerScript, copyButton } from "./hotline.ts";
import { documentUrl, navigate, searchUrl, type Route, type View } from "./router.ts";
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
    h("p", { class: "clause-text" }, ...highlightClause(c.text, c.title, result.answer, result.question)),
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

function resultView(result: AskResult): HTMLElement[] {
  if (result.noAnswer) {
    return [
      h("section", { class: "answer no-answer" }, h("h3", {}, "未找到依据"), h("p", { class: "answer-text" }, result.answer)),
      hotlineScript(result),
    ];
  }
  return [
    h("section", { class: "answer" }, h("h3", {}, "回答"), h("div", { class: "answer-text" }, result.answer)),
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
        "的是与问题相同的词。点文号可在文件中查看该条款。",
      ),
      h("ol", { class: "citation-list" }, result.citations.map((c, i) => citationItem(c, i + 1, result))),
    ),
  ];
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
  const inForce = h("input", { id: "search-in-force", type: "checkbox" });
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
      h("label", { class: "check" }, inForce, "只查现行有效的文件"),
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

  // The cities to filter by are the ones the profile declares.
  void api.profileCatalogue().then(
    (catalogue) => {
      const choices = catalogue.fields.find((f) => f.path === "city")?.choices ?? {};
      append(city, Object.entries(choices).map(([code, label]) => h("option", { value: code }, label)));
    },
    () => undefined, // the filter stays at 全部城市; the search itself reports a dead server
  );

  let shown: string | null = null;

  async function run(question: string): Promise<void> {
    shown = question;
    const request: AskRequest = { question };
    if (city.value) request.city = city.value as AskRequest["city"];
    if (inForce.checked) request.inForceOn = todayInChina();
    results.setAttribute("aria-busy", "true");
    replace(results, h("p", { class: "loading" }, "正在检索…"));
    try {
      const result = await api.ask(request);
      if (shown === question) replace(results, resultView(result));
    } catch (err) {
      const message = err instanceof ApiError ? err.message : "检索失败，请稍后再试。";
      if (shown === question) replace(results, h("p", { class: "error", role: "alert" }, message));
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
    // The question goes into the URL, so an answer can be shared and Back returns to the last one.
    if (new URLSearchParams(location.search).get("q") === question) void run(question);
    else navigate(searchUrl(question));
  });

  return {
    element,
    show(route: Route) {
      if (route.view !== "search") return;
      if (route.question && route.question !== shown) {
        input.value = route.question;
        void run(route.question);
      }
      if (!route.question) input.focus();
    },
  };
}
