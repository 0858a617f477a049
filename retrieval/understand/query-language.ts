// A question typed as machine input, as analysts, testers and developers type one, read as the question
// it spells before anything else reads it:
// - a database query: SELECT 奖励标准 FROM 郴州措施 WHERE 主题='人才培养输出基地'. Its keywords ask nothing
//   (WHERE is no "where", SELECT no subject): what it selects from is the subject, its conditions the facts,
//   its columns what is asked. The contract's own fields name a clause (docId='cz-2021-3' AND path='4.1' →
//   cz-2021-3/4.1), a numbering column a clause's number (no=6 → 第6条), and LIKE '%集检分出%' a phrase looked for.
// - a request body in JSON, alone or in a curl command: {"question": "…"}, {"body": {"q": "…", "asOf": "2025-10-01"}},
//   {"doc": "zz-2018-4", "item": 8}. Its question fields are what is asked, with its other fields in words, the day
//   and the clause it names; fields in codes (method, path, lang) are how it was sent.
// - rows pasted from a spreadsheet, cells apart by tabs under a header row (城市	主题	问题): the rows' cells are
//   what is asked; the header names the columns, which a cell left to fill (?) asks and a figure measures.
// - fields filled in as on a form: 文号=郑政〔2018〕4号；条款号=22, each field's name and value what is asked about, a
//   document's and a numbering field's value the clause named; a field named as an identifier (专业楼宇认定_办理时限) reads 专业楼宇认定的办理时限.
// - a requirement written as a user story: 作为PM，我想知道…，以便…; As a seller, I want to know …, so that …. What the
//   writer wants to know is asked; the role and the purpose say who asks and why.
// - a code comment: // TODO: …, # FIXME …, a block comment. Its marks and tags say nothing.

/** Its keywords in capitals, as queries are written: "select which subsidy from Zhengzhou" is English. */
const QUERY = /^\s*SELECT\s+(?<columns>.+?)\s+FROM\s+(?<table>.+?)(?:\s+WHERE\s+(?<where>.+?))?\s*;?\s*$/su;
const CONDITION = /^\s*(?<key>[^\s=<>!]+?)\s*(?<op>=|==|LIKE|IN|>=|<=|>|<)\s*(?<value>.+?)\s*$/iu;
/** Columns naming a clause's number in a document (no, 条, 编号, path), when the value is a number: 6, （十六）, 二（三）2, 4.1. */
const NUMBERING = /^(?:no|number|num|item|clause|path|条|条款|条款号|条号|编号|序号|项)$/iu;
const DOCUMENT = /^(?:doc|doc_?id|document|文号|文件)$/iu;
/** Columns asking a clause's whole text: *, text, body, 原文, 全文. */
const WHOLE_TEXT = /^(?:\*|text|body|content|原文|全文|内容)$/iu;

