// The dialogue core, shared by every channel: one message in, replies out, state saved after
// every step so a restart never loses an answer. Free text is a question for the ask pipeline
// unless a screening question is waiting for it.
import { field, fieldsNamed, pathLabel, schemaPath } from "../../policies/fields.ts";
import type { Currency, Money } from "../../policies/money.ts";
import { parseYesNo, readCurrency } from "../../policies/numbers.ts";
import type { Kind } from "../../policies/profile.ts";
import type { ScreenResult } from "../../policies/result.ts";
import { screen, type ScreenConfig } from "../../policies/screen.ts";
import { ANSWER_JUMP_RATIO, outgrows } from "../../policies/scale.ts";
import { validateProfile } from "../../policies/validate.ts";
import type { AskResult } from "../../retrieval/index.ts";
import type { SessionStore, StepOptions } from "../store/session-store.ts";
import { amountsIn, answerParts, implausible, parseAnswer, parseKinds, SKIP_WORDS, type Parsed } from "./answers.ts";
import { CLAUSE_ID, decodeButton, type QuestionAction } from "./buttons.ts";
import { getAt, setAt } from "./draft.ts";
import { activitiesShown, afterGate, GATE, gateReply, gateSaid, offeredActivities, parseGate } from "./gate.ts";
import { askedPaths, askedTogether, buttonAnswers, confirmReply, currencyReply, isChecklist, nextPath, questionReply, whyReply } from "./questions.ts";
import { renderAnswer, renderClause, renderDocuments, renderExplanation, renderFullResult, renderProfile, renderResult, valueText } from "./render.ts";
import { COMMANDS, newSession, type AskedQuestion, type Button, type CommandName, type DialogueInput, type Draft, type Pending, type Reply, type SessionState, type TranscriptEntry } from "./types.ts";

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
  "命令：/screen 开始或继续筛查（可加日期，如 /screen 2024-06-30 按该日有效性筛查）｜/ask 提问｜/profile 查看或修改企业信息｜/reset 清空企业信息｜/policies 政策文件列表｜/clause 条款编号或文号加条款（如 /clause zz-2018-4/8、/clause 郑政〔2018〕4号第八条）｜/forget 删除我的全部数据｜/cancel 退出筛查",
].join("\n");

const MAIN_BUTTONS = [[{ label: "开始筛查", data: "scr" }, { label: "政策文件", data: "pol" }, { label: "我的信息", data: "prof" }]];

/** 改一下出口额, 修改总部落户日期, 我要更正出口信保费用: a wish to change the answer named after the verb. */
const CHANGE_WISH = /^(?:我(?:想|要))?(?:请)?(?:帮我)?(?:修改|更改|更正|改)(?:一下)?(.+?)$/u;
/** 都不是 to a checklist of yes/no facts: none of them holds; 都是: every one does. */
const NONE_OF_THEM = /^(都不是|都没有|都不符合|均不符合|全都不是)[。！!.]?$/u;
const ALL_OF_THEM = /^(都是|都有|都符合|均符合|全都是|全部符合)[。！!.]?$/u;
const QUESTION_LIKE = /[？?]|吗$|么$|多少|怎么|如何|哪些|什么|能不能|可以/u;
const FORGET_WORDS = /^(删除|清除)我的(全部)?数据$/u;

/** A command typed as text, in any form: /forget, /forget@some_bot, ／FORGET, and 删除我的数据 for /forget. */
function typedCommand(text: string): { name: CommandName; arg: string } | null {
  const t = text.normalize("NFKC").trim();
  if (FORGET_WORDS.test(t)) return { name: "forget", arg: "" };
  const m = /^\/(\w+)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(t);
  const name = m?.[1]!.toLowerCase();
  return name !== undefined && (COMMANDS as readonly string[]).includes(name) ? { name: name as CommandName, arg: m![2]?.trim() ?? "" } : null;
}

/** Every input but /forget, which is handled before a session is loaded. */
type SessionInput = Exclude<DialogueInput, { kind: "command" }> | { kind: "command"; name: Exclude<CommandName, "forget">; arg?: string };

type Step = { state: SessionState; replies: Reply[] };

/** A value read from an answer, on its way into the draft. */
type Accepted = Extract<Parsed, { ok: true }>;

const EXPIRED: Reply = { text: "这个按钮已失效，请重新操作。", buttons: MAIN_BUTTONS };

