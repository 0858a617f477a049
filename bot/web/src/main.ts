// The console's entry: one view per feature, built when first shown and kept afterwards (a
// search, a half-filled form and the chat survive switching views), chosen by the route.
import { createChatView } from "./chat-view.ts";
import { createDocumentsView } from "./documents-view.ts";
import { createNoticesView } from "./notices-view.ts";
import { h } from "./dom.ts";
import { initHotlineToggle } from "./hotline.ts";
import { startRouter, type Route, type View } from "./router.ts";
import { createScreenView } from "./screen-view.ts";
import { createSearchView } from "./search-view.ts";

type ViewKey = "search" | "documents" | "screen" | "chat" | "notices" | "notFound";

function createNotFoundView(): View {
  const element = h(
    "section",
    { class: "view" },
    h("h2", {}, "页面不存在"),
    h("p", {}, "这个地址没有对应的页面。可以从上方的菜单进入政策问答、政策文件、预筛查或对话。"),
  );
  return { element, show: () => undefined };
}

const VIEWS: Record<ViewKey, { title: string; create: () => View }> = {
  search: { title: "政策问答", create: createSearchView },
  documents: { title: "政策文件", create: createDocumentsView },
  screen: { title: "预筛查", create: createScreenView },
  chat: { title: "对话", create: createChatView },
  notices: { title: "提醒", create: createNoticesView },
  notFound: { title: "页面不存在", create: createNotFoundView },
};

const main = document.getElementById("main")!;
const views = new Map<ViewKey, View>();

function viewOf(route: Route): ViewKey {
  return route.view === "document" ? "documents" : route.view;
}

function show(route: Route): void {
  const key = viewOf(route);
  let view = views.get(key);
  if (!view) {
    view = VIEWS[key].create();
    views.set(key, view);
    main.append(view.element);
  }
  for (const [k, v] of views) v.element.hidden = k !== key;
  // Array.from: the project's lib has DOM without DOM.Iterable.
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>("nav.main-nav a"))) {
    if (a.dataset.view === key) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  document.title = `${VIEWS[key].title} - 跨境电商政策助手`;
  view.show(route);
}

initHotlineToggle(document.getElementById("hotline-mode") as HTMLInputElement);
startRouter(show);
