// 政策文件: the documents with issuer, dates and validity; one document with every clause in
// reading order under its section headings. Each clause's id is its clauseId, so
// /doc/:docId#clauseId scrolls to the clause and highlights it, also when loaded directly.
import { api, ApiError, type DocumentClause, type DocumentSummary, type DocumentWithClauses } from "./api.ts";
import { h, link, replace } from "./dom.ts";
import { documentUrl, type Route, type View } from "./router.ts";
import { validityBadge } from "./validity.ts";

const inForceText = (d: DocumentSummary) => (d.inForce.to ? `${d.inForce.from} 至 ${d.inForce.to}` : `${d.inForce.from} 起，文件未规定截止日期`);

function facts(d: DocumentSummary): HTMLElement {
  const rows: [string, Node | string][] = [
    ["文号", d.docNumber],
    ["发文机关", d.issuer],
    ["印发日期", d.issuedOn],
    ["施行期限", inForceText(d)],
    ["效力", validityBadge(d.validity)],
    ["咨询部门", d.contact ?? `文件未指明，发文机关为${d.issuer}`],
  ];
  return h("dl", { class: "doc-facts" }, rows.flatMap(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
}

function documentList(documents: DocumentSummary[]): HTMLElement[] {
  return [
    h("h2", { id: "documents-title" }, "政策文件"),
    h("p", { class: "intro" }, `共${documents.length}份文件，效力按今日（北京时间）计算。点文件名查看全部条款。`),
    h(
      "ul",
      { class: "doc-list" },
      documents.map((d) =>
        h(
          "li",
          { class: "doc-card" },
          h("h3", {}, link(documentUrl(d.docId), {}, `${d.docNumber}《${d.title}》`)),
          facts(d),
          h("p", { class: "clause-count" }, `${d.clauseCount}个条款`),
        ),
      ),
    ),
  ];
}

const clauseHeading = (c: DocumentClause) => `${c.label}${c.title ? ` ${c.title}` : ""}`;

/** The clauses, with a section heading wherever the headings above a clause change. */
function clauseList(doc: DocumentWithClauses): HTMLElement {
  const list = h("div", { class: "clauses" });
  const trail = (headings: string[], depth: number) => headings.slice(0, depth + 1).join("\n");
  let previous: string[] = [];
  for (const clause of doc.clauses) {
    clause.headings.forEach((heading, depth) => {
      if (trail(previous, depth) !== trail(clause.headings, depth)) list.append(h("h3", { class: `section-heading depth-${depth}` }, heading));
    });
    previous = clause.headings;
    const titleId = `title-${clause.clauseId}`;
    list.append(
      h(
        "article",
        { class: "clause", id: clause.clauseId, tabindex: -1, "aria-labelledby": titleId },
        h(
          "h4",
          { class: "clause-title", id: titleId },
          link(documentUrl(doc.docId, clause.clauseId), { class: "clause-anchor", title: "本条链接" }, clause.label),
          clause.title ? ` ${clause.title}` : "",
        ),
        h("p", { class: "clause-text" }, clause.text),
      ),
    );
  }
  return list;
}

function documentPage(doc: DocumentWithClauses): HTMLElement[] {
  return [
    h("nav", { class: "breadcrumb no-print", "aria-label": "位置" }, link("/doc", {}, "政策文件"), " › ", doc.docNumber),
    // Stays in view while reading any clause, so a linked clause shows which document it is in and whether that is in force.
    h("div", { class: "doc-bar" }, h("span", { class: "doc-bar-number" }, doc.docNumber), validityBadge(doc.validity)),
    h("h2", { id: "documents-title" }, doc.title),
    facts(doc),
    h(
      "details",
      { class: "toc no-print" },
      h("summary", {}, `条款目录（${doc.clauses.length}条）`),
      h("ol", {}, doc.clauses.map((c) => h("li", {}, link(documentUrl(doc.docId, c.clauseId), {}, clauseHeading(c))))),
    ),
    clauseList(doc),
  ];
}

export function createDocumentsView(): View {
  const element = h("section", { class: "view documents-view", "aria-labelledby": "documents-title" });
  const notice = h("p", { class: "notice", role: "status" });
  let shownDocId: string | null = null;

  function failure(err: unknown): HTMLElement[] {
    const message = err instanceof ApiError ? err.message : "加载失败，请稍后再试。";
    return [h("h2", { id: "documents-title" }, "政策文件"), h("p", { class: "error", role: "alert" }, message), link("/doc", {}, "查看全部政策文件")];
  }

  /**
   * Scrolls to the clause and marks it; focus follows, so a keyboard user continues from there.
   * A fragment that is no clause id of this document (the skip link's #main) is left alone.
   */
  function target(docId: string, clauseId: string | null): void {
    element.querySelector(".clause.targeted")?.classList.remove("targeted");
    notice.textContent = "";
    if (!clauseId?.startsWith(`${docId}/`)) return;
    const clause = document.getElementById(clauseId);
    if (!clause?.classList.contains("clause")) {
      notice.textContent = `本文件中没有条款“${clauseId}”。`;
      return;
    }
    clause.classList.add("targeted");
    clause.focus({ preventScroll: true });
    clause.scrollIntoView({ block: "start" });
  }

  async function showDocument(docId: string): Promise<void> {
    if (shownDocId === docId) return;
    shownDocId = docId;
    replace(element, h("p", { class: "loading" }, "正在加载文件…"));
    try {
      const doc = await api.document(docId);
      if (shownDocId === docId) replace(element, notice, ...documentPage(doc));
    } catch (err) {
      if (shownDocId === docId) replace(element, ...failure(err));
    }
  }

  async function showList(): Promise<void> {
    shownDocId = null;
    replace(element, h("p", { class: "loading" }, "正在加载文件列表…"));
    try {
      const documents = await api.documents();
      if (shownDocId === null) replace(element, ...documentList(documents));
    } catch (err) {
      replace(element, ...failure(err));
    }
  }

  return {
    element,
    show(route: Route) {
      if (route.view === "documents") void showList();
      else if (route.view === "document") void showDocument(route.docId).then(() => target(route.docId, route.clauseId));
    },
  };
}
