import { Menu } from 'electron';
import { buildMenuTemplate, type MenuActions, type MenuState } from './menu-template';

export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)));
}
