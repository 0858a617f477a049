// The dialogue core, shared by every channel: one message in, replies out, state saved after
// every step so a restart never loses an answer. Free text is a question for the ask pipeline
// unless a screening question is waiting for it.
import { field, schemaPath } from "../../policies/fields.ts";
import type { Profile } from "../../policies/profile.ts";
import type { ScreenResult } from "../../policies/result.ts";
import { screen, type ScreenConfig } from "../../policies/screen.ts";
import { validateProfile } from "../../policies/validate.ts";
import type { AskResult } from "../../retrieval/index.ts";
import type { SessionStore, StepOptions } from "../store/session-store.ts";
import { parseAnswer, parseKinds, SKIP_WORDS } from "./answers.ts";
import { setAt } from "./draft.ts";
import { currencyReply, nextPath, questionReply } from "./questions.ts";
import { renderAnswer, renderClause, renderDocuments, renderExplanation, renderProfile, renderResult } from "./render.ts";
import { COMMANDS, newSession, type CommandName, type DialogueInput, type Reply, type SessionState } from "./types.ts";

export interface DialogueDeps {
  store: SessionStore;
  /** The ask pipeline (retrieval); null while it is not available. */
  ask: ((question: string) => Promise<AskResult>) | null;
  fxUsdCny: number;
  today: () => string;
  /** Told once a screening has reached its result and the session is saved (metrics). */
  onScreeningDone?: (sessionId: string) => void;
}

/** States that end a screening with its result, recognised by handle() once saved. */
const finished = new WeakSet<SessionState>();

const HELP = [
  "我可以：",
  "• 回答政策问题，并给出文件文号、条款和原文（直接输入问题即可，如“出口信保有什么补贴？”）；",
  "• 引导预筛查：逐项询问企业情况，估算可申请的补贴（/screen）；",
  "命令：/screen 开始或继续筛查（可加日期，如 /screen 2024-06-30 按该日有效性筛查）｜/ask 提问｜/profile 查看或修改企业信息｜/reset 清空企业信息｜/policies 政策文件列表｜/clause 条款编号（如 /clause zz-2018-4/8）｜/forget 删除我的全部数据｜/cancel 退出筛查",
].join("\n");

const MAIN_BUTTONS = [[{ label: "开始筛查", data: "scr" }, { label: "政策文件", data: "pol" }, { label: "我的信息", data: "prof" }]];

const CLAUSE_ID = /^(zz|cz)-[\w-]+\/[\w.-]+$/u;
const QUESTION_LIKE = /[？?]|吗$|么$|多少|怎么|如何|哪些|什么|能不能|可以/u;

export class Dialogue {
  constructor(private readonly deps: DialogueDeps) {}

  /**
   * Applies one input to the session, atomically and after the session's earlier inputs, on
   * whichever instance it arrives. An input whose `updateId` the session has already applied (a
   * redelivery) is not applied again and has no replies.
   */
  async handle(sessionId: string, input: DialogueInput, options: StepOptions = {}): Promise<Reply[]> {
    return (await this.turn(sessionId, input, options))?.replies ?? [];
  }

  /** handle() with the session's mode after the input, read in the same step; null for a redelivery. */
  async turn(sessionId: string, input: DialogueInput, options: StepOptions = {}): Promise<{ replies: Reply[]; mode: SessionState["mode"] } | null> {
    if (input.kind === "command" && input.name === "forget") {
      await this.deps.store.forget(sessionId);
      return { replies: [{ text: "已删除您的全部数据（企业信息和对话状态）。" }], mode: "idle" };
    }
    const outcome = await this.deps.store.withSession(sessionId, (current) => this.step(current ?? newSession(), input), options);
    if (!outcome) return null;
    if (finished.has(outcome.state)) this.deps.onScreeningDone?.(sessionId);
    return { replies: outcome.replies, mode: outcome.state.mode };
  }

  private config(): ScreenConfig {
    return { fxUsdCny: this.deps.fxUsdCny, today: this.deps.today() };
  }

  /** The evaluator on the draft, once the draft is a valid profile. */
  private evaluate(state: SessionState): ScreenResult | null {
    if (state.profile.city === undefined) return null;
    const v = validateProfile(state.profile);
    return v.ok ? screen(v.profile, this.config()) : null;
  }

