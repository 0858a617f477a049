// 对话: the guided dialogue over POST /api/chat — the same conversation as the Telegram bot. The
// session lives in a cookie the server sets (HttpOnly: this script never sees its id), and the
// server keeps the conversation with it, so a reload shows the messages and the pending question
// again; replies are messages, their buttons send {button: data}, and a button's label typed works
// as the tap.
import { api, ApiError, type ChatRequest, type ChatResponse, type Reply } from "./api.ts";
import { button, h, replace } from "./dom.ts";
import type { Route, View } from "./router.ts";

/** The button a reply offers to start the screening with the facts a question stated. */
const PREFILL = "pf";

/** The panel's own welcome: what it offers, with the buttons that start each. */
const WELCOME: Reply = {
  text: "您好，这里是跨境电商政策助手。可以直接输入政策问题（如“出口信保有什么补贴？”），答案附文件文号和条款原文；也可以点“开始筛查”，逐项回答后估算可申请的补贴。",
  buttons: [[{ label: "开始筛查", data: "scr" }, { label: "政策文件", data: "pol" }, { label: "我的信息", data: "prof" }]],
};

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
    h("p", { class: "intro" }, "直接提问，或点“开始筛查”逐项回答、估算补贴；回答可以点按钮，也可以直接输入。"),
    log,
    form,
  );

  let started = false;
  // Requests go one after another, so replies appear in the order the messages were sent.
  let queue: Promise<void> = Promise.resolve();

  function message(from: "user" | "bot", text: string, buttons: Reply["buttons"] = []): HTMLElement {
    const bubble = h("div", { class: `message ${from}` }, h("p", { class: "message-text" }, text));
    setButtons(bubble, buttons);
    log.append(bubble);
    return bubble;
  }

  /** The bubble's buttons, in place of those it had; a press is sent with the bubble it came from. */
  function setButtons(bubble: HTMLElement, buttons: Reply["buttons"] = []): void {
    bubble.querySelector(":scope > .buttons")?.remove();
    const rows = buttons.map((row) => h("div", { class: "button-row" }, row.map((b) => button(b.label, () => void send({ button: b.data }, b.label, bubble)))));
    if (rows.length) bubble.append(h("div", { class: "buttons" }, rows));
  }

  /** Scrolls the log (not the page) so a message's top shows: a long answer is read from its start. */
  function scrollTo(bubble: HTMLElement): void {
    log.scrollTop += bubble.getBoundingClientRect().top - log.getBoundingClientRect().top - 12;
  }

  /** The welcome, then the conversation the server keeps for this session (none for a new one). */
  function restore(): Promise<void> {
    message("bot", WELCOME.text, WELCOME.buttons);
    queue = queue.then(async () => {
      try {
        const { transcript, mode: now } = await api.conversation();
        mode.textContent = now === "screening" ? "筛查进行中" : "";
        for (const entry of transcript) message(entry.from, entry.text, entry.buttons);
        log.scrollTop = log.scrollHeight;
      } catch {
        // Without the kept conversation the panel still works: the welcome leads on.
      }
    });
    return queue;
  }

  /**
   * Sends one message; a reply that edits (a tick on a multi-select) changes the buttons of `pressed`,
   * the bubble tapped. Resolves with the response, or null when it failed (said in the log).
   */
  function send(body: ChatRequest, shown?: string, pressed?: HTMLElement): Promise<ChatResponse | null> {
    const said = shown === undefined ? null : message("user", shown);
    if (said) scrollTo(said);
    const sent = queue.then(async (): Promise<ChatResponse | null> => {
      try {
        const response: ChatResponse = await api.chat(body);
        mode.textContent = response.mode === "screening" ? "筛查进行中" : "";
        const edit = pressed && response.replies.find((reply) => reply.edits);
        if (edit) {
          said?.remove();
          setButtons(pressed, edit.buttons);
        }
        const bubbles = response.replies.filter((reply) => reply !== edit).map((reply) => message("bot", reply.text, reply.buttons));
        if (bubbles[0]) scrollTo(bubbles[0]);
        return response;
      } catch (err) {
        const bubble = message("bot", err instanceof ApiError ? err.message : "发送失败，请稍后再试。");
        bubble.classList.add("error");
        scrollTo(bubble);
        return null;
      }
    });
    queue = sent.then(() => undefined);
    return sent;
  }

  /** A question from the console's answer (/chat?ask=…): put, then the screening started with the figures it states. */
  async function askAndPrefill(question: string): Promise<void> {
    history.replaceState(null, "", "/chat"); // a reload does not ask again
    await queue; // after the kept conversation, so the question shows below it
    const answer = await send({ text: question }, question);
    const offer = answer?.replies.flatMap((r) => r.buttons?.flat() ?? []).find((b) => b.data === PREFILL);
    if (offer) await send({ button: offer.data }, offer.label);
  }

  /** Deletes the session's data on the server (/forget, which also drops the cookie) and starts afresh. */
  async function forget(): Promise<void> {
    await send({ command: "forget" });
    replace(log);
    message("bot", WELCOME.text, WELCOME.buttons);
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
    show(route: Route) {
      if (!started) {
        started = true;
        void restore();
      }
      if (route.view === "chat" && route.ask) void askAndPrefill(route.ask);
      input.focus();
    },
  };
}
