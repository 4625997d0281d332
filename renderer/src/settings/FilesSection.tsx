import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain';
import { FolderSetting } from '../views/reports/FolderSetting';
import { SettingRow } from './SettingRow';
import { useSaveSettings } from './useSaveSettings';

/** Off, daily or weekly as the two settings the core keeps; other intervals are shown as they are. */
function frequencyOf(settings: Settings): string {
  if (!settings.autoBackup) return 'off';
  if (settings.backupIntervalDays === 1) return 'daily';
  if (settings.backupIntervalDays === 7) return 'weekly';
  return `days-${settings.backupIntervalDays}`;
}

const FREQUENCIES: Record<string, Partial<Settings>> = {
  off: { autoBackup: false },
  daily: { autoBackup: true, backupIntervalDays: 1 },
  weekly: { autoBackup: true, backupIntervalDays: 7 },
};

/** Where backups and exports go, and how often backups are made. */
export function FilesSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { save, saving } = useSaveSettings();
  const frequency = frequencyOf(settings);
  const options = ['off', 'daily', 'weekly'].map((value) => ({
    value,
    label: t(`settings.files.frequency.${value}`),
  }));
  if (!(frequency in FREQUENCIES)) {
    options.push({
      value: frequency,
      label: t('settings.files.frequency.every', { count: settings.backupIntervalDays }),
    });
  }
  return (
    <section className="settings-section" aria-labelledby="settings-files">
      <h3 id="settings-files">{t('settings.files.title')}</h3>
      <SettingRow label={t('settings.files.backupFrequency')} note={t('settings.files.keepNote')}>
        <Select<string>
          className="setting-select"
          data-testid="settings-backup-frequency"
          value={frequency}
          options={options}
          onChange={(value) => {
            const changes = FREQUENCIES[value];
            if (changes) save(changes);
          }}
        />
      </SettingRow>
      <SettingRow label={t('reports.settings.backupDir')}>
        <FolderSetting
          key={settings.backupDir}
          value={settings.backupDir}
          testId="settings-backup-dir"
          saving={saving}
          onSave={(backupDir) => save({ backupDir })}
        />
      </SettingRow>
      <SettingRow
        label={t('reports.settings.exportsDir')}
        note={t('reports.settings.exportsDirHint')}
      >
        <FolderSetting
          key={settings.exportsDir}
          value={settings.exportsDir}
          testId="settings-exports-dir"
          saving={saving}
          onSave={(exportsDir) => save({ exportsDir })}
        />
      </SettingRow>
    </section>
  );
}
