// Owns the PDF of the prep sheet: pdfkit with its built-in Helvetica (no font files, no browser), black on white, A4.
// Page 1 the loop at a glance, then the slot cards flowing across pages (each card's height is measured with
// heightOfString before it is drawn; a new page starts only when the card does not fit), then the deep-dive worksheet.
import PDFDocument from "pdfkit";
import type { LoopSheet, SheetCard, SheetDeepDive } from "./loop-sheet";
import {
  CARDS_HEADING,
  GLANCE_HEADING,
  SEVERITY_LABEL,
  cardRows,
  cardTitle,
  cardWhere,
  deepDiveIntro,
  deepDiveRows,
  deepDiveTitle,
  glanceFacts,
  glanceRows,
  type SheetRow,
  type Tone,
} from "./sheet-rows";

type Doc = InstanceType<typeof PDFDocument>;
type Font = "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique" | "Helvetica-BoldOblique";

const MARGIN = 30;
const INK = "#000000";
const SOFT = "#444444";
const RULE = "#888888";
const BODY = 7.2;
const LINE_GAP = 0.4;
const LABEL_W = 40;
/** The worksheet's section names are longer ("Communication & earning trust"). */
const DEEP_DIVE_LABEL_W = 92;
const CARD_GAP = 5;
const ROW_GAP = 1;
const CARD_PAD = 2.5;

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

/** One paragraph: measured and drawn with the same font, size and width. */
interface Para {
  text: string;
  font?: Font;
  size?: number;
  color?: string;
  indent?: number;
  gapAfter?: number;
}

/** A SheetRow as paragraphs to measure and draw. */
interface Row {
  label: string;
  paras: Para[];
}

const left = (doc: Doc) => doc.page.margins.left;
const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function setFont(doc: Doc, p: Para) {
  doc.font(p.font ?? "Helvetica").fontSize(p.size ?? BODY).fillColor(p.color ?? INK);
}

// Each paragraph is measured once per width: the card's height, its rows and the drawing all reuse the figure.
const measured = new WeakMap<Para, Map<number, number>>();

function paraHeight(doc: Doc, p: Para, width: number): number {
  let byWidth = measured.get(p);
  if (!byWidth) measured.set(p, (byWidth = new Map()));
  const known = byWidth.get(width);
  if (known !== undefined) return known;
  setFont(doc, p);
  const h = doc.heightOfString(toWinAnsi(p.text), { width: width - (p.indent ?? 0), lineGap: LINE_GAP }) + (p.gapAfter ?? 0);
  byWidth.set(width, h);
  return h;
}

function drawPara(doc: Doc, p: Para, x: number, y: number, width: number): number {
  const h = paraHeight(doc, p, width);
  setFont(doc, p);
  const indent = p.indent ?? 0;
  doc.text(toWinAnsi(p.text), x + indent, y, { width: width - indent, lineGap: LINE_GAP });
  return y + h;
}

const labelParas = new Map<string, Para>();
function labelPara(text: string): Para {
  let p = labelParas.get(text);
  if (!p) labelParas.set(text, (p = { text, font: "Helvetica-Bold", size: 6.5, color: SOFT }));
  return p;
}

function rowHeight(doc: Doc, row: Row, width: number, labelW = LABEL_W): number {
  const label = paraHeight(doc, labelPara(row.label), labelW - 4);
  const body = row.paras.reduce((h, p) => h + paraHeight(doc, p, width - labelW), 0);
  return Math.max(label, body) + ROW_GAP;
}

function drawRow(doc: Doc, row: Row, x: number, y: number, width: number, labelW = LABEL_W): number {
  const h = rowHeight(doc, row, width, labelW);
  drawPara(doc, labelPara(row.label), x, y + 0.8, labelW - 4);
  let cy = y;
  for (const p of row.paras) cy = drawPara(doc, p, x + labelW, cy, width - labelW);
  return y + h;
}

