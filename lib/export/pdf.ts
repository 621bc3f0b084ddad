// Owns the PDF of a loop sheet: pdfkit with its built-in Helvetica (no font files, no browser), black on white,
// a new page per round, then the principle × story matrix and the open findings.
import PDFDocument from "pdfkit";
import { MATRIX_LEGEND, type LoopSheet, type SheetRound } from "./loop-sheet";

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 50;
const INK = "#000000";
const SOFT = "#333333";
const RULE = "#777777";
const SEVERITY_LABEL = { error: "Error", warning: "Warning", tip: "Tip" } as const;

// The standard fonts only know Windows-1252. Map the usual typographic characters to it and replace the rest,
// so a title in any script still prints (as "?") instead of corrupting the page.
const WIN_ANSI_EXTRA = new Set(
  [402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338, 339, 732, 352, 353, 376, 381, 382],
);
const REPLACEMENTS: Readonly<Record<string, string>> = {
  "\u2212": "-", // minus sign (metric changes)
  "\u2010": "-",
  "\u2011": "-",
  "\u2009": " ",
  "\u202f": " ",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2248": "~",
  "\u2032": "'",
  "\u2033": '"',
};

export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0) ?? 63;
    if (ch === "\n" || (code >= 32 && code < 127) || (code >= 160 && code <= 255) || WIN_ANSI_EXTRA.has(code)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (code === 9) out += " ";
    else if (code < 32 || (code >= 127 && code < 160) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0x200d) continue;
    else out += "?";
  }
  return out;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

type Font = "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique";

function write(doc: Doc, text: string, font: Font, size: number, opts: PDFKit.Mixins.TextOptions = {}, color = INK) {
  doc.font(font).fontSize(size).fillColor(color).text(toWinAnsi(text), { lineGap: 1.5, ...opts });
}

function rule(doc: Doc) {
  const y = doc.y + 4;
  doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y).lineWidth(0.6).strokeColor(RULE).stroke();
  doc.y = y + 8;
}

function heading(doc: Doc, sheet: LoopSheet) {
  write(doc, "StarLoop loop sheet", "Helvetica", 9, {}, SOFT);
  write(doc, sheet.heading, "Helvetica-Bold", 20);
  write(doc, sheet.summary, "Helvetica", 10);
  rule(doc);
}

function labelled(doc: Doc, label: string, text: string, size = 9.5) {
  doc.font("Helvetica-Bold").fontSize(size).fillColor(INK).text(toWinAnsi(`${label} `), { continued: true, lineGap: 1.5 });
  doc.font("Helvetica").text(toWinAnsi(text || "—"), { lineGap: 1.5 });
}

function round(doc: Doc, r: SheetRound) {
  write(doc, `Round ${r.number} · ${r.title}`, "Helvetica-Bold", 15);
  const focus = r.focus.length ? r.focus.map((f) => f.name).join(", ") : "no focus principles";
  write(doc, `${r.minutes} minutes · Focus: ${focus}`, "Helvetica", 10);
  doc.moveDown(0.6);
  if (r.slots.length === 0) {
    write(doc, "No behavioral focus in this round.", "Helvetica-Oblique", 10);
    return;
  }
  for (const slot of r.slots) {
    ensureRoom(doc, 90);
    write(doc, slot.principleName.toUpperCase(), "Helvetica-Bold", 9, { characterSpacing: 0.4 });
    if (!slot.story) {
      write(doc, "No story planned yet.", "Helvetica-Oblique", 10);
    } else {
      const s = slot.story;
      doc.font("Helvetica-Bold").fontSize(12).fillColor(INK).text(toWinAnsi(s.title), { continued: Boolean(s.projectTitle), lineGap: 1.5 });
      if (s.projectTitle) doc.font("Helvetica").fontSize(10).text(toWinAnsi(`  (${s.projectTitle})`), { lineGap: 1.5 });
      doc.moveDown(0.2);
      for (const line of s.lines) labelled(doc, `${line.label}:`, line.text);
      if (s.metrics.length) labelled(doc, "Metrics:", s.metrics.join(" · "));
    }
    labelled(doc, "Backup:", slot.backup ? slot.backup.title : "none");
    doc.moveDown(0.8);
  }
}

