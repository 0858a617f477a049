import { Dialogue } from "../bot/dialogue/dialogue.ts";
import { SqliteStore } from "../bot/store/sqlite-store.ts";
const store = SqliteStore.open(":memory:");
const d = new Dialogue({ store, ask: null, fxUsdCny: 7.1, today: () => "2024-06-30" });
const show = (r: any[]) => { for (const x of r) console.log(">>", x.text, x.edits ? "(edits)" : "", JSON.stringify(x.buttons?.map((r: any) => r.map((b: any) => `${b.label}=${b.data}`)))); };
const say = async (t: string) => { console.log("##", t); show(await d.handle("s", t.startsWith("!") ? { kind: "button", data: t.slice(1) } : { kind: "text", text: t })); };
await say("/screen");
for (const t of process.argv.slice(2)) await say(t);
