import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** SQLite-style 'YYYY-MM-DD HH:MM:SS' carries no zone but is written in UTC. */
const NAIVE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

export function parseTimestamp(value: string): Date | null {
  const normalised = NAIVE_TIMESTAMP.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface Formatters {
  number(value: number): string;
  /** Localised date and time; the raw text when it is not a timestamp. */
  dateTime(value: string): string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(language);
    const dateFormat = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    return {
      number: (value) => numberFormat.format(value),
      dateTime: (value) => {
        const date = parseTimestamp(value);
        return date ? dateFormat.format(date) : value;
      },
    };
  }, [language]);
}
