// `doc add TEXT.txt --meta document.yaml` (or a folder holding both): checks a new document,
// prints what the parser made of it, and writes it into the corpus folder as one step.
// `doc check`: checks the whole corpus folder and the rules against it. CONTRACT.md §6.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseDocument as parseYamlDocument } from "yaml";
import { loadConfig } from "../../config.ts";
import { todayInChina } from "../../corpus/dates.ts";
import { DECLARATION_FILE, SOURCE_FILE, type Declaration } from "../../corpus/declaration.ts";
import { buildCorpus, checkDocument, CorpusError, numberingFound, parseDeclaration, readCorpusSources, type Corpus, type DocumentSource } from "../../corpus/load.ts";
import type { Clause, ParsedText } from "../../corpus/parse.ts";
import { moneyClauses } from "../../policies/encoding.ts";
import { POLICY_DOCUMENTS, ruleProblems } from "../../policies/rules/index.ts";
import { parseArgs, UsageError } from "../args.ts";
import { readText } from "../io.ts";
import type { Command } from "./command.ts";

const FIRST_WORDS = 24;
const firstWords = (text: string) => {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > FIRST_WORDS ? `${flat.slice(0, FIRST_WORDS)}…` : flat;
};

/** The text and the declaration named on the command line: two files, or a folder holding both. */
function inputs(path: string | undefined, meta: string | undefined): { textPath: string; metaPath: string } {
  if (!path) throw new UsageError("doc add needs a text file (or a folder holding it and document.yaml)");
  if (existsSync(path) && statSync(path).isDirectory()) {
    const texts = readdirSync(path).filter((f) => f.endsWith(".txt"));
    if (texts.length !== 1) throw new UsageError(`${path}: expected one .txt file beside document.yaml, found ${texts.length}`);
    return { textPath: join(path, texts[0]!), metaPath: meta ?? join(path, DECLARATION_FILE) };
  }
  if (!meta) throw new UsageError("doc add needs --meta document.yaml with the text file");
  return { textPath: path, metaPath: meta };
}

/** The corpus folder's documents; a broken corpus is reported before anything is added to it. */
function existing(dir: string): DocumentSource[] {
  try {
    return readCorpusSources(dir);
  } catch (err) {
    if (err instanceof CorpusError) throw new UsageError(`the corpus in ${dir} is invalid: ${err.problems.join("; ")}`);
    throw err;
  }
}

interface Preview {
  docId: string;
  docNumber: string;
  numbering: { declared: Declaration["numbering"]; found: "straight" | "sectioned" | null };
  clauseCount: number;
  clauses: { clauseId: string; label: string; title: string | null; firstWords: string }[];
  /** Paragraphs that are in no numbered item (preamble, notice, closing, annex): worth a look. */
  outsideItems: { clauseId: string; firstWords: string }[];
  /** Lines the layout dropped as page furniture (letterhead, title, signature). */
  dropped: string[];
  /** Money clauses that no rule encodes yet. */
  unencodedMoneyClauses: string[];
  written: string | null;
}

const NUMBERED = new Set<Clause["kind"]>(["item", "section"]);

function preview(declaration: Declaration, parsed: ParsedText, corpus: Corpus, written: string | null): Preview {
  const { clauses } = parsed.document;
  return {
    docId: declaration.docId,
    docNumber: declaration.docNumber,
    numbering: { declared: declaration.numbering, found: numberingFound(clauses) },
    clauseCount: clauses.length,
    clauses: clauses.map((c) => ({ clauseId: c.clauseId, label: c.label, title: c.title, firstWords: firstWords(c.text) })),
    outsideItems: clauses.filter((c) => !NUMBERED.has(c.kind)).map((c) => ({ clauseId: c.clauseId, firstWords: firstWords(c.text) })),
    dropped: parsed.dropped,
    unencodedMoneyClauses: moneyClauses(declaration.docId, POLICY_DOCUMENTS, corpus).unencoded.map((c) => c.clauseId),
    written,
  };
}

function previewText(p: Preview): string {
  const numbering = p.numbering.found ? `${p.numbering.declared}（原文编号：${p.numbering.found === "straight" ? "各章节连续编号" : "每章节重新编号"}）` : p.numbering.declared;
  return [
    `${p.docId} ${p.docNumber}`,
    `numbering: ${numbering}`,
    `clauses: ${p.clauseCount}`,
    ...p.clauses.map((c) => `  ${c.clauseId}\t${c.label}\t${c.firstWords}`),
    `outside numbered items: ${p.outsideItems.length ? "" : "none"}`,
    ...p.outsideItems.map((c) => `  ${c.clauseId}\t${c.firstWords}`),
    `dropped by the layout: ${p.dropped.length ? "" : "none"}`,
    ...p.dropped.map((l) => `  ${firstWords(l)}`),
    p.unencodedMoneyClauses.length
      ? `money clauses not yet encoded (screening names them, amounts left out; see docs/ADDING-A-POLICY.md): ${p.unencodedMoneyClauses.join(" ")}`
      : "money clauses not yet encoded: none",
    p.written ? `written: ${p.written}` : "not written (--dry-run)",
  ].join("\n");
}