const NUMBER = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}[（(]\d{1,2}[）)]|[一二三四五六七八九十]*[（(]?[一二三四五六七八九十]+[）)]?\d?)$/u;
const unquoted = (value: string) => value.replace(/^['"“‘]|['"”’]$/gu, "");
/** A value, or the values of a list (IN ('a', 'b')) said as either. */
const valueOf = (value: string) => value.replace(/^\(|\)$/gu, "").split(/\s*,\s*/u).map(unquoted).join("或");

/** A clause named by a numbering field's value: the contract's id with the document's, else the number as the texts write one. */
const clauseNamed = (value: string, docId: string | undefined) => (docId ? `${docId}/${value}` : /^\d+$/u.test(value) ? `第${value}条` : value);

/** The question a query spells, or the text unchanged when it is no query. */
export function withQueryRead(text: string): string {
  const m = QUERY.exec(text);
  if (!m?.groups) return text;
  const { columns, table, where } = m.groups as { columns: string; table: string; where?: string };
  const conditions = (where ?? "").split(/\s+(?:AND|OR)\s+/iu).flatMap((c) => {
    const parts = CONDITION.exec(c)?.groups;
    return parts ? [{ key: parts.key!, op: parts.op!.toUpperCase(), value: valueOf(parts.value!) }] : [];
  });
  const isNumber = (c: { key: string; value: string }) => NUMBERING.test(c.key) && NUMBER.test(c.value);
  const numbered = conditions.some(isNumber);
  const docId = numbered ? conditions.find((c) => DOCUMENT.test(c.key))?.value : undefined;
  const said = conditions.flatMap((c) => {
    if (DOCUMENT.test(c.key) && docId) return [];
    if (isNumber(c)) return [clauseNamed(c.value, docId)];
    if (c.op === "LIKE") return [`原文有“${c.value.replace(/%/gu, "")}”`];
    return [`${c.key}${c.op === "=" || c.op === "==" || c.op === "IN" ? "为" : c.op}${c.value}`];
  });
  const asked = columns.split(/\s*,\s*/u).filter((c) => !WHOLE_TEXT.test(c));
  const phrase = conditions.some((c) => c.op === "LIKE");
  const question = phrase ? "在哪个文件哪一条" : asked.length > 0 ? `${asked.join("、")}是什么` : "原文是什么";
  return `${[table.replace(/_/gu, " "), ...said].join("，")}，${question}？`;
}

/** The fields a request carries its question in. */
const QUESTION_FIELD = /^(?:q|question|query|text|message|prompt|input|ask)$/iu;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The question a JSON request body carries, or the text unchanged when it holds none. */
export function withRequestRead(text: string): string {
  const json = /\{[\s\S]*\}/u.exec(text)?.[0];
  if (!json) return text;
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    return text;
  }
  const fields = leaves(body);
  const docId = fields.find(([key, value]) => DOCUMENT.test(key) && typeof value === "string")?.[1];
  const number = fields.find(([key, value]) => NUMBERING.test(key) && NUMBER.test(String(value)))?.[1];
  const asked = fields.filter(([key, value]) => QUESTION_FIELD.test(key) && typeof value === "string" && value.trim()).map(([, value]) => String(value));
  const clause = docId && number !== undefined ? [clauseNamed(String(number), String(docId))] : [];
  // Other fields in words name what is asked about ("docNumber": "郑政文〔2023〕210号", "label": "（五）"); codes (POST, en-zh) do not.
  const said = fields.filter(([key, value]) => !QUESTION_FIELD.test(key) && typeof value === "string" && /\p{Script=Han}/u.test(value)).map(([, value]) => String(value));
  const days = fields.filter(([, value]) => typeof value === "string" && DAY.test(value)).map(([, value]) => String(value));
  return asked.length > 0 || clause.length > 0 ? [...asked, ...said, ...clause, ...days].join(" ") : text;
}

/** Every field holding a string or a number, however deep, with its key. */
function leaves(value: unknown, key = ""): [string, string | number][] {
  if (typeof value === "string" || typeof value === "number") return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  return [];
}

/** A field filled in: its name, =, its value, up to the next separator. */
const FIELD = /([^\s=；;，,、：:]+)\s*=\s*([^；;，,\s　]*[\p{L}\p{N}][^；;，,\s　]*)/gu;

/** A field on a line of its own, as key: value lines are typed (doc: 郑政文〔2018〕57号 / clause: 3(3) / 跨境在线交易额: 30万美元). */
const LINE_FIELD = /^[ \t]*([A-Za-z][\w ]{0,19}?|\p{Script=Han}{1,10})[ \t]*[:：][ \t]*(\S.*?)[ \t]*$/gmu;

/**
 * Fields filled in as on a form (key=value, or key: value on two lines or more), a document's and a numbering
 * field's as the clause they name, a question field's as its question; the text unchanged when none is.
 */
export function withFieldsRead(text: string): string {
  if (QUERY.test(text)) return text;
  const lines = [...text.matchAll(LINE_FIELD)];
  const fields = (lines.length >= 2 ? lines : [...text.matchAll(FIELD)]).map((m) => ({ whole: m[0], key: m[1]!.trim(), value: unquoted(m[2]!) }));
  const docId = fields.find((f) => DOCUMENT.test(f.key) && /^[a-z]{2}-\d{4}-/u.test(f.value))?.value;
  const numbered = fields.some((f) => NUMBERING.test(f.key) && NUMBER.test(f.value));
  const read = fields.reduce((t, f) => {
    if (DOCUMENT.test(f.key)) return t.replace(f.whole, docId && numbered ? "" : f.value);
    if (NUMBERING.test(f.key) && NUMBER.test(f.value)) return t.replace(f.whole, clauseNamed(f.value, docId));
    if (QUESTION_FIELD.test(f.key)) return t.replace(f.whole, f.value);
    // Other fields keep their names, which say what the value is (营业收入=1800万元, onlineTransaction=24万美元).
    return t.replace(f.whole, `${f.key} ${f.value}`);
  }, text);
  return read.replace(/(?<=\p{Script=Han})_(?=\p{Script=Han})/gu, "的");
}

/** Rows pasted from a spreadsheet under their header row, their cells joined; the text unchanged when it is no such table. */
export function withTableRead(text: string): string {
  const lines = text.split(/\r?\n/u).filter((line) => line.trim() !== "");
  const cells = lines.map((line) => line.split("\t"));
  const header = cells[0]!;
  if (lines.length < 2 || header.length < 2 || cells.some((row) => row.length < header.length)) return text;
  // A cell left to fill (?) asks its column (发文机关？), a figure is of its column (入驻企业数 25家); a cell past the header is the row's own words.
  const read = (cell: string, i: number) => (/^[?？]+$/u.test(cell) && header[i] ? `${header[i].trim()}是什么？` : /^\d/u.test(cell) && header[i] ? `${header[i].trim()} ${cell}` : cell);
  return cells.slice(1).map((row) => row.map((cell) => cell.trim()).map(read).filter(Boolean).join("，")).join("\n");
}

/** A user story's parts: the role, what is wanted (知道/确认/验证 and the like said first), and the purpose. */
const USER_STORY = [
  /^\s*(?:作为|身为)[^，,。？?]{1,40}[，,]\s*我?(?:想|希望|需要|要)(?:知道|确认|了解|验证|查询|查|看看|弄清楚?)?\s*(?<want>.+?)(?:[，,]\s*(?:以便|以使|便于|好让|用于)[^。？?]*)?[。？?]?\s*$/su,
  /^\s*as an? [^,]{1,40},\s*i (?:want|need|would like) to (?:know|confirm|check|see|find out|verify)?\s*(?<want>.+?)(?:,?\s*so that\b.*)?$/isu,
];

/** What a user story wants to know, as a question; the text unchanged when it is no user story. */
export function withUserStoryRead(text: string): string {
  const want = USER_STORY.map((story) => story.exec(text)?.groups?.want).find(Boolean);
  return want ? `${want.trim()}？` : text;
}

/** A code comment's marks (//, #, a block's opening and closing) and tags (TODO:, FIXME:, NOTE:). */
const COMMENT_MARKS = /^\s*(?:\/\/+|#+(?!\d)|\/\*+)\s*(?:(?:TODO|FIXME|NOTE|XXX)\b\s*[:：]?\s*)?|\s*\*+\/\s*$/gu;

/** A question typed as a code comment, without its marks; the text unchanged when it is none. */
export function withCodeCommentRead(text: string): string {
  return /^\s*(?:\/\/|#(?!\d)|\/\*)/u.test(text) ? text.replace(COMMENT_MARKS, "").trim() : text;
}
