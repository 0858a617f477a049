// Client-side routing over the History API: the console's paths, parsed into routes. Links made
// with dom.link (data-route) change the view without loading the page; Back and Forward work, and
// the server answers every one of these paths with the page, so each can be loaded directly.

/**
 * The search's filters, as the URL carries them: city, document, and documents in force on a day
 * (`inForceOn`: "today", read as today when the link is opened, or a date).
 */
export interface SearchFilters {
  city?: string;
  docId?: string;
  inForceOn?: string;
}

const FILTER_PARAMS = { city: "city", docId: "doc", inForceOn: "inForceOn" } as const satisfies Record<keyof SearchFilters, string>;

export type Route =
  | { view: "search"; question: string; filters: SearchFilters }
  | { view: "documents" }
  | { view: "document"; docId: string; clauseId: string | null }
  | { view: "screen" }
  /** `ask`: a question to put to the chat and start the screening with the figures it states. */
  | { view: "chat"; ask: string | null }
  | { view: "notices" }
  | { view: "notFound" };

/** A view of the console: built once, kept while the user moves between views, shown for its routes. */
export interface View {
  element: HTMLElement;
  show(route: Route): void;
}

export function parseRoute(location: Location | URL): Route {
  const path = location.pathname.replace(/\/+$/, "") || "/";
  if (path === "/") {
    const params = new URLSearchParams(location.search);
    const filters: SearchFilters = {};
    for (const [name, param] of Object.entries(FILTER_PARAMS) as [keyof SearchFilters, string][]) {
      const value = params.get(param);
      if (value) filters[name] = value;
    }
    return { view: "search", question: params.get("q") ?? "", filters };
  }
  if (path === "/doc") return { view: "documents" };
  if (path === "/screen") return { view: "screen" };
  if (path === "/chat") return { view: "chat", ask: new URLSearchParams(location.search).get("ask") };
  if (path === "/notices") return { view: "notices" };
  const doc = /^\/doc\/([^/]+)$/.exec(path);
  if (doc) {
    const clauseId = decodeURIComponent(location.hash.slice(1));
    return { view: "document", docId: decodeURIComponent(doc[1]!), clauseId: clauseId || null };
  }
  return { view: "notFound" };
}

export const documentUrl = (docId: string, clauseId?: string) =>
  `/doc/${encodeURIComponent(docId)}${clauseId ? `#${encodeURI(clauseId)}` : ""}`;

/** /chat?ask=…: the chat puts the question and starts the screening prefilled with the figures it states. */
export const prefilledChatUrl = (question: string) => `/chat?${new URLSearchParams({ ask: question })}`;

/** /?q=…&city=…&doc=…&inForceOn=…: a question with every filter, so a shared link asks the same. */
export function searchUrl(question: string, filters: SearchFilters = {}): string {
  if (!question) return "/";
  const params = new URLSearchParams({ q: question });
  for (const [name, param] of Object.entries(FILTER_PARAMS) as [keyof SearchFilters, string][]) {
    const value = filters[name];
    if (value) params.set(param, value);
  }
  return `/?${params}`;
}

type Listener = (route: Route) => void;
let listener: Listener = () => undefined;

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  listener(parseRoute(window.location));
}

/** Starts routing: `onRoute` runs now, and on every in-app link, Back/Forward and hash change. */
export function startRouter(onRoute: Listener): void {
  listener = onRoute;
  document.addEventListener("click", (event) => {
    const anchor = (event.target as Element | null)?.closest?.("a[data-route]");
    if (!(anchor instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // new tab or window: the browser's job
    event.preventDefault();
    navigate(anchor.href);
  });
  window.addEventListener("popstate", () => listener(parseRoute(window.location)));
  window.addEventListener("hashchange", () => listener(parseRoute(window.location)));
  listener(parseRoute(window.location));
}