/** Questions of a screening remembered for their buttons: more than any screening asks. */
const QUESTIONS_KEPT = 60;
/** Messages kept for a channel that shows the conversation again: a screening and its result. */
const TRANSCRIPT_KEPT = 80;

/** What the person sent, as the conversation shows it: the text, a tapped button's label, a typed command. */
function shownInput(input: SessionInput, transcript: readonly TranscriptEntry[]): string | null {
  if (input.kind === "text") return input.text;
  if (input.kind === "command") return input.name === "start" ? null : `/${input.name}${input.arg ? ` ${input.arg}` : ""}`;
  for (const entry of [...transcript].reverse()) {
    const tapped = entry.buttons?.flat().find((b) => b.data === input.data);
    if (tapped) return tapped.label;
  }
  return null;
}

/** The state with this turn's messages added to its transcript, the oldest dropped past the limit. */
function recorded(state: SessionState, input: SessionInput, before: readonly TranscriptEntry[], replies: Reply[]): SessionState {
  const edit = input.kind === "button" ? replies.find((r) => r.edits) : undefined;
  if (edit) {
    // A tick changes the buttons of its own message, as the channels show it; it is not a message of its own.
    const at = before.findLastIndex((e) => e.buttons?.flat().some((b) => b.data === (input as { data: string }).data));
    if (at >= 0) return { ...state, transcript: before.map((e, i) => (i === at ? { ...e, buttons: edit.buttons ?? [] } : e)) };
  }
  const shown = shownInput(input, before);
  const added: TranscriptEntry[] = [...(shown === null ? [] : [{ from: "user" as const, text: shown }]), ...replies.map((r) => ({ from: "bot" as const, ...r }))];
  return { ...state, transcript: [...before, ...added].slice(-TRANSCRIPT_KEPT) };
}

/** The waiting question as asked, without a value read from an answer to it. */
const asAsked = ({ path, id, also, resume }: Pending): Pending => ({ path, id, ...(also ? { also } : {}), ...(resume ? { resume } : {}) });

/** What the profile declaration says is wrong with the value at `path` (over a ceiling, out of range), if anything. */
function problemAt(profile: Draft, path: string): string | null {
  const checked = validateProfile(profile);
  if (checked.ok) return null;
  return checked.problems.find((p) => p.field === path || p.field.startsWith(`${path}.`) || p.field.startsWith(`${path}[`))?.message ?? null;
}

/** The state with the facts of one question recorded: the values given, those said to be unknown skipped, nothing waiting. */
function withFacts(state: SessionState, values: readonly { path: string; value: unknown }[], unknown: readonly string[]): SessionState {
  const profile = values.reduce((draft, v) => setAt(draft, v.path, v.value), state.profile);
  return { ...state, profile, skipped: [...state.skipped, ...unknown], pending: null };
}

/** 已记录：海外仓面积 3000平方米；年实际租赁费用 不清楚。 — facts asked together, by their labels (the question named the object). */
function echoTogether(values: readonly { path: string; value: unknown }[], unknown: readonly string[], approximate: boolean): Reply {
  const said = [...values.map((v) => `${field(schemaPath(v.path)).label} ${valueText(field(schemaPath(v.path)), v.value)}`), ...unknown.map((p) => `${field(schemaPath(p)).label} 不清楚`)];
  return { text: `已记录：${said.join("；")}${approximate ? "（约数，按所填数值计算）" : ""}。` };
}