/** Start a new page unless `height` fits below the cursor. */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function sectionHeading(doc: Doc, text: string) {
  ensureRoom(doc, 40);
  doc.moveDown(0.4);
  doc.font("Helvetica-Bold").fontSize(12).fillColor(INK).text(toWinAnsi(text), left(doc), doc.y, { width: contentWidth(doc) });
  const y = doc.y + 1;
  doc.moveTo(left(doc), y).lineTo(left(doc) + contentWidth(doc), y).lineWidth(0.8).strokeColor(INK).stroke();
  doc.y = y + 5;
}

// ---------- page 1: the loop at a glance ----------

function header(doc: Doc, sheet: LoopSheet) {
  drawPara(doc, { text: "StarLoop prep sheet", size: 8, color: SOFT }, left(doc), doc.y, contentWidth(doc));
  doc.y = drawPara(doc, { text: sheet.heading, font: "Helvetica-Bold", size: 16 }, left(doc), doc.y + 10, contentWidth(doc));
  doc.y = drawPara(doc, { text: sheet.summary, size: 9 }, left(doc), doc.y, contentWidth(doc));
}

function glance(doc: Doc, sheet: LoopSheet) {
  sectionHeading(doc, GLANCE_HEADING);
  doc.y = drawPara(doc, { text: glanceFacts(sheet).join("  ·  "), font: "Helvetica-Bold", size: 8.5, gapAfter: 4 }, left(doc), doc.y, contentWidth(doc));
  const width = contentWidth(doc);
  const cols = [0.24, 0.2, 0.56].map((f) => f * width);
  const pad = 2;
  const cellPara = (text: string, bold: boolean): Para => ({ text, size: 7.2, font: bold ? "Helvetica-Bold" : "Helvetica" });
  const drawLine = (cells: string[], bold: boolean, ruleColor: string) => {
    const h = Math.max(...cells.map((c, i) => paraHeight(doc, cellPara(c, bold), cols[i] - 2 * pad))) + 2 * pad;
    if (doc.y + h > bottom(doc)) doc.addPage();
    const y = doc.y;
    doc.moveTo(left(doc), y).lineTo(left(doc) + width, y).lineWidth(0.4).strokeColor(ruleColor).stroke();
    let x = left(doc);
    cells.forEach((c, i) => {
      drawPara(doc, cellPara(c, bold || (i === 2 && c !== "" && !c.startsWith("—"))), x + pad, y + pad, cols[i] - 2 * pad);
      x += cols[i];
    });
    doc.y = y + h;
  };
  drawLine(["Round", "Principle", "Planned story"], true, INK);
  for (const row of glanceRows(sheet)) drawLine([row.round, row.principle, row.story], false, row.firstOfRound ? INK : "#cccccc");
  doc.moveTo(left(doc), doc.y).lineTo(left(doc) + width, doc.y).lineWidth(0.4).strokeColor(INK).stroke();
  doc.y += 6;

  const g = sheet.glance;
  if (g.findings.length === 0) {
    doc.y = drawPara(doc, { text: "No open errors or warnings.", size: 8 }, left(doc), doc.y, width);
  } else {
    for (const f of g.findings) doc.y = drawRow(doc, { label: SEVERITY_LABEL[f.severity], paras: [{ text: f.text }] }, left(doc), doc.y, width);
    if (g.moreFindings) doc.y = drawPara(doc, { text: `…and ${g.moreFindings} more in the loop's report.`, size: 8, font: "Helvetica-Oblique" }, left(doc), doc.y, width);
  }
}

// ---------- the cards ----------

const TONE: Record<Tone, Pick<Para, "font" | "color" | "size">> = {
  strong: { font: "Helvetica-Bold" },
  plain: {},
  soft: { color: SOFT, size: 6.8 },
};

const toRow = (r: SheetRow): Row => ({ label: r.label, paras: r.lines.map((l) => ({ text: toPdfText(l.text), ...TONE[l.tone] })) });

