import type { DesktopBridge } from '../../shared/transport';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload script. */
    api?: DesktopBridge;
  }
}

export {};
