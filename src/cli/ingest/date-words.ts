/**
 * The words dates are written with, as the date rules (dates.ts) read them:
 * month names and abbreviations, weekdays and seasons in English, French,
 * Russian and Spanish, and the patterns of a month, a year and a day.
 */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'];
/** French month and weekday names (an article in French, not translated). */
export const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
/** Russian months (genitive, as after a day) and weekdays (accusative, as after в/во). */
export const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const WEEKDAYS_RU = ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'];
/** Spanish months and weekdays ("el 5 de enero", "el martes"). */
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
export const MONTH = String.raw`(${MONTHS.join('|')}|${MONTHS_FR.join('|')}|${MONTHS_RU.join('|')}|${MONTHS_ES.join('|')}|(?:${ABBREVIATIONS.join('|')})\.?)`;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Weekday names the weekday rule reads: English, and French in lower and upper case. */
export const WEEKDAY_NAMES = [...WEEKDAYS, ...WEEKDAYS_FR, ...WEEKDAYS_FR.map((d) => d[0]!.toUpperCase() + d.slice(1)), ...WEEKDAYS_RU, ...WEEKDAYS_ES];
export const weekdayIndex = (name: string) => [WEEKDAYS.indexOf(name), WEEKDAYS_FR.indexOf(name.toLowerCase()), WEEKDAYS_RU.indexOf(name), WEEKDAYS_ES.indexOf(name)].find((i) => i >= 0) ?? -1;
/** EDTF season codes (level 1): 21 spring, 22 summer, 23 autumn, 24 winter. */
export const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };
export const YEAR = String.raw`([12]\d{3})`;
export const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er)?`;

/** 1-based month of a name or abbreviation. */
export const monthOf = (name: string) => {
  const french = MONTHS_FR.indexOf(name.toLowerCase());
  if (french >= 0) return french + 1;
  const russian = MONTHS_RU.indexOf(name.toLowerCase());
  if (russian >= 0) return russian + 1;
  const spanish = MONTHS_ES.indexOf(name.toLowerCase());
  if (spanish >= 0) return spanish + 1;
  const key = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
};

/** Ordinal words of the days of a month, first to thirty-first ("on the eighth"), by their number. */
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
export const ORDINAL_DAYS: Record<string, number> = Object.fromEntries([
  ...UNITS.map((w, i) => [w, i + 1]),
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'].map((w, i) => [w, i + 10]),
  ['twentieth', 20], ...UNITS.map((w, i) => [`twenty-${w}`, i + 21]), ['thirtieth', 30], ['thirty-first', 31],
]);
