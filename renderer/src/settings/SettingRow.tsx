import type { ReactNode } from 'react';

/** One setting: its name on the left, the control and a short note on the right. */
export function SettingRow({
  label,
  note,
  children,
}: {
  label: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <div className="setting-row">
      <div className="setting-label">{label}</div>
      <div className="setting-control">
        {children}
        {note && <div className="setting-note">{note}</div>}
      </div>
    </div>
  );
}
