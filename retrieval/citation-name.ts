// How every channel names a cited clause: 文号, the document's title, the clause's label and title.
// The title is part of the name because one 文号 can carry several documents (郑政文〔2023〕210号
// holds three), so 文号 and label alone can mean three clauses. Pure, for the console's bundle too.

/** 郑政文〔2023〕210号《郑州市加快推进跨境电商发展的若干措施》（六）降低国际物流费用成本 */
export function citationName(c: { docNumber: string; docTitle: string; clauseLabel: string; title: string | null }): string {
  return `${c.docNumber}《${c.docTitle}》${c.clauseLabel}${c.title ?? ""}`;
}

/** A clause read out whole: its label, then its text, which begins with its title when it has one. */
export function clauseRead(c: { label: string; title: string | null; text: string }): string {
  return c.title && !c.text.startsWith(c.title) ? `${c.label}${c.title}：${c.text}` : `${c.label}${c.text}`;
}
