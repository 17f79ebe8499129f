// Where the dictionary's entries come from. Each entry names one of these ids; the texts are public
// national standards and widely published proofreading lists.

/** A public source of dictionary entries. */
export interface Source {
  zh: string;
  en: string;
}

/** Every source an entry may name, by id. */
export const SOURCES: Readonly<Record<string, Source>> = {
  yixingci: {
    zh: '《第一批异形词整理表》（GF 1001-2001，教育部、国家语委）',
    en: 'First Batch of Standardised Variant Word Forms (GF 1001-2001)',
  },
  tongyong: {
    zh: '《通用规范汉字表》（国务院2013年公布）及所附规范字与繁体字、异体字对照表',
    en: 'Table of General Standard Chinese Characters (2013), with its traditional and variant forms',
  },
  'common-typos': {
    zh: '常见错别字（《咬文嚼字》历年“最常见错别字”等公开校对资料，结合《现代汉语词典》第7版词形）',
    en: 'Common miswritten words (published proofreading lists, checked against the Xiandai Hanyu Cidian, 7th ed.)',
  },
  'look-alike': {
    zh: '形近字误用（己/已/巳、戍/戌/戊、候/侯等，公文校对常见）',
    en: 'Look-alike characters in words (己/已/巳, 戍/戌/戊, 候/侯 …), common in proofreading',
  },
  particles: {
    zh: '“的、地、得”的用法（状语后用“地”，补语前用“得”；《现代汉语词典》第7版）',
    en: 'Use of 的/地/得 (地 after an adverbial, 得 before a complement)',
  },
  'zuo-zuo': {
    zh: '“作出”“做出”的用法（《现代汉语词典》第7版：抽象事物多用“作出”）',
    en: '作出 and 做出 (the dictionary prefers 作出 with abstract objects)',
  },
  'jiezhi-jiezhi': {
    zh: '“截至”“截止”的用法（截至后接时间点，截止表示到期停止；《现代汉语词典》第7版）',
    en: '截至 (up to a point in time) and 截止 (to close)',
  },
  gbt15835: {
    zh: 'GB/T 15835-2011《出版物上数字用法》',
    en: 'GB/T 15835-2011, use of numbers in publications',
  },
  'party-documents': {
    zh: '党的全国代表大会、中央全会和中央文件的公开表述（新华社公开报道）',
    en: 'Public wording of Party congresses, plenary sessions and central documents (Xinhua)',
  },
  calendar: {
    zh: '纪念年份按事件年份推算（中国共产党成立于1921年，中华人民共和国成立于1949年，改革开放始于1978年，抗日战争胜利于1945年）',
    en: 'Anniversaries counted from the event’s year (CPC 1921, PRC 1949, reform 1978, victory 1945)',
  },
};
