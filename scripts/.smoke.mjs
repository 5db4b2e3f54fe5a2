import { chromium } from 'playwright-core';

const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const p = await b.newPage();
const errs = [];
p.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errs.push(m.text());
});
p.on('pageerror', (e) => errs.push(String(e)));
for (const url of [
  '/costs/',
  '/costs/?tput=70b-max&gpu=a10-lambda',
  '/costs/?slo=realtime&tput=qwen3-8b-h100-fp8',
  '/api/',
]) {
  await p.goto('http://127.0.0.1:4329' + url);
  await p
    .waitForSelector('[data-island][data-hydrated="true"]', { timeout: 5000 })
    .catch(() => errs.push('no hydrate ' + url));
  const vals = await p.$$eval('[data-testid]', (els) =>
    els
      .filter((e) => ['api-monthly', 'selfhost-monthly', 'break-even', 'gpus', 'ttft'].includes(e.dataset.testid))
      .map((e) => `${e.dataset.testid}=${e.dataset.value}`),
  );
  const ttft = await p.$eval('[data-testid=ttft]', (e) => e.textContent).catch(() => '');
  console.log(url, vals.join(' '), '|', ttft.slice(0, 140));
}
if (process.argv[2]) {
  await p.goto('http://127.0.0.1:4329/costs/');
  await p.selectOption('select[name=slo]', 'realtime');
  await p.waitForTimeout(300);
  console.log(await p.$eval('[data-testid=ttft]', (e) => e.textContent));
}
console.log('errors', errs);
await b.close();
