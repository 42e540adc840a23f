import { startServer, launchBrowser } from './support.ts';
const server = await startServer();
const browser = await launchBrowser();
const out = '/work/scratch/shots-10/';
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(server.url('/regio/alkmaar/'));
  await page.screenshot({ path: `${out}header-closed-${width}.png` });
  await page.focus('#kop-zoekterm');
  await page.keyboard.type('Bergen');
  await page.waitForSelector('#kop-zoekterm-suggesties:not([hidden])');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: `${out}header-open-${width}.png` });
  await page.goto(server.url('/'));
  await page.screenshot({ path: `${out}home-closed-${width}.png` });
  await page.focus('#zoekterm');
  await page.keyboard.type('Utigeest');
  await page.waitForSelector('#zoekterm-suggesties:not([hidden])');
  await page.screenshot({ path: `${out}home-open-${width}.png` });
  await page.goto(server.url('/zoeken/?q=Uitgeest'));
  await page.waitForSelector('.rd-results li');
  await page.evaluate(() => window.scrollTo(0, 500)); await page.screenshot({ path: `${out}results-${width}.png` });
  await page.close();
}
await browser.close(); await server.close();
