import { Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UI_COMMAND_NAMES, UI_COMMANDS, type UiCommand } from '../../../shared/commands';
import { formatKeys, isMacPlatform } from '../commands/keys';
import { VIEW_SHORTCUTS } from './viewShortcuts';

const MENUS = ['file', 'edit', 'go', 'help'] as const;

function Keys({ keys, mac }: { keys: readonly string[]; mac: boolean }) {
  const { t } = useTranslation();
  if (keys.length === 0) {
    return <span className="shortcut-none">{t('shortcuts.menuOnly')}</span>;
  }
  return (
    <span className="shortcut-keys">
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 && <span className="shortcut-or">{t('shortcuts.or')}</span>}
          <kbd data-testid="shortcut-keys">{formatKeys(key, mac)}</kbd>
        </span>
      ))}
    </span>
  );
}

function Row({ label, keys, mac }: { label: string; keys: readonly string[]; mac: boolean }) {
  return (
    <div className="shortcut-row" data-testid="shortcut-row">
      <span className="shortcut-label">{label}</span>
      <Keys keys={keys} mac={mac} />
    </div>
  );
}

function commandsOf(menu: (typeof MENUS)[number]): UiCommand[] {
  return UI_COMMAND_NAMES.filter((name) => UI_COMMANDS[name].menu === menu);
}

/** Every command with its keys (as this platform writes them), then the keys of single views. */
export function KeyboardHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mac = isMacPlatform();
  return (
    <Modal
      open
      title={t('shortcuts.title')}
      width={820}
      footer={null}
      onCancel={onClose}
      className="keyboard-help"
    >
      <div data-testid="keyboard-help">
        <Typography.Paragraph type="secondary" className="keyboard-help-intro">
          {t(mac ? 'shortcuts.introMac' : 'shortcuts.intro')}
        </Typography.Paragraph>
        <div className="keyboard-help-columns">
          <div>
            {MENUS.map((menu) => (
              <section key={menu} className="shortcut-group">
                <h4>{t(`shortcuts.menu.${menu}`)}</h4>
                {commandsOf(menu).map((name) => {
                  const keys = UI_COMMANDS[name].keys;
                  return (
                    <Row
                      key={name}
                      label={t(`commands.${name}`)}
                      keys={keys === null ? [] : [keys]}
                      mac={mac}
                    />
                  );
                })}
              </section>
            ))}
          </div>
          <div>
            {VIEW_SHORTCUTS.map(({ group, items }) => (
              <section key={group} className="shortcut-group">
                <h4>{t(`shortcuts.view.${group}`)}</h4>
                {items.map((item) => (
                  <Row
                    key={item.id}
                    label={t(`shortcuts.item.${item.id}`)}
                    keys={item.keys}
                    mac={mac}
                  />
                ))}
              </section>
            ))}
          </div>
        </div>
      </div>
    </Modal>
  );
}