  private async step(state: SessionState, input: DialogueInput): Promise<{ state: SessionState; replies: Reply[] }> {
    if (input.kind === "command") return this.command(state, input.name, input.arg?.trim() ?? "");
    if (input.kind === "button") return this.button(state, input.data);
    const text = input.text.trim();
    if (!text) return { state, replies: [{ text: "请输入内容。" }] };
    const asCommand = /^\/(\w+)(?:@\w+)?\s*(.*)$/su.exec(text);
    if (asCommand && (COMMANDS as readonly string[]).includes(asCommand[1]!)) {
      return this.command(state, asCommand[1] as CommandName, asCommand[2]!.trim());
    }
    if (state.mode === "screening" && state.pending) return this.answer(state, text);
    if (/^(开始)?(预)?筛查$|^我能申请(哪些|什么)补贴/u.test(text)) return this.startScreening(state, "");
    if (CLAUSE_ID.test(text)) return { state, replies: [renderClause(text, this.deps.today())] };
    return { state, replies: [await this.ask(text)] };
  }

  private async command(state: SessionState, name: CommandName, arg: string): Promise<{ state: SessionState; replies: Reply[] }> {
    const today = this.deps.today();
    switch (name) {
      case "start":
      case "help":
        return { state, replies: [{ text: `您好，这里是跨境电商政策助手。\n${HELP}`, buttons: MAIN_BUTTONS }] };
      case "screen":
        return this.startScreening(state, arg);
      case "ask":
        return { state, replies: [arg ? await this.ask(arg) : { text: "请直接输入您的问题，例如：“海外仓租赁有什么补贴？”" }] };
      case "profile":
        return { state, replies: [renderProfile(state.profile)] };
      case "reset":
        return { state: newSession(), replies: [{ text: "已清空企业信息。发送 /screen 重新开始筛查。", buttons: MAIN_BUTTONS }] };
      case "policies":
        return { state, replies: [renderDocuments(today)] };
      case "clause":
        return { state, replies: [arg ? renderClause(arg, today) : { text: "请在命令后写条款编号，如 /clause zz-2018-4/8。" }] };
      case "cancel":
        return { state: { ...state, mode: "idle", pending: null }, replies: [{ text: "已退出筛查，已填写的信息会保留。", buttons: MAIN_BUTTONS }] };
      case "forget":
        throw new Error("handled before loading the session");
    }
  }

  private async button(state: SessionState, data: string): Promise<{ state: SessionState; replies: Reply[] }> {
    const [kind, ...rest] = data.split(":");
    const value = rest.join(":");
    const today = this.deps.today();
    switch (kind) {
      case "scr":
        return this.startScreening(state, "");
      case "rescr":
        return this.startScreening({ ...state, skipped: [] }, "");
      case "pol":
        return { state, replies: [renderDocuments(today)] };
      case "prof":
        return { state, replies: [renderProfile(state.profile)] };
      case "rst":
        return this.command(state, "reset", "");
      case "c":
        return { state, replies: [renderClause(value, today)] };
      case "x": {
        const r = this.evaluate(state)?.results.find((x) => x.clauseId === value);
        return { state, replies: [r ? renderExplanation(r) : { text: "请先完成筛查，再查看计算过程。" }] };
      }
      case "e": {
        // Re-ask one field; the answer replaces the old value and the screening goes on from there.
        const editing: SessionState = { ...state, mode: "screening", pending: { path: value }, skipped: state.skipped.filter((p) => p !== value) };
        return { state: editing, replies: [questionReply(value, { ...editing, asked: state.asked }, this.evaluate(state))] };
      }
      case "skip":
        return state.pending ? this.skip(state) : { state, replies: [{ text: "当前没有待回答的问题。" }] };
      case "a":
        return state.pending ? this.answer(state, value, true) : { state, replies: [{ text: "当前没有待回答的问题。" }] };
      case "cur":
        return this.currency(state, value === "USD" ? "USD" : "CNY");
      case "k":
        return this.tickKind(state, value);
      case "kd":
        return this.kindsDone(state);
      default:
        return { state, replies: [{ text: "这个按钮已失效，请重新操作。", buttons: MAIN_BUTTONS }] };
    }
  }

  private async ask(question: string): Promise<Reply> {
    if (!this.deps.ask) return { text: "问答服务暂未就绪，请稍后再试；也可以用 /screen 进行预筛查。" };
    return renderAnswer(await this.deps.ask(question));
  }

