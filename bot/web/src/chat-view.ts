// 对话: the guided dialogue over POST /api/chat — the same conversation as the Telegram bot. The
// session lives in a cookie the server sets (HttpOnly: this script never sees its id), so a reload
// continues the screening where it was; replies are messages, their buttons send {button: data},
// and typed /commands (/screen, /help, /forget …) work.
import { api, ApiError, type ChatRequest, type ChatResponse, type Reply } from "./api.ts";
import { button, h, replace } from "./dom.ts";
import type { View } from "./router.ts";

export function createChatView(): View {
  const log = h("div", { class: "chat-log", role: "log", "aria-live": "polite", "aria-label": "对话记录" });
  const mode = h("span", { class: "chat-mode", role: "status" });
  const input = h("input", { id: "chat-input", type: "text", maxlength: 1000, autocomplete: "off", placeholder: "输入问题或回答，如“出口信保有什么补贴？”、/screen" });
  const form = h(
    "form",
    { class: "chat-form" },
    h("label", { for: "chat-input" }, "消息"),
    input,
    h("button", { type: "submit", class: "primary" }, "发送"),
  );
  const element = h(
    "section",
    { class: "view chat-view", "aria-labelledby": "chat-title" },
    h("div", { class: "chat-head" }, h("h2", { id: "chat-title" }, "对话"), mode, button("清除对话", () => void forget(), { class: "forget" })),
    h("p", { class: "intro" }, "直接提问，或输入 /screen 开始逐项询问的预筛查；/help 查看全部命令。"),
    log,
    form,
  );

  let started = false;
  // Requests go one after another, so replies appear in the order the messages were sent.
  let queue: Promise<void> = Promise.resolve();

  function message(from: "user" | "bot", text: string, buttons: Reply["buttons"] = []): HTMLElement {
    const rows = buttons.map((row) => h("div", { class: "button-row" }, row.map((b) => button(b.label, () => send({ button: b.data }, b.label)))));
    const bubble = h("div", { class: `message ${from}` }, h("p", { class: "message-text" }, text), rows.length ? h("div", { class: "buttons" }, rows) : null);
    log.append(bubble);
    return bubble;
  }

  /** Scrolls the log (not the page) so a message's top shows: a long answer is read from its start. */
  function scrollTo(bubble: HTMLElement): void {
    log.scrollTop += bubble.getBoundingClientRect().top - log.getBoundingClientRect().top - 12;
  }

  function send(body: ChatRequest, shown?: string): Promise<void> {
    if (shown !== undefined) scrollTo(message("user", shown));
    queue = queue.then(async () => {
      try {
        const response: ChatResponse = await api.chat(body);
        mode.textContent = response.mode === "screening" ? "筛查进行中" : "";
        const bubbles = response.replies.map((reply) => message("bot", reply.text, reply.buttons));
        if (bubbles[0]) scrollTo(bubbles[0]);
      } catch (err) {
        const bubble = message("bot", err instanceof ApiError ? err.message : "发送失败，请稍后再试。");
        bubble.classList.add("error");
        scrollTo(bubble);
      }
    });
    return queue;
  }

  /** Deletes the session's data on the server (/forget, which also drops the cookie) and starts afresh. */
  async function forget(): Promise<void> {
    await send({ command: "forget" });
    replace(log);
    await send({ command: "start" });
    input.focus();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    void send({ text }, text);
  });

  return {
    element,
    show() {
      if (!started) {
        started = true;
        void send({ command: "start" });
      }
      input.focus();
    },
  };
}
