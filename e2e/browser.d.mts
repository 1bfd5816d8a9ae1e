import type { LaunchOptions } from '@playwright/test';

/** A Chromium to launch, and how. */
export interface ChromiumChoice {
  /** What was chosen, for logs. */
  name: string;
  /** Options for `chromium.launch` or Playwright Test's `use.launchOptions`. */
  launchOptions: LaunchOptions;
}

/** Debian's Chromium. */
export declare const SYSTEM_CHROMIUM: string;
/** Flags for the system Chromium. */
export declare const SYSTEM_CHROMIUM_ARGS: string[];
/** The one line printed when no browser can be found. */
export declare const NO_CHROMIUM_MESSAGE: string;
/** Playwright's own Chromium when installed, else /usr/bin/chromium, else null. */
export declare function chooseChromium(): ChromiumChoice | null;
/** Like chooseChromium, but prints the one-line message and exits when there is none. */
export declare function requireChromium(): ChromiumChoice;