function matrix(doc: Doc, sheet: LoopSheet) {
  write(doc, "Principle × story matrix", "Helvetica-Bold", 15);
  doc.moveDown(0.3);
  const { principles, rows } = sheet.matrix;
  if (principles.length === 0 || rows.length === 0) {
    write(doc, "No stories planned yet.", "Helvetica-Oblique", 10);
    return;
  }
  const width = contentWidth(doc);
  const colW = Math.max(26, Math.min(48, (width - 170) / principles.length));
  const titleW = width - colW * principles.length;
  const left = doc.page.margins.left;
  const pad = 4;

  const drawHeader = () => {
    const y = doc.y;
    doc.font("Helvetica-Bold").fontSize(8.5).fillColor(INK);
    doc.text("Story", left + pad, y + pad, { width: titleW - 2 * pad, lineBreak: false });
    principles.forEach((p, i) => doc.text(p.abbr, left + titleW + i * colW, y + pad, { width: colW, align: "center", lineBreak: false }));
    const h = 16;
    doc.rect(left, y, width, h).lineWidth(0.8).strokeColor(INK).stroke();
    for (let i = 0; i < principles.length; i++) {
      const x = left + titleW + i * colW;
      doc.moveTo(x, y).lineTo(x, y + h).lineWidth(0.4).stroke();
    }
    doc.x = left;
    doc.y = y + h;
  };
  drawHeader();
  for (const row of rows) {
    doc.font("Helvetica").fontSize(8.5);
    const title = toWinAnsi(row.title);
    const h = Math.max(16, doc.heightOfString(title, { width: titleW - 2 * pad }) + 2 * pad);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    doc.font("Helvetica").fontSize(8.5).fillColor(INK).text(title, left + pad, y + pad, { width: titleW - 2 * pad });
    row.cells.forEach((cell, i) => {
      doc.font(cell.startsWith("R") ? "Helvetica-Bold" : "Helvetica").fontSize(8.5);
      doc.text(cell, left + titleW + i * colW, y + pad, { width: colW, align: "center", lineBreak: false });
    });
    doc.rect(left, y, width, h).lineWidth(0.4).strokeColor(RULE).stroke();
    for (let i = 0; i < principles.length; i++) {
      const x = left + titleW + i * colW;
      doc.moveTo(x, y).lineTo(x, y + h).stroke();
    }
    doc.x = left;
    doc.y = y + h;
  }
  doc.moveDown(0.6);
  doc.x = left;
  write(doc, principles.map((p) => `${p.abbr} = ${p.name}`).join(" · "), "Helvetica", 8.5, { width });
  write(doc, MATRIX_LEGEND, "Helvetica", 8.5, { width });
}

function findings(doc: Doc, sheet: LoopSheet) {
  doc.moveDown(1);
  ensureRoom(doc, 60);
  write(doc, "Open findings", "Helvetica-Bold", 15);
  doc.moveDown(0.3);
  if (sheet.findings.length === 0) {
    write(doc, "None: every slot is planned and no story is told twice.", "Helvetica", 10);
    return;
  }
  for (const f of sheet.findings) {
    labelled(doc, `${SEVERITY_LABEL[f.severity]}:`, f.text, 10);
    doc.moveDown(0.2);
  }
}

function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor(SOFT);
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - 30, { width: contentWidth(doc), align: "right", lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** Renders the sheet to PDF bytes. */
export function renderLoopSheetPdf(sheet: LoopSheet): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: toWinAnsi(`Loop sheet: ${sheet.heading}`), Creator: "StarLoop" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  heading(doc, sheet);
  sheet.rounds.forEach((r, i) => {
    if (i > 0) doc.addPage();
    round(doc, r);
  });
  doc.addPage();
  matrix(doc, sheet);
  findings(doc, sheet);
  pageNumbers(doc);
  doc.end();
  return done;
}