  private startScreening(state: SessionState, arg: string): { state: SessionState; replies: Reply[] } {
    let profile = state.profile;
    if (arg) {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(arg) ? arg : null;
      if (!date || !validateProfile({ city: "x", asOf: date }).ok) {
        return { state, replies: [{ text: `“${arg}”不是有效日期。可以写 /screen 2024-06-30 按该日的政策有效性筛查。` }] };
      }
      profile = { ...profile, asOf: date };
    }
    const intro = state.profile.city === undefined
      ? "好的，开始预筛查。我会逐项询问，只问会影响结果的信息；每个问题都可以回复“跳过”。"
      : "继续预筛查，已填写的信息会保留（/profile 可查看和修改）。";
    return this.advance({ ...state, mode: "screening", profile, pending: null, asked: 0 }, [{ text: intro }]);
  }

  /** Asks the next question, or finishes with the result when nothing more can change it. */
  private advance(state: SessionState, before: Reply[] = []): { state: SessionState; replies: Reply[] } {
    const result = this.evaluate(state);
    const path = nextPath(state, result);
    if (path === null) {
      const done: SessionState = { ...state, mode: "idle", pending: null };
      if (!result) return { state: done, replies: [...before, { text: "信息不足，无法筛查。发送 /screen 重新开始。" }] };
      finished.add(done);
      return { state: done, replies: [...before, ...renderResult(result)] };
    }
    const asking: SessionState = { ...state, pending: { path }, asked: state.asked + 1 };
    return { state: asking, replies: [...before, questionReply(path, asking, result)] };
  }

  private store(state: SessionState, path: string, value: unknown): { state: SessionState; replies: Reply[] } {
    return this.advance({ ...state, profile: setAt(state.profile, path, value), pending: null });
  }

  private answer(state: SessionState, text: string, fromButton = false): { state: SessionState; replies: Reply[] } | Promise<{ state: SessionState; replies: Reply[] }> {
    const path = state.pending!.path;
    if (SKIP_WORDS.test(text)) return this.skip(state);
    const info = field(schemaPath(path));
    const value = fromButton && info.type === "boolean" ? { ok: true as const, value: text === "true" } : parseAnswer(info, text);
    if (value.ok === "currency") {
      return { state: { ...state, pending: { path, amountAwaitingCurrency: value.amount } }, replies: [currencyReply(value.amount)] };
    }
    if (value.ok === false) {
      if (!fromButton && QUESTION_LIKE.test(text)) return this.answerAside(state, text);
      return { state, replies: [{ text: value.error }] };
    }
    return this.store(state, path, value.value);
  }

  /** A question typed while a screening question waits: answer it, then repeat the question. */
  private async answerAside(state: SessionState, question: string): Promise<{ state: SessionState; replies: Reply[] }> {
    const again = questionReply(state.pending!.path, state, this.evaluate(state));
    return { state, replies: [await this.ask(question), { ...again, text: `回到筛查：\n${again.text}` }] };
  }

  private skip(state: SessionState): { state: SessionState; replies: Reply[] } {
    const path = state.pending!.path;
    const info = field(schemaPath(path));
    if (info.required) return { state, replies: [{ text: `${info.label}是必填项，不能跳过。` }] };
    return this.advance({ ...state, skipped: [...state.skipped, path], pending: null }, [{ text: `已跳过“${info.label}”，相关条款会列为“还需信息”。` }]);
  }

  private currency(state: SessionState, currency: "CNY" | "USD"): { state: SessionState; replies: Reply[] } {
    const amount = state.pending?.amountAwaitingCurrency;
    if (amount === undefined) return { state, replies: [{ text: "当前没有待确认币种的金额。" }] };
    return this.store(state, state.pending!.path, { amount, currency });
  }

  private tickKind(state: SessionState, kind: string): { state: SessionState; replies: Reply[] } {
    if (state.pending?.path !== "kinds") return { state, replies: [{ text: "当前不是在选择主体类型。" }] };
    const ticked = state.pending.kindsTicked ?? [];
    const next = ticked.includes(kind) ? ticked.filter((k) => k !== kind) : [...ticked, kind];
    const updated = { ...state, pending: { path: "kinds", kindsTicked: next } };
    return { state: updated, replies: [questionReply("kinds", updated, null)] };
  }

  private kindsDone(state: SessionState): { state: SessionState; replies: Reply[] } {
    const ticked = state.pending?.path === "kinds" ? state.pending.kindsTicked ?? [] : [];
    if (ticked.length === 0) return { state, replies: [{ text: "请至少选择一种主体类型，或直接输入，如“跨境电商企业”。" }] };
    return this.store(state, "kinds", parseKinds(ticked.join("、")));
  }
}
