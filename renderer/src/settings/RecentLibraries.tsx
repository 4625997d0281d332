import { Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecentLibrary } from '../../../shared/domain';
import { useOpenLibrary } from '../api/preferenceQueries';
import { useNotifyError } from '../components/useNotifyError';
import { useFormatters } from '../format';

function samePath(a: string, b: string): boolean {
  return a.replace(/[\\/]+$/, '') === b.replace(/[\\/]+$/, '');
}

/** Libraries opened before, newest first; moved or deleted ones stay listed, but cannot open. */
export function RecentLibraries({
  recent,
  currentPath,
}: {
  recent: readonly RecentLibrary[];
  currentPath: string | undefined;
}) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const notifyError = useNotifyError();
  const open = useOpenLibrary();
  if (recent.length === 0) {
    return <div className="setting-note">{t('settings.library.noRecent')}</div>;
  }
  return (
    <ul className="recent-libraries" data-testid="recent-libraries">
      {recent.map((library) => {
        const current = currentPath !== undefined && samePath(library.path, currentPath);
        return (
          <li
            key={library.path}
            className={library.exists ? 'recent-library' : 'recent-library is-missing'}
            data-testid="recent-library"
          >
            <div className="recent-library-text">
              <div className="recent-library-name">{library.name}</div>
              <Tooltip title={library.path}>
                <div className="recent-library-path">{library.path}</div>
              </Tooltip>
              <div className="recent-library-date">
                {t('settings.library.openedAt', { date: dateTime(library.openedAt) })}
              </div>
            </div>
            {current ? (
              <Tag color="blue">{t('settings.library.current')}</Tag>
            ) : library.exists ? (
              <Button
                size="small"
                data-testid="recent-library-open"
                loading={open.isPending && open.variables.path === library.path}
                onClick={() =>
                  open.mutate({ path: library.path }, { onError: (error) => notifyError(error) })
                }
              >
                {t('settings.library.open')}
              </Button>
            ) : (
              <Tag data-testid="recent-library-missing">{t('settings.library.missing')}</Tag>
            )}
          </li>
        );
      })}
    </ul>
  );
}
