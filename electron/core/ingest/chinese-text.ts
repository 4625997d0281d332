/**
 * Helpers for telling real Chinese text from mojibake: which code points are Han ideographs, and
 * whether they are among the most frequent ones. About 80% of the characters of a real Chinese
 * document (simplified or traditional) are in the ~780-character set below; text decoded with
 * the wrong encoding, or a garbled PDF text layer, yields Han characters spread evenly over the
 * ~20,000 code points of the CJK block, of which fewer than 4% are in it.
 */

/** The ~570 most frequent simplified characters (general frequency lists plus policy wording). */
const COMMON_SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于' +
  '着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还' +
  '进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情' +
  '明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或' +
  '新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员' +
  '解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太' +
  '量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基' +
  '眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交' +
  '规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济' +
  '车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调' +
  '深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越' +
  '器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历' +
  '首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维' +
  '镇村县省项革创升善施障环境态育卫健康养值亿亩率累划织园乡础旅游招培扶策措预财税监' +
  '督检核评估群居廉街';

/** Traditional forms of the characters above, where they differ. */
const COMMON_TRADITIONAL =
  '這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣開從實軍無與長機關點業將兩' +
  '間問並應戰頭體見產話內給門兒東聲員論處義幾認條氣題爾別變總電數報結務場計資許統區' +
  '隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識帶導爭運飛風乾聯組濟車' +
  '親極辦議證轉準遠臺單羅愛擊備連調質團價黨華級離況亞請際約覆線斷滿視須寫稱嗎輕農裝' +
  '廣顯標談圖歷醫專費號盡較語僅隨選紅響雖勢參眾構節維鎮縣項創環態衛養億畝劃織園鄉礎' +
  '遊預財稅監檢評';

const COMMON = new Set<string>([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL]);

/** CJK Unified Ideographs and extension A, compatibility ideographs, and the supplementary planes. */
export function isHan(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f)
  );
}

export function isCommonHan(char: string): boolean {
  return COMMON.has(char);
}

/** CJK and full-width punctuation, general punctuation (quotes, dashes), the ideographic space. */
function isCjkPunctuation(codePoint: number): boolean {
  return (
    (codePoint >= 0x3000 && codePoint <= 0x303f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    (codePoint >= 0x2010 && codePoint <= 0x206f) ||
    codePoint === 0x00b7
  );
}

function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0xa0 ||
    cp === 0x3000 ||
    cp === 0xfeff ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200b) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f
  );
}

export interface TextProfile {
  /** Code points that are not white space. */
  visible: number;
  /** Visible code points above ASCII. */
  nonAscii: number;
  han: number;
  commonHan: number;
  /** Latin letters and digits (ASCII). */
  asciiAlnum: number;
  /** U+FFFD. */
  replacement: number;
  /** Private-use code points (fonts without a Unicode mapping often produce these). */
  privateUse: number;
  /** C0/C1 control characters other than tab, newline, carriage return, form feed. */
  control: number;
  /** Non-ASCII code points that are neither Han nor punctuation (Latin-1 letters, Hebrew, …). */
  otherNonAscii: number;
  /** U+00A1–U+00FF: what GBK bytes become when a PDF font without a Unicode map is read as Latin-1. */
  latin1: number;
}

/** Counts the kinds of characters in a text, in one pass. */
export function profileText(text: string): TextProfile {
  const profile: TextProfile = {
    visible: 0,
    nonAscii: 0,
    han: 0,
    commonHan: 0,
    asciiAlnum: 0,
    replacement: 0,
    privateUse: 0,
    control: 0,
    otherNonAscii: 0,
    latin1: 0,
  };
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c || cp === 0x20) continue;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
      profile.control++;
      profile.visible++;
      continue;
    }
    if (isUnicodeSpace(cp)) continue;
    profile.visible++;
    if (cp < 0x80) {
      if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
        profile.asciiAlnum++;
      }
      continue;
    }
    profile.nonAscii++;
    if (isHan(cp)) {
      profile.han++;
      if (COMMON.has(char)) profile.commonHan++;
    } else if (cp === 0xfffd) {
      profile.replacement++;
    } else if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) {
      profile.privateUse++;
    } else if (!isCjkPunctuation(cp)) {
      profile.otherNonAscii++;
      if (cp >= 0xa1 && cp <= 0xff) profile.latin1++;
    }
  }
  return profile;
}

/**
 * Whether a profile looks like real Chinese: Han characters make up most of the non-ASCII,
 * non-punctuation characters, few replacement characters, and (for more than a handful of Han
 * characters) at least 30% of them are common ones.
 */
export function looksLikeChinese(profile: TextProfile): boolean {
  if (profile.han === 0) return false;
  if (profile.replacement > Math.max(1, profile.nonAscii * 0.01)) return false;
  if (profile.han < (profile.han + profile.otherNonAscii + profile.privateUse) * 0.8) return false;
  if (profile.han >= 20) return profile.commonHan / profile.han >= 0.3;
  return profile.commonHan >= 1;
}

/**
 * CJK radicals that fonts (Noto CJK among them) map to the same glyph as an ideograph, so a PDF's
 * text layer can say "⻓" (U+2ED3, a radical) where the page shows 长. Kangxi radicals
 * (U+2F00–U+2FD5) and compatibility ideographs (U+F900–U+FAFF) normalise with NFKC; the radicals
 * supplement mostly has no decomposition, hence this table (the radicals that are also words).
 */
const RADICAL_TO_HAN: Readonly<Record<string, string>> = {
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ea9': '王',
  '\u2eac': '示',
  '\u2eaf': '糸',
  '\u2eb0': '纟',
  '\u2ebb': '聿',
  '\u2ebd': '臼',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec8': '讠',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed0': '钅',
  '\u2ed1': '長',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee0': '饣',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eeb': '斉',
  '\u2eec': '齐',
  '\u2eed': '歯',
  '\u2eee': '齿',
  '\u2eef': '竜',
  '\u2ef0': '龙',
  '\u2ef2': '亀',
  '\u2ef3': '龟',
};

/** Replaces radical and compatibility code points that stand for ordinary ideographs. */
export function normaliseCjkCompatibility(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/gu, (char) => {
    const cp = char.codePointAt(0)!;
    if (cp < 0x2f00) return RADICAL_TO_HAN[char] ?? char;
    return char.normalize('NFKC');
  });
}