export interface TurnOptions extends StepOptions {
  /** Keep the turn's messages in the session, for a channel that shows the conversation again. */
  transcript?: boolean;
}

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

  /**
   * handle() with the session's mode after the input, read in the same step, and whether the
   * session is still kept (false after /forget); null for a redelivery.
   */
  async turn(sessionId: string, input: DialogueInput, options: TurnOptions = {}): Promise<{ replies: Reply[]; mode: SessionState["mode"]; kept: boolean } | null> {
    const typed = input.kind === "text" ? typedCommand(input.text) : null;
    const command = typed ? ({ kind: "command", ...typed } as const) : input;
    if (command.kind === "command" && command.name === "forget") {
      await this.deps.store.forget(sessionId);
      return { replies: [{ text: "已删除您的全部数据（企业信息和对话状态）。" }], mode: "idle", kept: false };
    }
    const outcome = await this.deps.store.withSession(
      sessionId,
      async (current) => {
        const out = await this.step({ ...newSession(), ...current }, command as SessionInput);
        if (!options.transcript) return out;
        const state = recorded(out.state, command as SessionInput, current?.transcript ?? [], out.replies);
        if (finished.has(out.state)) finished.add(state);
        return { ...out, state };
      },
      options,
    );
    if (!outcome) return null;
    if (finished.has(outcome.state)) this.deps.onScreeningDone?.(sessionId);
    return { replies: outcome.replies, mode: outcome.state.mode, kept: true };
  }

  /** The conversation kept for the session (with `transcript` turns) and its mode; empty for a session not kept. */
  async conversation(sessionId: string): Promise<{ transcript: TranscriptEntry[]; mode: SessionState["mode"] }> {
    const state = await this.deps.store.load(sessionId);
    return { transcript: state?.transcript ?? [], mode: state?.mode ?? "idle" };
  }

  /** Whether anything is kept for the session (it has been used and not forgotten). */
  async known(sessionId: string): Promise<boolean> {
    return (await this.deps.store.load(sessionId)) !== null;
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

  private async step(state: SessionState, input: SessionInput): Promise<Step> {
    if (input.kind === "command") return this.command(state, input.name, input.arg?.trim() ?? "");
    if (input.kind === "button") return this.button(state, input.data);
    const text = input.text.trim();
    if (!text) return { state, replies: [{ text: "请输入内容。" }] };
    const change = this.changeWish(state, text);
    if (change) return change;
    if (state.mode === "screening" && state.pending) return this.answer(state, text);
    if (/^(开始)?(预)?筛查$|^我能申请(哪些|什么)补贴/u.test(text)) return this.startScreening(state, "");
    if (CLAUSE_ID.test(text)) return { state, replies: [renderClause(text, this.deps.today())] };
    return this.answerQuestion(state, text);
  }

  private async command(state: SessionState, name: Exclude<CommandName, "forget">, arg: string): Promise<Step> {
    const today = this.deps.today();
    switch (name) {
      case "start":
      case "help":
        return { state, replies: [{ text: `您好，这里是跨境电商政策助手。\n${HELP}`, buttons: MAIN_BUTTONS }] };
      case "screen":
        return this.startScreening(state, arg);
      case "ask":
        return arg ? this.answerQuestion(state, arg) : { state, replies: [{ text: "请直接输入您的问题，例如：“海外仓租赁有什么补贴？”" }] };
      case "profile":
        return { state, replies: [renderProfile(state.profile)] };
      case "reset":
        return { state: newSession(), replies: [{ text: "已清空企业信息。发送 /screen 重新开始筛查。", buttons: MAIN_BUTTONS }] };
      case "policies":
        return { state, replies: [renderDocuments(today)] };
      case "clause":
        return { state, replies: [arg ? renderClause(arg, today) : { text: "请在命令后写条款编号或文号加条款，如 /clause zz-2018-4/8、/clause 郑政〔2018〕4号第八条。" }] };
      case "cancel":
        return { state: { ...state, mode: "idle", pending: null }, replies: [{ text: "已退出筛查，已填写的信息会保留。", buttons: MAIN_BUTTONS }] };
    }
  }

  /** A button press, decoded against what the dialogue could have offered; anything else is refused politely. */
  private async button(state: SessionState, data: string): Promise<Step> {
    const action = decodeButton(data);
    if (!action) return { state, replies: [EXPIRED] };
    if ("question" in action && action.question !== state.pending?.id) return this.earlierButton(state, action);
    const today = this.deps.today();
    switch (action.kind) {
      case "scr":
        return this.startScreening(state, "");
      case "rescr": {
        const { activities: _asked, ...again } = state;
        return this.startScreening({ ...again, skipped: [] }, "");
      }
      case "pf":
        // The facts a question stated, over what the profile held; offered once.
        if (!state.offered) return { state, replies: [EXPIRED] };
        return this.startScreening({ ...state, profile: { ...state.profile, ...state.offered }, offered: undefined }, "");
      case "pol":
        return { state, replies: [renderDocuments(today)] };
      case "prof":
        return { state, replies: [renderProfile(state.profile)] };
      case "rst":
        return this.command(state, "reset", "");
      case "c":
        return { state, replies: [renderClause(action.clauseId, today)] };
      case "full": {
        const result = this.evaluate(state);
        return { state, replies: [result ? renderFullResult(result) : { text: "请先完成筛查，再查看全部结果。" }] };
      }
      case "x": {
        const r = this.evaluate(state)?.results.find((x) => x.clauseId === action.ruleId);
        return { state, replies: [r ? renderExplanation(r) : { text: "请先完成筛查，再查看计算过程。" }] };
      }
      case "e":
        return this.edit(state, action.path);
      case "skip":
        return this.skip(state);
      case "w":
        return { state, replies: [whyReply(askedPaths(state.pending!), this.evaluate(state))] };
      case "a": {
        // Only an answer the pending question's own buttons offer.
        const offered = state.pending!.path !== GATE && !state.pending!.also?.length;
        if (!offered || !buttonAnswers(field(schemaPath(state.pending!.path))).includes(action.answer)) return { state, replies: [EXPIRED] };
        return this.answer(state, action.answer, true);
      }
      case "cur":
        return this.currency(state, action.currency);
      case "k":
        return this.tickKind(state, action.applicant);
      case "kd":
        return this.kindsDone(state);
      case "g":
        return this.tickActivity(state, action.activity);
      case "gd":
        return this.gateDone(state, this.ticked(state), false);
      case "gu":
        return this.gateDone(state, this.ticked(state), true);
      case "y":
        return this.tickFact(state, action.fact);
      case "yd":
        return this.checklistDone(state, false);
      case "yu":
        return this.checklistDone(state, true);
      case "cf":
        return this.confirm(state, action.confirmed);
    }
  }

  private async ask(question: string): Promise<{ reply: Reply; offered: Draft | null }> {
    if (!this.deps.ask) return { reply: { text: "问答服务暂未就绪，请稍后再试；也可以用 /screen 进行预筛查。" }, offered: null };
    const result = await this.deps.ask(question);
    const reply = renderAnswer(result);
    if (!result.estimate) return { reply, offered: null };
    return { reply: { ...reply, buttons: [...(reply.buttons ?? []), [{ label: "按所述情况开始筛查", data: "pf" }]] }, offered: result.estimate.facts };
  }

  /** A question answered; the facts it states are kept for the button that starts a screening with them. */
  private async answerQuestion(state: SessionState, question: string): Promise<Step> {
    const { reply, offered } = await this.ask(question);
    return { state: offered ? { ...state, offered } : state, replies: [reply] };
  }

  private startScreening(state: SessionState, arg: string): Step {
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
  private advance(state: SessionState, before: Reply[] = []): Step {
    const result = this.evaluate(state);
    const path = nextPath(state, result);
    if (path === null) {
      const done: SessionState = { ...state, mode: "idle", pending: null };
      if (!result) return { state: done, replies: [...before, { text: "信息不足，无法筛查。发送 /screen 重新开始。" }] };
      finished.add(done);
      return { state: done, replies: [...before, ...renderResult(result)] };
    }
    const [first, ...also] = askedTogether(state, result, path);
    const asking = this.withQuestion(state, first!, also);
    return { state: asking, replies: [...before, questionReply(first!, asking, result)] };
  }

  /** The state with `path` (and the figures asked with it) asked as a new question instance, numbered next. */
  private withQuestion(state: SessionState, path: string, also: string[] = []): SessionState {
    const question: AskedQuestion = { id: state.serial + 1, n: state.asked + 1, path };
    const pending: Pending = { path, id: question.id, ...(also.length ? { also } : {}) };
    return { ...state, pending, asked: question.n, serial: question.id, questions: [...state.questions, question].slice(-QUESTIONS_KEPT) };
  }

  /**
   * A press on a button of a question other than the one waiting. A yes/no or choice of an earlier
   * question of this screening changes that answer, said explicitly; anything else is refused.
   * Either way the waiting question is shown again: the press never answers it.
   */
  private earlierButton(state: SessionState, action: QuestionAction): Step {
    const asked = state.questions.find((q) => q.id === action.question);
    const again = state.pending ? [this.reask(state, "回到")] : [];
    if (!asked || action.kind !== "a" || asked.path === GATE || !buttonAnswers(field(schemaPath(asked.path))).includes(action.answer)) {
      return { state, replies: [{ text: "这是之前问题的按钮，没有作任何更改。" }, ...again] };
    }
    const info = field(schemaPath(asked.path));
    const value = info.type === "boolean" ? action.answer === "true" : action.answer;
    const profile = setAt(state.profile, asked.path, value);
    if (problemAt(profile, asked.path)) return { state, replies: [{ text: "这是之前问题的按钮，没有作任何更改。" }, ...again] };
    const changed: SessionState = { ...state, profile, skipped: state.skipped.filter((p) => p !== asked.path) };
    const said = { text: `已将第${asked.n}问改为：${valueText(info, value)}` };
    if (!state.pending) return this.advance({ ...changed, mode: "screening" }, [said]);
    return { state: changed, replies: [said, this.reask(changed, "回到")] };
  }

  /** The waiting question, shown again under a short lead (回到筛查, 回到). */
  private reask(state: SessionState, lead: string): Reply {
    const n = state.questions.find((q) => q.id === state.pending!.id)?.n;
    // Under its own number: a question come back to after a change was asked before the change.
    const again = questionReply(state.pending!.path, n === undefined ? state : { ...state, asked: n }, this.evaluate(state));
    return { ...again, text: `${lead}${n === undefined ? "" : `第${n}问`}：\n${again.text}` };
  }

  /**
   * Re-asks one field (an object's through its first sub-field); the answer replaces the old value,
   * and then the question that was waiting is asked again, or the screening goes on.
   */
  private edit(state: SessionState, path: string): Step {
    const item = /^(\w+)\[(\d+)\]/u.exec(path);
    if (item && Number(item[2]) >= ((getAt(state.profile, item[1]!) as unknown[] | undefined)?.length ?? 0)) return { state, replies: [EXPIRED] };
    const info = field(schemaPath(path));
    const asked = info.type === "object" ? `${path}.${info.children![0]!.key}` : path;
    // The question to come back to: the one waiting, or, when that is itself a change, the one it came back to.
    const pending = state.mode === "screening" ? state.pending : null;
    const waiting = pending?.resume ?? (pending && pending.path !== asked ? pending : undefined);
    const editing = this.withQuestion({ ...state, mode: "screening", skipped: state.skipped.filter((p) => p !== asked) }, asked);
    const resumable = waiting ? { ...editing, pending: { ...editing.pending!, resume: waiting } } : editing;
    return { state: resumable, replies: [questionReply(asked, resumable, this.evaluate(state))] };
  }

  /** 改一下出口额: the field named by its label asked again; several named alike are offered as buttons. Null when the text names none. */
  private changeWish(state: SessionState, text: string): Step | null {
    const words = CHANGE_WISH.exec(text.normalize("NFKC"))?.[1];
    const named = words ? fieldsNamed(words) : [];
    if (named.length === 1) return this.edit(state, named[0]!.path);
    if (named.length === 0) return null;
    return { state, replies: [{ text: "要修改哪一项？", buttons: named.slice(0, 6).map((f) => [{ label: f.label, data: `e:${f.path}` }]) }] };
  }

  /** After an answer: the question that waited before a change of an earlier answer, if still open; else the next. */
  private resumeOrAdvance(state: SessionState, resume: SessionState["pending"] | undefined, before: Reply[]): Step {
    if (resume && getAt(state.profile, resume.path) === undefined && !state.skipped.includes(resume.path)) {
      const back = { ...state, mode: "screening" as const, pending: resume };
      return { state: back, replies: [...before, this.reask(back, "回到")] };
    }
    return this.advance(state, before);
  }

  /** The buttons the waiting question shows, so a typed label (人民币, 跳过/不清楚, 是，没错) works like a tap. */
  private shownButtons(state: SessionState): Button[] {
    const { path, id, amountAwaitingCurrency, unconfirmed } = state.pending!;
    const shown =
      amountAwaitingCurrency !== undefined ? currencyReply(amountAwaitingCurrency, id)
      : unconfirmed !== undefined ? confirmReply(path, "", id)
      : questionReply(path, state, this.evaluate(state));
    // A kind, an activity or a fact typed is an answer on its own (跨境电商企业、物流企业; 海外仓), not a tick.
    return (shown.buttons ?? []).flat().filter((b) => !/^[kgy]:/u.test(b.data));
  }

  private answer(state: SessionState, text: string, fromButton = false): Step | Promise<Step> {
    const pending = state.pending!;
    if (!fromButton) {
      const tapped = this.shownButtons(state).find((b) => b.label === text);
      if (tapped) return this.button(state, tapped.data);
    }
    if (SKIP_WORDS.test(text)) return this.skip(state);
    if (pending.path === GATE) return this.gateTyped(state, text);
    const yes = pending.unconfirmed === undefined ? null : parseYesNo(text);
    if (yes !== null) return this.confirm(state, yes);
    const currency = pending.amountAwaitingCurrency === undefined ? null : readCurrency(text);
    if (currency !== null) return this.currency(state, currency);
    if (isChecklist(pending)) {
      if (NONE_OF_THEM.test(text)) return this.checklistDone({ ...state, pending: { ...pending, ticked: [] } }, false);
      if (ALL_OF_THEM.test(text)) return this.checklistDone({ ...state, pending: { ...pending, ticked: askedPaths(pending) } }, false);
      // A lone 是 or 否 would say nothing of which item it means.
      if (answerParts(text).length === 1 && parseYesNo(text) !== null) {
        return { state, replies: [{ text: "请勾选符合的项后点“选好了”，或依次回答，如“是，否，是”；都符合请回复“都是”，都不符合请回复“都不是”。" }] };
      }
    }
    if (pending.also?.length && !fromButton) {
      const parts = answerParts(text);
      if (parts.length > 1) return this.answerInOrder(state, parts);
    }
    const info = field(schemaPath(pending.path));
    const parsed: Parsed = fromButton && info.type === "boolean" ? { ok: true, value: text === "true" } : parseAnswer(info, text);
    if (parsed.ok === "currency") {
      const waiting = { ...asAsked(pending), amountAwaitingCurrency: parsed.amount, ...(parsed.approximate ? { approximate: true } : {}) };
      return { state: { ...state, pending: waiting }, replies: [currencyReply(parsed.amount, pending.id)] };
    }
    if (parsed.ok === false) {
      if (!fromButton && QUESTION_LIKE.test(text)) return this.answerAside(state, text);
      return { state, replies: [{ text: parsed.error }] };
    }
    return this.accept(state, pending.path, parsed, true);
  }

  /**
   * Several figures typed in order for a question that asks them together: every part read by its
   * own field, and all stored or none. A figure far out of scale is then held for a 是/否 on its own.
   */
  private answerInOrder(state: SessionState, parts: string[]): Step {
    const pending = state.pending!;
    const paths = askedPaths(pending);
    const labels = paths.map((p) => field(schemaPath(p)).label);
    if (parts.length !== paths.length) {
      return { state, replies: [{ text: `请按顺序回答${paths.length}项（${labels.join("、")}），用逗号隔开；不清楚的写“不清楚”。` }] };
    }
    const read: { path: string; accepted: Accepted }[] = [];
    const unknown: string[] = [];
    for (const [i, part] of parts.entries()) {
      const info = field(schemaPath(paths[i]!));
      if (SKIP_WORDS.test(part)) {
        unknown.push(paths[i]!);
        continue;
      }
      const parsed = parseAnswer(info, part);
      if (parsed.ok === "currency") return { state, replies: [{ text: `第${i + 1}项（${info.label}）“${part}”请注明“元”或“美元”。` }] };
      if (parsed.ok === false) return { state, replies: [{ text: `第${i + 1}项（${info.label}）：${parsed.error}` }] };
      read.push({ path: paths[i]!, accepted: parsed });
    }
    const held = read.find((r) => this.doubtful(state, r.path, r.accepted.value));
    const stored = read.filter((r) => r !== held).flatMap((r) => [{ path: r.path, value: r.accepted.value }, ...(r.accepted.alongside ?? [])]);
    const recorded = withFacts(state, stored, unknown);
    const problem = stored.map((v) => ({ v, problem: problemAt(recorded.profile, v.path) })).find((x) => x.problem);
    if (problem) return { state, replies: [{ text: `${pathLabel(problem.v.path)}${problem.problem}，请重新填写。` }] };
    const echo = echoTogether(stored, unknown, read.some((r) => r.accepted.approximate));
    if (!held) return this.resumeOrAdvance(recorded, pending.resume, [echo]);
    const info = field(schemaPath(held.path));
    const waiting: Pending = { path: held.path, id: pending.id, unconfirmed: held.accepted.value, ...(pending.resume ? { resume: pending.resume } : {}) };
    return { state: { ...recorded, pending: waiting }, replies: [echo, confirmReply(held.path, valueText(info, held.accepted.value), pending.id)] };
  }

  /** A question typed while a screening question waits: answer it, then repeat the question. */
  private async answerAside(state: SessionState, question: string): Promise<Step> {
    const { reply, offered } = await this.ask(question);
    return { state: offered ? { ...state, offered } : state, replies: [reply, this.reask(state, "回到筛查")] };
  }

  /**
   * Whether a value read for `path` looks mistyped: far out of its field's usual scale, or an amount
   * a 万 too many next to the enterprise's other amounts (policies/scale.ts).
   */
  private doubtful(state: SessionState, path: string, value: unknown): boolean {
    const info = field(schemaPath(path));
    if (implausible(info, value)) return true;
    if (info.type !== "money") return false;
    const inCny = (m: Money) => (m.currency === "USD" ? m.amount * this.deps.fxUsdCny : m.amount);
    const others = amountsIn(state.profile, path).map(inCny);
    return outgrows(inCny(value as Money), others, ANSWER_JUMP_RATIO) !== null;
  }

  /** A value read from an answer: held for a 是/否 when it looks mistyped, stored otherwise. */
  private accept(state: SessionState, path: string, accepted: Accepted, echo: boolean): Step {
    const info = field(schemaPath(path));
    if (!this.doubtful(state, path, accepted.value)) return this.store(state, path, accepted, echo);
    const id = state.pending!.id;
    const held = { ...asAsked(state.pending!), unconfirmed: accepted.value, ...(accepted.approximate ? { approximate: true } : {}) };
    return { state: { ...state, pending: held }, replies: [confirmReply(path, valueText(info, accepted.value), id)] };
  }

  private confirm(state: SessionState, confirmed: boolean): Step {
    const pending = state.pending;
    if (pending?.unconfirmed === undefined) return { state, replies: [{ text: "当前没有待确认的数值。" }] };
    if (!confirmed) return { state: { ...state, pending: asAsked(pending) }, replies: [{ text: `好的，请重新输入${pathLabel(pending.path)}。` }] };
    return this.store(state, pending.path, { ok: true, value: pending.unconfirmed, approximate: pending.approximate === true }, true);
  }

  /**
   * Sets the value (and any given alongside it) if the profile declaration accepts it there, says
   * what was stored — and that it is approximate — and goes on to the next question.
   */
  private store(state: SessionState, path: string, accepted: Accepted, echo: boolean): Step {
    const values = [{ path, value: accepted.value }, ...(accepted.alongside ?? [])];
    const profile = values.reduce((draft, v) => setAt(draft, v.path, v.value), state.profile);
    const problem = problemAt(profile, path);
    if (problem) return { state: { ...state, pending: asAsked(state.pending!) }, replies: [{ text: `${pathLabel(path)}${problem}，请重新填写。` }] };
    const stored = values.map((v) => `${pathLabel(v.path)} ${valueText(field(schemaPath(v.path)), v.value)}`).join("；");
    const before = echo ? [{ text: `已记录：${stored}${accepted.approximate ? "（约数，按所填数值计算）" : ""}。` }] : [];
    return this.resumeOrAdvance({ ...state, profile, pending: null }, state.pending!.resume, before);
  }

  private skip(state: SessionState): Step {
    const path = state.pending!.path;
    if (path === GATE) return this.gateDone(state, this.ticked(state), true);
    // 跳过 on the kinds question keeps what was ticked.
    if (path === "kinds" && state.pending!.kindsTicked?.length) return this.kindsDone(state);
    // 跳过 on a checklist keeps what was ticked, and leaves the rest unknown.
    if (isChecklist(state.pending) && state.pending!.ticked?.length) return this.checklistDone(state, true);
    const info = field(schemaPath(path));
    if (info.required) return { state, replies: [{ text: `${info.label}是必填项，不能跳过。` }] };
    const paths = askedPaths(state.pending!);
    const labels = paths.map((p) => `“${field(schemaPath(p)).label}”`).join("、");
    return this.resumeOrAdvance({ ...state, skipped: [...state.skipped, ...paths], pending: null }, state.pending!.resume, [{ text: `已跳过${labels}，相关条款会列为“还需信息”。` }]);
  }

  private currency(state: SessionState, currency: Currency): Step {
    const pending = state.pending;
    if (pending?.amountAwaitingCurrency === undefined) return { state, replies: [{ text: "当前没有待确认币种的金额。" }] };
    return this.accept(state, pending.path, { ok: true, value: { amount: pending.amountAwaitingCurrency, currency }, approximate: pending.approximate === true }, true);
  }

  private tickKind(state: SessionState, kind: Kind): Step {
    if (state.pending?.path !== "kinds") return { state, replies: [{ text: "当前不是在选择主体类型。" }] };
    const ticked = state.pending.kindsTicked ?? [];
    const next = ticked.includes(kind) ? ticked.filter((k) => k !== kind) : [...ticked, kind];
    const updated = { ...state, pending: { ...state.pending, kindsTicked: next } };
    return { state: updated, replies: [{ ...questionReply("kinds", updated, null), edits: true }] };
  }

  private tickActivity(state: SessionState, activity: string): Step {
    if (state.pending?.path !== GATE) return { state, replies: [{ text: "当前不是在选择业务。" }] };
    const ticked = this.ticked(state);
    const next = ticked.includes(activity) ? ticked.filter((a) => a !== activity) : [...ticked, activity];
    const updated = { ...state, pending: { ...state.pending, ticked: next } };
    return { state: updated, replies: [{ ...gateReply(updated), edits: true }] };
  }

  /** A tick on a checklist of yes/no facts: its own message's buttons change, nothing is recorded yet. */
  private tickFact(state: SessionState, index: number): Step {
    const pending = state.pending;
    const path = pending && isChecklist(pending) ? askedPaths(pending)[index] : undefined;
    if (!path) return { state, replies: [EXPIRED] };
    const ticked = pending!.ticked ?? [];
    const updated = { ...state, pending: { ...pending!, ticked: ticked.includes(path) ? ticked.filter((p) => p !== path) : [...ticked, path] } };
    return { state: updated, replies: [{ ...questionReply(pending!.path, updated, this.evaluate(state)), edits: true }] };
  }

  /** A checklist answered: what is ticked holds; what is not does not, or stays unknown when the person is unsure. */
  private checklistDone(state: SessionState, unsure: boolean): Step {
    const pending = state.pending;
    if (!pending || !isChecklist(pending)) return { state, replies: [EXPIRED] };
    const ticked = pending.ticked ?? [];
    const paths = askedPaths(pending);
    const known = paths.filter((p) => ticked.includes(p) || !unsure).map((path) => ({ path, value: ticked.includes(path) }));
    const unknown = paths.filter((p) => !known.some((k) => k.path === p));
    return this.resumeOrAdvance(withFacts(state, known, unknown), pending.resume, [echoTogether(known, unknown, false)]);
  }

  /** The activities ticked on the gate question: at first those the profile already shows. */
  private ticked(state: SessionState): string[] {
    return state.pending?.ticked ?? activitiesShown(state.profile).ticked;
  }

  /** The activities typed on the gate question (海外仓、直播电商; 都没有; …，其余不清楚), added to those ticked. */
  private gateTyped(state: SessionState, text: string): Step | Promise<Step> {
    const named = parseGate(text, offeredActivities(state.profile));
    if (named === null) {
      if (QUESTION_LIKE.test(text)) return this.answerAside(state, text);
      return { state, replies: [{ text: "请点选业务，或直接写出，如“海外仓、直播电商”；都没有请回复“都没有”。" }] };
    }
    return this.gateDone(state, [...new Set([...this.ticked(state), ...named.ticked])], named.unsure);
  }

  /** The gate answered: what is not ticked recorded as none, or left unknown and not asked when the person is unsure. */
  private gateDone(state: SessionState, ticked: readonly string[], unsure: boolean): Step {
    if (state.pending?.path !== GATE) return { state, replies: [{ text: "当前不是在选择业务。" }] };
    const labels = offeredActivities(state.profile).filter((a) => ticked.includes(a.id)).map((a) => a.label);
    return this.advance({ ...afterGate(state, ticked, unsure), pending: null }, [{ text: `已记录：${gateSaid(labels, unsure)}。` }]);
  }

  private kindsDone(state: SessionState): Step {
    const ticked = state.pending?.path === "kinds" ? state.pending.kindsTicked ?? [] : [];
    if (ticked.length === 0) return { state, replies: [{ text: "请至少选择一种主体类型，或直接输入，如“跨境电商企业”。" }] };
    return this.store(state, "kinds", { ok: true, value: parseKinds(ticked.join("、")) }, false);
  }
}
