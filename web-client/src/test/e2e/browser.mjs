// What the web client's browser tests share: their settings, headless Chromium on a closed network, named
// steps, and pages that fail the test on a script error or on any request leaving the stack.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// On this closed network Chromium must not try to reach any service of its own.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`web-client e2e: set ${name}`);
    process.exit(2);
  }
  return value;
}

/**
 * Starts Chromium (PATHFINDER_CHROMIUM, default /usr/bin/chromium). `run(checks)` runs the checks, says whether
 * they passed, closes Chromium and exits: non-zero, with the reason, on the first failed check.
 */
export async function launchChromium(testName, screenshotDir) {
  await mkdir(screenshotDir, { recursive: true });
  const userDataDir = await mkdtemp(join(tmpdir(), 'pathfinder-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.PATHFINDER_CHROMIUM || '/usr/bin/chromium',
    headless: true, args: CHROMIUM_ARGS, viewport: { width: 1100, height: 900 },
  });
  const run = async (checks) => {
    let failed = false;
    try {
      await checks();
      console.log(`${testName}: all checks passed; screenshots in ${screenshotDir}`);
    } catch (error) {
      failed = true;
      console.error(`${testName} FAILED: ${error.message}`);
    } finally {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
    process.exit(failed ? 1 : 0);
  };
  return { context, run };
}

export async function step(name, run) {
  try {
    await run();
    console.log(`ok - ${name}`);
  } catch (error) {
    throw new Error(`${name}: ${error.message}`, { cause: error });
  }
}

/** Opens url in a new page that records a script error or a request outside baseUrl; assertNoTrouble fails on them. */
export async function openWatchedPage(context, baseUrl, url) {
  const page = await context.newPage();
  const troubles = [];
  page.on('pageerror', (error) => troubles.push(`script error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(`${baseUrl}/`)) {
      troubles.push(`request outside the stack: ${request.url()}`);
    }
  });
  page.assertNoTrouble = () => assert.deepEqual(troubles, [], 'the page had trouble');
  await page.goto(url);
  return page;
}
