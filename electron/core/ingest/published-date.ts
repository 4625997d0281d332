/**
 * Publication dates as documents state them ("2021-03-03", "2021/3/3", "2021年3月3日",
 * "2021-03-03T08:00:00+08:00"), normalised to YYYY-MM-DD.
 */

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/u;

/** The first date in a string as YYYY-MM-DD; undefined when there is none or it is impossible. */
export function normaliseDate(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Labels government web pages put before the publication date ("发布日期：2021-03-03",
 * "发布时间: 2021年3月3日"), simplified and traditional. "Updated" dates are not publication
 * dates and are not matched.
 */
const LABELLED_DATE = new RegExp(
  '(?:发布日期|发布时间|發佈日期|發布日期|發佈時間|發布時間|发文日期|成文日期|印发日期|公开日期|' +
    '发表日期|发表时间|發表日期|發表時間)\\s*[:：]?\\s*' +
    '(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2})',
  'u',
);

/** A date the text labels as the publication date, normalised; undefined when none. */
export function findLabelledDate(text: string): string | undefined {
  const match = LABELLED_DATE.exec(text);
  return match ? normaliseDate(match[1]!) : undefined;
}
