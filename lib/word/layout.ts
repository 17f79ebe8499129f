// The 公文 page of GB/T 9704-2012 as numbers Word understands. Data only: the exporter, its tests
// and the render check all read these, so a change here is a change everywhere.

/** Twentieths of a point per millimetre (Word measures pages in twips). */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded as Word rounds them. */
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** Font sizes in half-points (w:sz), by the Chinese size names GB/T 9704 uses. */
export const SIZE = {
  /** 二号, 22 pt: the title. */
  er: 44,
  /** 三号, 16 pt: body and headings. */
  san: 32,
  /** 四号, 14 pt: page numbers. */
  si: 28,
} as const;

/** One character of body text (三号) in twips: the unit of indents (“空二字”). */
export const CHAR = SIZE.san * 10;

/** A4 with the margins of GB/T 9704 §5.2.1 (版心 156 mm × 225 mm). */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** The footer's page number sits 7 mm below the text block (§7.5). */
  footer: mm(35 - 7 - 4.9),
  header: mm(15),
} as const;

/** Lines per page and characters per line of the document grid (§5.2.2). */
export const GRID_LINES = 22;
export const GRID_CHARS = 28;

/**
 * The grid in Word's terms. linePitch is the text block's height over 22, rounded down so that 22
 * lines fit. charSpace is in 1/4096 pt, added to the 三号 size, rounded down so that 28 characters
 * fit the text block's width exactly (Word floors width ÷ pitch, so a pitch a hair too wide gives 27).
 */
export const GRID = {
  linePitch: Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / GRID_LINES),
  charSpace: Math.floor(((PAGE.width - PAGE.left - PAGE.right) / 20 / GRID_CHARS - SIZE.san / 2) * 4096),
} as const;

/** A typeface named (never embedded) with the fonts Word/WPS/LibreOffice should use when it is missing. */
export interface NamedFont {
  name: string;
  fallbacks: readonly string[];
}

/** The typefaces of a report by role (§7.2, §7.3.3, §7.5). */
export const FONTS = {
  title: { name: '方正小标宋简体', fallbacks: ['小标宋', '华文中宋', '宋体', 'Noto Serif CJK SC'] },
  body: { name: '仿宋_GB2312', fallbacks: ['仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'] },
  kai: { name: '楷体_GB2312', fallbacks: ['楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC'] },
  hei: { name: '黑体', fallbacks: ['SimHei', 'STHeiti', 'Noto Sans CJK SC'] },
  song: { name: '宋体', fallbacks: ['SimSun', 'STSong', 'Noto Serif CJK SC'] },
} as const satisfies Record<string, NamedFont>;

/** Which typeface a role uses. */
export type FontRole = keyof typeof FONTS;

/** Heading typefaces by level: 一、 黑体, （一） 楷体, 1. and （1） 仿宋. */
export const HEADING_FONT: Record<1 | 2 | 3 | 4, FontRole> = { 1: 'hei', 2: 'kai', 3: 'body', 4: 'body' };
