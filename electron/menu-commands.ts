/**
 * Menu commands the main process forwards to the renderer; defined with the HostApi contract so the
 * renderer and the shell share one list. No Electron import here: the preload bundles this file.
 */
export {
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  isMenuCommand,
  type MenuCommand,
} from '../core/host/contract';

/**
 * Main → renderer: the user picked File ▸ Open Recent ▸ <path>. Not in the contract yet (a
 * MenuCommand carries no argument); the preload exposes it as `onOpenRecent`.
 */
export const OPEN_RECENT_CHANNEL = 'lightbench:menu-open-recent';
