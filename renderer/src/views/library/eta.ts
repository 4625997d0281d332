export type EtaUnit = 'seconds' | 'minutes' | 'hours';

export interface Eta {
  unit: EtaUnit;
  count: number;
}

/**
 * An estimate worded as loosely as it is known: whole seconds near the end, steps of five under
 * a minute (so the figure does not flicker with every file), minutes, then hours.
 */
export function describeEta(seconds: number): Eta {
  const s = Math.max(1, Math.round(seconds));
  if (s <= 10) return { unit: 'seconds', count: s };
  if (s < 60) return { unit: 'seconds', count: Math.ceil(s / 5) * 5 };
  if (s < 90 * 60) return { unit: 'minutes', count: Math.round(s / 60) };
  const hours = s / 3600;
  return { unit: 'hours', count: hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours) };
}