/** The arrow is outside Windows-1252; "->" reads the same on paper. */
const toPdfText = (text: string) => text.replace(/→/g, "->");

function cardTop(card: SheetCard): Para[] {
  const where: Para = { text: cardWhere(card), font: "Helvetica-Bold", size: 6.5, color: SOFT, gapAfter: 1 };
  if (!card.story) return [where, { text: cardTitle(card), font: "Helvetica-Oblique", size: 8.5 }];
  return [where, { text: cardTitle(card), font: "Helvetica-Bold", size: 9, gapAfter: 1.5 }];
}

interface CardLayout {
  top: Para[];
  rows: Row[];
  height: number;
}

/** The card's paragraphs and its measured height, before anything is drawn. */
function layoutCard(doc: Doc, card: SheetCard, width: number): CardLayout {
  const inner = width - 2 * CARD_PAD - 3;
  const top = cardTop(card);
  const rows = cardRows(card).map(toRow);
  const height = CARD_PAD * 2 + top.reduce((h, p) => h + paraHeight(doc, p, inner), 0) + rows.reduce((h, r) => h + rowHeight(doc, r, inner), 0);
  return { top, rows, height };
}

function drawCard(doc: Doc, card: SheetCard, layout = layoutCard(doc, card, contentWidth(doc))) {
  const width = contentWidth(doc);
  const h = layout.height;
  if (doc.y + h > bottom(doc)) doc.addPage();
  const x0 = left(doc);
  const y0 = doc.y;
  const x = x0 + 3 + CARD_PAD;
  const inner = width - 2 * CARD_PAD - 3;
  let y = y0 + CARD_PAD;
  for (const p of layout.top) y = drawPara(doc, p, x, y, inner);
  for (const r of layout.rows) y = drawRow(doc, r, x, y, inner);
  doc.rect(x0, y0, 2, h).fill(INK);
  doc.rect(x0, y0, width, h).lineWidth(0.4).strokeColor(RULE).stroke();
  doc.x = x0;
  doc.y = y0 + h + CARD_GAP;
}

// ---------- the deep-dive worksheet ----------

function deepDive(doc: Doc, d: SheetDeepDive) {
  sectionHeading(doc, deepDiveTitle(d));
  const width = contentWidth(doc);
  doc.y = drawPara(doc, { text: deepDiveIntro(d), size: 7.5, color: SOFT, gapAfter: 3 }, left(doc), doc.y, width);
  for (const r of deepDiveRows(d)) {
    const row = toRow(r);
    ensureRoom(doc, rowHeight(doc, row, width, DEEP_DIVE_LABEL_W) + 2);
    doc.y = drawRow(doc, row, left(doc), doc.y, width, DEEP_DIVE_LABEL_W) + 2;
  }
}

function pageNumbers(doc: Doc, sheet: LoopSheet) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(7).fillColor(SOFT);
    doc.text(toWinAnsi(`${sheet.heading}  ·  page ${i + 1} of ${range.count}`), MARGIN, doc.page.height - 24, { width: contentWidth(doc), align: "right", lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** Renders the sheet to PDF bytes. */
export function renderLoopSheetPdf(sheet: LoopSheet): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: toWinAnsi(`Prep sheet: ${sheet.heading}`), Creator: "StarLoop" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  header(doc, sheet);
  glance(doc, sheet);
  if (sheet.cards.length) {
    // The heading moves with the first card: never alone at the foot of a page.
    const layouts = sheet.cards.map((card) => layoutCard(doc, card, contentWidth(doc)));
    ensureRoom(doc, 40 + layouts[0].height);
    sectionHeading(doc, CARDS_HEADING);
    sheet.cards.forEach((card, i) => drawCard(doc, card, layouts[i]));
  }
  if (sheet.deepDive) deepDive(doc, sheet.deepDive);
  pageNumbers(doc, sheet);
  doc.end();
  return done;
}
