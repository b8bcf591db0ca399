import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { browserStyleCommand, loadCookbook } from '../../packages/cookbook/src/index.js';
import { runCli } from '../../packages/cli/src/test-context.js';
import { neo4jSettings } from '../neo4j.js';
import { loadMadeUpDocuments } from './made-up-graph.js';
import { loadSeenDevSet } from './seen-dev-set.js';

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
/** Cookbook queries whose Browser run is also saved as a picture. */
const PICTURES = new Set(['shortest-path', 'who-opposes-whom', 'most-mentioned']);
/** Every fact in the graph: about 90 actors, to check that captions read. */
const WHOLE_GRAPH =
  'MATCH p = (:Entity)-[:OPPOSES|SUPPORTS|ALLIED_WITH|MEMBER_OF|LEADS|REPRESENTS]->(:Entity) RETURN p';

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

/** What `newsgraph query NAME --browser` prints, from the CLI itself. */
async function printedScript(name: string, params: readonly string[] = []): Promise<string> {
  const s = neo4jSettings();
  const env = {
    NEO4J_URI: s.uri,
    NEO4J_USERNAME: s.username,
    NEO4J_PASSWORD: s.password,
    NEO4J_DATABASE: s.database,
  };
  const argv = ['query', name, '--browser', ...params.flatMap((p) => ['--param', p])];
  const { code, stdout, stderr } = await runCli(argv, { env });
  expect(code, stderr).toBe(0);
  return stdout;
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

/** Clears the stream, so the next frame is the only one. */
async function clearFrames(page: Page): Promise<void> {
  await runInEditor(page, ':clear');
  await expect.poll(() => page.getByTestId('frame').count(), { timeout: 10_000 }).toBe(0);
}

/** The statuses of a multi-statement frame's statements once none is pending, e.g. ['success', 'success']. */
async function statementStatuses(page: Page, count: number): Promise<string[]> {
  const read = async (): Promise<string[]> =>
    (
      await page.evaluate<string[]>(
        `[...document.querySelectorAll('[data-testid="multi-statement-list-icon"]')].map((e) => e.getAttribute('title') ?? '')`,
      )
    ).map((t) => t.replace(/^Status: /, ''));
  await expect
    .poll(async () => (await read()).filter((s) => s !== 'pending' && s !== ''), {
      timeout: 60_000,
    })
    .toHaveLength(count);
  return read();
}

/** Opens the last statement of a multi-statement frame and returns its summary ("… N records …"). */
async function querySummary(page: Page): Promise<string> {
  await page.getByTestId('multi-statement-list-title').last().click();
  const content = page.getByTestId('multi-statement-list-content').last();
  await content.waitFor({ timeout: 10_000 });
  return content.innerText();
}

/** The text of every error a frame shows (Browser writes ERROR above a Cypher or command error). */
async function errorTexts(page: Page): Promise<string[]> {
  const errors = page
    .getByTestId('frame')
    .filter({ hasText: /\bERROR\b|Could not parse input|ParameterMissing/ });
  return errors.allInnerTexts();
}

describe('Neo4j Browser with the cookbook and the style sheet', () => {
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  let page: Page;
  const crashes: string[] = [];

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    const settings = neo4jSettings();
    await loadSeenDevSet(settings);
    await loadMadeUpDocuments(settings);
    profile = await mkdtemp(join(tmpdir(), 'newsgraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
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
    await mkdir(ARTIFACTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('applies the style sheet from one pasted :style command', async () => {
    await runInEditor(page, browserStyleCommand());
    await page.locator('pre', { hasText: 'node.State {' }).first().waitFor({ timeout: 30_000 });
    expect(await errorTexts(page)).toEqual([]);
  });

  for (const { name, params } of loadCookbook()) {
    it(`runs ${name} pasted exactly as \`query ${name} --browser\` prints it`, async () => {
      const script = await printedScript(name);
      await clearFrames(page);
      await runInEditor(page, script);
      // The :params line and the query are two statements of one multi-statement frame.
      const statuses = await statementStatuses(page, params.length > 0 ? 2 : 1);
      expect(await errorTexts(page)).toEqual([]);
      expect(statuses.every((s) => s === 'success')).toBe(true);
      // Its defaults mean all, so the query finds rows (the dev articles hold no contradiction).
      const summary = await querySummary(page);
      // Browser sums up a statement as "SUCCESS Completed after N ms." or, without rows,
      // "SUCCESS (no changes, no records)".
      expect(summary).toMatch(/^SUCCESS/);
      if (name !== 'contradictory-stances') expect(summary).not.toMatch(/no records/);
      if (PICTURES.has(name)) {
        await page.screenshot({ path: join(ARTIFACTS, `neo4j-browser-${name}.png`) });
      }
    });
  }

  it('draws a path in the style colours once the printed :params are set', async () => {
    await clearFrames(page);
    const script = await printedScript('shortest-path', ['from=Jacques Chirac', 'to=Donald Trump']);
    await runInEditor(page, script);
    await statementStatuses(page, 2);
    // The multi-statement frame shows summaries; the query alone draws, with the params just set.
    await clearFrames(page);
    const query = loadCookbook().find((q) => q.name === 'shortest-path');
    await runInEditor(page, query?.cypher ?? '');
    const nodes = page.locator('svg g.node');
    await expect.poll(() => nodes.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
    await page.waitForTimeout(1500); // let the force layout settle for the picture
    await page.screenshot({ path: join(ARTIFACTS, 'neo4j-browser-shortest-path-graph.png') });
    const drawn = await drawnNodes(page);
    const names = drawn.map((n) => n.text).join(' | ');
    expect(names).toMatch(/Jacques\s*Chirac/);
    expect(names).toMatch(/Donald\s*Trump/);
    // graph-schema's State colour #D9534F, so the :style command took effect.
    expect(drawn.find((n) => n.text.includes('France'))?.fill).toBe('rgb(217, 83, 79)');
    // No deprecation or performance warning for the analyst to wonder about.
    expect(await page.getByText('Warn', { exact: true }).count()).toBe(0);
  });

  it('draws the whole fact graph with captions that read at the zoom Browser picks', async () => {
    await clearFrames(page);
    await runInEditor(page, WHOLE_GRAPH);
    const nodes = page.locator('svg g.node');
    await expect.poll(() => nodes.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(80);
    await page.waitForTimeout(4000); // the layout and Browser's zoom to fit settle
    await page.screenshot({ path: join(ARTIFACTS, 'neo4j-browser-whole-graph.png') });
    const { zoom, fontSizes, captions } = await page.evaluate<{
      zoom: number;
      fontSizes: number[];
      captions: string[];
    }>(`(() => {
      const zoomed = [...document.querySelectorAll('svg g[transform*="scale("]')]
        .find((g) => g.querySelector('g.node'));
      const scale = /scale\\(([\\d.]+)/.exec(zoomed?.getAttribute('transform') ?? '');
      const nodes = [...document.querySelectorAll('svg g.node')];
      return {
        zoom: scale ? Number(scale[1]) : 1,
        fontSizes: nodes.map((g) => parseFloat(getComputedStyle(g.querySelector('text')).fontSize)),
        captions: nodes.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')),
      };
    })()`);
    // On screen, a caption is its font size times the zoom; 10px captions at Browser's usual
    // zoom of a fifth to a quarter drew at 2-3px, which nobody reads.
    const onScreen = fontSizes.map((px) => px * zoom).sort((a, b) => a - b);
    const median = onScreen[Math.floor(onScreen.length / 2)] ?? 0;
    const cut = captions.filter((c) => c.includes('…')).length;
    const measured = `${captions.length} nodes at zoom ${zoom.toFixed(3)}: captions ${median.toFixed(1)}px, ${cut} cut short`;
    // Browser's force layout settles this graph (about 94 nodes) at a zoom between 0.14 and 0.17
    // from run to run, so the style's 39px captions draw at 5.5-6.5px; the old 10px drew at 1.5px.
    expect(median, measured).toBeGreaterThanOrEqual(5);
    // And the larger captions still fit their circles: most names are not cut short.
    expect(cut, measured).toBeLessThanOrEqual(captions.length / 4);
    expect(await errorTexts(page)).toEqual([]);
  });

  it('shows no "Something went wrong" and throws no page error', async () => {
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    expect(crashes).toEqual([]);
  });
});

/** The nodes Browser drew: caption text and fill colour. */
function drawnNodes(page: Page): Promise<{ text: string; fill: string | undefined }[]> {
  return page.evaluate<{ text: string; fill: string | undefined }[]>(`
    [...document.querySelectorAll('svg g.node')].map((g) => ({
      text: g.textContent ?? '',
      fill: [...g.querySelectorAll('circle')].map((c) => getComputedStyle(c).fill).find((f) => f !== 'none'),
    }))`);
}