/** Writes the folder under a temporary name and renames it into place: all of it or nothing. */
function writeFolder(dir: string, docId: string, text: string, yaml: string): string {
  const target = join(dir, docId);
  const tmp = join(dir, `.${docId}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    mkdirSync(tmp);
    writeFileSync(join(tmp, SOURCE_FILE), text);
    writeFileSync(join(tmp, DECLARATION_FILE), yaml);
    if (existsSync(target)) throw new UsageError(`docId ${docId} is already taken (${target} exists)`);
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return target;
}

/** The declaration as given, with the day it joins the corpus (its comments kept). */
function withAddedOn(yaml: string, declaration: Declaration): string {
  if (declaration.addedOn) return yaml;
  const doc = parseYamlDocument(yaml);
  doc.set("addedOn", todayInChina());
  return doc.toString();
}

async function add(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ["meta"]);
  const { textPath, metaPath } = inputs(args.positional[0], args.option("meta"));
  const text = readText(textPath);
  const yaml = readText(metaPath);
  let declaration: Declaration;
  try {
    declaration = parseDeclaration(yaml, metaPath);
  } catch (err) {
    if (err instanceof CorpusError) throw new UsageError(`bad declaration: ${err.problems.join("; ")}`);
    throw err;
  }
  if (declaration.source !== SOURCE_FILE) throw new UsageError(`bad declaration: ${metaPath}: source: doc add stores the text given as ${SOURCE_FILE}; leave source out`);
  const dir = resolve(loadConfig().corpusDir);
  const sources = existing(dir);
  if (sources.some((s) => s.declaration.docId === declaration.docId) || existsSync(join(dir, declaration.docId))) {
    throw new UsageError(`docId ${declaration.docId} is already taken in ${dir}`);
  }
  const source: DocumentSource = { declaration, text, file: join(dir, declaration.docId, SOURCE_FILE) };
  const checked = checkDocument(source);
  if (!checked.parsed || checked.problems.length) throw new UsageError(`${declaration.docId}: ${checked.problems.join("; ")}`);
  let corpus: Corpus;
  try {
    corpus = buildCorpus(dir, [...sources, source]);
  } catch (err) {
    if (err instanceof CorpusError) throw new UsageError(err.problems.join("; "));
    throw err;
  }
  const written = args.flag("dry-run") ? null : writeFolder(dir, declaration.docId, text, withAddedOn(yaml, declaration));
  const p = preview(declaration, checked.parsed, corpus, written);
  process.stdout.write(`${args.flag("json") ? JSON.stringify(p) : previewText(p)}\n`);
}

async function check(argv: string[]): Promise<number> {
  const args = parseArgs(argv, []);
  const dir = resolve(loadConfig().corpusDir);
  let corpus: Corpus;
  try {
    corpus = buildCorpus(dir, readCorpusSources(dir));
  } catch (err) {
    if (!(err instanceof CorpusError)) throw err;
    if (args.flag("json")) process.stdout.write(`${JSON.stringify({ ok: false, dir, problems: err.problems })}\n`);
    for (const p of err.problems) process.stderr.write(`${p}\n`);
    return 2;
  }
  const problems = ruleProblems(POLICY_DOCUMENTS, corpus);
  const documents = corpus.documents.map((d) => ({
    docId: d.info.docId,
    docNumber: d.info.docNumber,
    clauses: d.clauses.length,
    unencodedMoneyClauses: moneyClauses(d.info.docId, POLICY_DOCUMENTS, corpus).unencoded.map((c) => c.clauseId),
  }));
  if (args.flag("json")) {
    process.stdout.write(`${JSON.stringify({ ok: problems.length === 0, dir, documents, problems })}\n`);
  } else {
    for (const d of documents) {
      process.stdout.write(`${d.docId}\t${d.docNumber}\t${d.clauses} clauses${d.unencodedMoneyClauses.length ? `\tmoney clauses not yet encoded: ${d.unencodedMoneyClauses.join(" ")}` : ""}\n`);
    }
  }
  for (const p of problems) process.stderr.write(`${p}\n`);
  return problems.length ? 2 : 0;
}

export const docCommand: Command = {
  name: "doc",
  usage: "doc add TEXT.txt --meta document.yaml [--json] [--dry-run] | doc add FOLDER | doc check [--json]   add a document to the corpus / check the corpus",
  async run(argv) {
    const [sub, ...rest] = argv;
    if (sub === "add") return add(rest);
    if (sub === "check") return check(rest);
    throw new UsageError(`doc needs "add" or "check", got "${sub ?? ""}"`);
  },
};
