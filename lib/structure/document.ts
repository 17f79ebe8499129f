/** A range of the text in UTF-16 code units, `end` exclusive, as String.prototype.slice takes it. */
export interface Span {
  start: number;
  end: number;
}

/** The ordinal families of GB/T 9704 §7.3.3 (plus 第一部分), outermost first. */
export type MarkerFamily = 'part' | 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';

/** A heading's ordinal marker such as 一、 or （1）, with its standard rendering. */
export interface Marker extends Span {
  family: MarkerFamily;
  ordinal: number;
  /** The marker exactly as GB/T 9704 writes it for this ordinal (e.g. 1. for 1、). */
  standard: string;
}

/** A heading: numbered or not, on a line of its own (standalone) or opening a paragraph (run-in). */
export interface Heading extends Span {
  marker?: Marker;
  /** The heading's words, without marker and without trailing punctuation. */
  title: Span;
  shape: 'standalone' | 'run-in';
  /** 1 for a top-level heading. */
  depth: number;
  /** Where the heading's content (including its sub-headings) ends. */
  bodyEnd: number;
  children: Heading[];
  /** Set when the heading continues its siblings' series in a different marker family. */
  mixedWith?: MarkerFamily;
}

/** An item of an inline enumeration: 一是 / 第一， / 首先，. */
export interface EnumItem extends Span {
  kind: 'shi' | 'di' | 'xian';
  /** 1-based; 最后 has 0 (it closes whatever came before). */
  ordinal: number;
  /** The punctuation right after a 第一/首先 item, if any. */
  mark?: Span;
  paragraph: number;
}

/** A report read from plain text: everything with exact offsets into `text`. */
export interface ReportDocument {
  text: string;
  title?: Span;
  salutation?: Span;
  /** Paragraphs between the title (or salutation) and the first heading. */
  opening?: Span;
  closing?: Span;
  signature?: Span;
  date?: Span;
  /** Logical paragraphs (hard-wrapped lines joined, flattened text split), trimmed. */
  paragraphs: Span[];
  /** Top-level headings; each holds its sub-headings. */
  headings: Heading[];
  /** Every heading in document order. */
  allHeadings: Heading[];
  enumerations: EnumItem[];
  /** The region that holds the sections: after the opening, before the closing. */
  body: Span;
}
