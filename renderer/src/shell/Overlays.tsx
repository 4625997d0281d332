import { useState } from 'react';
import { usePreferences } from '../api/preferenceQueries';
import { closeOverlay, useOverlay } from '../commands/overlays';
import { SettingsDrawer } from '../settings/SettingsDrawer';
import { KeyboardHelp } from './KeyboardHelp';
import { Welcome } from './Welcome';

/**
 * The panel a command opened, one at a time; and the welcome on first run (until the person
 * makes a choice in it, which saves welcomeDone).
 */
export function Overlays() {
  const overlay = useOverlay();
  const preferences = usePreferences();
  // Closed this session even if saving welcomeDone failed: the welcome must not nag.
  const [welcomeClosed, setWelcomeClosed] = useState(false);
  const firstRun = preferences.data?.welcomeDone === false && !welcomeClosed;

  if (overlay?.kind === 'keyboard-help') return <KeyboardHelp onClose={closeOverlay} />;
  if (overlay?.kind === 'settings') {
    return <SettingsDrawer focus={overlay.focus ?? null} onClose={closeOverlay} />;
  }
  if (overlay?.kind === 'welcome' || firstRun) {
    return (
      <Welcome
        onClose={() => {
          setWelcomeClosed(true);
          closeOverlay();
        }}
      />
    );
  }
  return null;
}
