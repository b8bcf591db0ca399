import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  browserScript,
  browserStyleCommand,
  findQuery,
  loadCookbook,
  resolveParams,
} from '../../packages/cli/src/cookbook/index.js';
import { neo4jSettings } from '../neo4j.js';
import { loadDevSet } from '../analyst/dev-set.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
// What this machine needs: no sandbox as root, no GPU, and no traffic beyond localhost.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Neo4j Browser on the harness's server: the local server's HTTP port, or NEWSGRAPH_BROWSER_URL. */
function browserUrl(): string {
  const fromEnv = process.env.NEWSGRAPH_BROWSER_URL;
  if (fromEnv) return fromEnv;
  const { server } = inject('neo4j');
  if (server.kind !== 'local') {
    throw new Error(
      "the Browser test needs the harness's local server, or NEWSGRAPH_BROWSER_URL=http://host:7474/browser/",
    );
  }
  return `http://localhost:${server.httpPort}/browser/`;
}

/** Puts text in Browser's editor the way a paste does (typing would auto-close brackets), then runs it. */
async function runInEditor(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor textarea').first().focus();
  // Runs in the page (DOM types are not in this project's lib), so it is written as a string.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    document.querySelector('.monaco-editor textarea')
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
  await page.getByTestId('editor-Run').click();
}

describe('Neo4j Browser with the cookbook and the style sheet', () => {
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('connects, applies the style, draws a cookbook query over the dev set, and saves a screenshot', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    const settings = neo4jSettings();
    await loadDevSet(settings);
    profile = await mkdtemp(join(tmpdir(), 'newsgraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1400, height: 1000 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));

    await page.goto(browserUrl(), { waitUntil: 'domcontentloaded' });
    await page.getByTestId('boltaddress').fill(settings.uri.replace(/^bolt:\/\//, ''));
    await page.getByTestId('username').fill(settings.username);
    await page.getByTestId('password').fill(settings.password);
    await page.getByTestId('connect').click();
    await page
      .getByText(/You are connected as user/)
      .first()
      .waitFor({ timeout: 60_000 });

    await runInEditor(page, browserStyleCommand());
    await page.locator('pre', { hasText: 'node.State {' }).first().waitFor({ timeout: 30_000 });

    const query = findQuery(loadCookbook(), 'shortest-path');
    const [, paramsLine = ''] = browserScript(query, resolveParams(query, [])).split('\n');
    await runInEditor(page, paramsLine.replace(/;$/, ''));
    await runInEditor(page, query.cypher);
    const nodes = page.locator('svg g.node');
    await expect.poll(() => nodes.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
    await page.waitForTimeout(1500); // let the force layout settle for the picture
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'neo4j-browser-shortest-path.png') });

    const drawn = await page.evaluate<{ text: string; fill: string | undefined }[]>(`
      [...document.querySelectorAll('svg g.node')].map((g) => ({
        text: g.textContent ?? '',
        fill: [...g.querySelectorAll('circle')].map((c) => getComputedStyle(c).fill).find((f) => f !== 'none'),
      }))`);
    const names = drawn.map((n) => n.text).join(' | ');
    expect(names).toMatch(/Jacques\s*Chirac/);
    expect(names).toMatch(/Donald\s*Trump/);
    // graph-schema's State colour #D9534F, so the :style command took effect.
    expect(drawn.find((n) => n.text.includes('France'))?.fill).toBe('rgb(217, 83, 79)');
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    expect(crashes).toEqual([]);
  });
});
