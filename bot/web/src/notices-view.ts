// 提醒: the notices the chat session's saved profile has today — what a subscriber gets pushed in
// Telegram (/subscribe there). Read from GET /api/chat/notices each time the view is shown, with
// the chat's session cookie; each notice says whether it has been sent.
import { api, ApiError, type NoticesResponse } from "./api.ts";
import { h, link, replace } from "./dom.ts";
import type { View } from "./router.ts";

const KIND_LABELS: Record<NoticesResponse["notices"][number]["kind"], string> = { ending: "即将到期", new_document: "新政策", validity_changed: "有效期变更" };

function list(data: NoticesResponse): HTMLElement[] {
  if (!data.profile) return [h("p", { class: "empty" }, "对话中还没有保存完整的企业信息。请先在", link("/chat", { "data-route": "" }, "对话"), "中完成预筛查（/screen）。")];
  const status = h("p", { class: "intro" }, `${data.today}的提醒${data.subscribed ? "（已订阅）" : "（未订阅：在 Telegram 中发送 /subscribe 后每天推送）"}`);
  if (!data.notices.length) return [status, h("p", { class: "empty" }, "目前没有需要提醒的事项。")];
  return [
    status,
    h("ol", { class: "notices" }, data.notices.map((n) =>
      h("li", { class: `notice ${n.kind}` },
        h("p", { class: "notice-kind" }, KIND_LABELS[n.kind], n.sentAt ? `（已于${n.sentAt.slice(0, 10)}发送）` : ""),
        h("p", { class: "message-text" }, n.text)))),
  ];
}

export function createNoticesView(): View {
  const body = h("div", { class: "notices-body", "aria-live": "polite" });
  const element = h("section", { class: "view notices-view", "aria-labelledby": "notices-title" }, h("h2", { id: "notices-title" }, "提醒"), body);
  return {
    element,
    show() {
      replace(body, h("p", {}, "正在读取…"));
      api.notices().then(
        (data) => replace(body, list(data)),
        (err: unknown) => replace(body, h("p", { class: "error", role: "alert" }, err instanceof ApiError ? err.message : String(err))),
      );
    },
  };
}
