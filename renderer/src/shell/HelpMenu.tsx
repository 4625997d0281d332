import { QuestionCircleOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { UI_COMMANDS } from '../../../shared/commands';
import { formatKeys } from '../commands/keys';
import { runCommand } from '../commands/runCommand';

/** The header's settings button and help menu (keyboard shortcuts, the welcome again). */
export function HeaderActions() {
  const { t } = useTranslation();
  const settingsKeys = UI_COMMANDS.settings.keys;
  return (
    <span className="app-header-actions">
      <Tooltip title={`${t('commands.settings')} (${formatKeys(settingsKeys)})`}>
        <Button
          type="text"
          icon={<SettingOutlined />}
          aria-label={t('commands.settings')}
          data-testid="open-settings"
          onClick={() => runCommand('settings')}
        />
      </Tooltip>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'keyboard-help',
              label: t('commands.keyboard-help'),
              extra: formatKeys(UI_COMMANDS['keyboard-help'].keys),
            },
            { key: 'welcome', label: t('commands.welcome') },
          ],
          onClick: ({ key }) => runCommand(key as 'keyboard-help' | 'welcome'),
        }}
      >
        <Button
          type="text"
          icon={<QuestionCircleOutlined />}
          aria-label={t('shortcuts.help')}
          data-testid="help-menu"
        />
      </Dropdown>
    </span>
  );
}
