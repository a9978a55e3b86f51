/**
 * A class session through a whole lesson: a teacher's page and three students' phones (one
 * 390 px wide) joining by code and by link, following and exploring, a stance predicted and
 * revealed, a poll, short answers chosen for the projector, a phone that goes offline, a
 * student sending hostile messages, and the end with its results file.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { actorById, actorNode, axeViolations, failOnPageErrors, panelHeading } from './helpers';

failOnPageErrors();

const consoleOf = (page: Page) => page.getByRole('region', { name: /^Class [A-Z0-9]{4}-[A-Z0-9]{4}$/ });
const studentArea = (page: Page) => page.getByRole('region', { name: 'Class session' });

async function startClass(page: Page): Promise<string> {
  await page.goto('/');
  await expect(actorNode(page, actorById('putin'))).toBeVisible();
  await page.getByRole('button', { name: 'Start a class session' }).click();
  const heading = page.getByRole('heading', { name: /^Class [A-Z0-9]{4}-[A-Z0-9]{4}$/ });
  await expect(heading).toBeVisible();
  return ((await heading.textContent()) ?? '').replace(/^Class /, '');
}

async function phone(browser: Browser, width = 1024): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  return context.newPage();
}

async function join(page: Page, path: string, code: string | null, name: string): Promise<void> {
  await page.goto(path);
  if (code !== null) await studentArea(page).getByLabel('Class code').fill(code);
  if (name) await studentArea(page).getByLabel('Your name (optional)').fill(name);
  await studentArea(page).getByRole('button', { name: 'Join', exact: true }).click();
  await expect(studentArea(page).getByRole('status').first()).toHaveText('Following your teacher\u2019s screen.');
}

test('a whole lesson: join, follow, explore, predict and reveal, poll, short answers, end with a results file', async ({ page: teacher, browser }) => {
  test.setTimeout(180_000);
  const code = await startClass(teacher);
  await expect(consoleOf(teacher).getByText(/^Join at http/)).toBeVisible();
  await expect(consoleOf(teacher).getByRole('img', { name: 'QR code to join the class' })).toBeVisible();

  // Three students: a typed code, a link, and a 390 px phone by link with a name.
  const ana = await phone(browser);
  await join(ana, '/?join', code.toLowerCase(), '');
  const ben = await phone(browser);
  await join(ben, `/?join=${code.replace('-', '')}`, null, 'Ben');
  const cleo = await phone(browser, 390);
  await join(cleo, `/?join=${code.replace('-', '')}`, null, 'Cleo');
  await expect(consoleOf(teacher).getByText('3 students joined')).toBeVisible();
  expect(await axeViolations(cleo)).toEqual([]);

  // Following: the teacher opens Putin; every phone shows Putin.
  const putin = actorById('putin');
  await actorNode(teacher, putin).click();
  for (const p of [ana, ben, cleo]) await expect(panelHeading(p)).toHaveText(putin.name);

  // Exploring, then brought back.
  await consoleOf(teacher).getByRole('button', { name: 'Let them explore' }).click();
  await expect(studentArea(ana).getByText('Exploring on your own: tap anything. Your teacher will bring you back.')).toBeVisible();
  const zelenskyy = actorById('zelenskyy');
  await actorNode(ana, zelenskyy).click();
  await expect(panelHeading(ana)).toHaveText(zelenskyy.name);
  const witkoff = actorById('witkoff');
  // By keyboard: in Putin's view Witkoff stands close to Trump, whose name covers part of him.
  await actorNode(teacher, witkoff).focus();
  await teacher.keyboard.press('Enter');
  await expect(panelHeading(teacher)).toHaveText(witkoff.name);
  // While they explore, the teacher's moves stay on the teacher's screen.
  await expect(panelHeading(ana)).toHaveText(zelenskyy.name);
  await expect(panelHeading(ben)).toHaveText(putin.name);
  await consoleOf(teacher).getByRole('button', { name: 'Bring them back' }).click();
  for (const p of [ana, ben, cleo]) await expect(panelHeading(p)).toHaveText(witkoff.name);

  // A stance to predict: Putin on the ceasefire.
  await consoleOf(teacher).getByRole('button', { name: 'Ask the class' }).click();
  const ask = teacher.getByRole('form', { name: 'Ask the class' });
  await ask.getByRole('radio', { name: 'Predict a stance' }).check();
  await ask.getByLabel('Whose stance').selectOption('putin');
  await ask.getByLabel('On which issue').selectOption({ label: 'Ceasefire' });
  await ask.getByRole('button', { name: 'Ask', exact: true }).click();
  const q = 'Where does Vladimir Putin stand on ceasefire?';
  for (const p of [ana, ben, cleo]) await expect(studentArea(p).getByRole('heading', { name: q })).toBeVisible();
  expect(await axeViolations(cleo)).toEqual([]);
  await studentArea(ana).getByRole('button', { name: /^−2/ }).click();
  await studentArea(ben).getByRole('button', { name: /^\+1/ }).click();
  await studentArea(cleo).getByRole('button', { name: /^−1/ }).click();
  // Cleo changes her mind: one answer per student, the latest counts.
  await studentArea(cleo).getByRole('button', { name: /^\+1/ }).click();
  await expect(studentArea(cleo).getByText('Your answer is in: you can change it until your teacher reveals the answer.')).toBeVisible();
  await expect(consoleOf(teacher).getByText('3 of 3 answered')).toBeVisible();
  // Until the reveal, Putin's view (where the answer is) stays hidden on the phones, even when the teacher opens it.
  await actorNode(teacher, putin).focus();
  await teacher.keyboard.press('Enter');
  await expect(panelHeading(cleo)).toHaveText(putin.name);
  await expect(cleo.getByText(`What do you think ${putin.label} wanted, and how did they read the outcome?`)).toBeVisible();
  await expect(cleo.getByText('Your teacher will reveal it.')).toBeVisible();
  await expect(cleo.getByRole('heading', { name: 'What they wanted' })).toHaveCount(0);
  const tally = consoleOf(teacher).getByRole('list', { name: 'How the class answered' });
  await expect(tally.getByRole('listitem').filter({ hasText: '+1' })).toContainText('2');
  await expect(tally.getByRole('listitem').filter({ hasText: '\u22122' })).toContainText('1');
  await consoleOf(teacher).getByRole('button', { name: 'Reveal', exact: true }).click();
  for (const p of [ana, ben, cleo]) {
    await expect(studentArea(p).getByRole('heading', { name: 'What the source says' })).toBeVisible();
    await expect(studentArea(p).getByText('In between, or mixed (0)')).toBeVisible();
  }
  await expect(studentArea(ben).getByText('Your answer: +1.')).toBeVisible();
  await expect(cleo.getByRole('heading', { name: 'What they wanted' })).toBeVisible();
  expect(await axeViolations(cleo)).toEqual([]);

  // A poll.
  await consoleOf(teacher).getByRole('button', { name: 'Ask the class' }).click();
  await ask.getByRole('radio', { name: /^Poll/ }).check();
  await ask.getByRole('button', { name: 'Ask', exact: true }).click();
  for (const p of [ana, ben, cleo]) await expect(studentArea(p).getByRole('heading', { name: 'Whose account does the source support best?' })).toBeVisible();
  for (const p of [ana, ben]) await studentArea(p).getByRole('button', { name: zelenskyy.name }).click();
  await studentArea(cleo).getByRole('button', { name: putin.name }).click();
  await expect(consoleOf(teacher).getByText('3 of 3 answered')).toBeVisible();
  await consoleOf(teacher).getByRole('button', { name: 'Show the class the results' }).click();
  await expect(studentArea(cleo).getByRole('list', { name: 'How the class answered' }).getByRole('listitem').filter({ hasText: zelenskyy.name })).toContainText('2');

  // Short answers: nothing a student writes reaches the projector unchosen, and markup stays text.
  await consoleOf(teacher).getByRole('button', { name: 'Ask the class' }).click();
  await ask.getByRole('radio', { name: /^Short answer/ }).check();
  await ask.getByRole('button', { name: 'Ask', exact: true }).click();
  const hostile = '<img src=x onerror="document.title=\'pwned\'">';
  const answers = [
    [ana, 'The envoys wanted a quick deal.'],
    [ben, hostile],
    [cleo, 'Russia set the pace.'],
  ] as const;
  for (const [p, text] of answers) {
    await studentArea(p).getByLabel('Your answer').fill(text);
    await studentArea(p).getByRole('button', { name: 'Send' }).click();
    await expect(studentArea(p).getByText('Your answer is in.')).toBeVisible();
  }
  await expect(consoleOf(teacher).getByText('3 of 3 answered')).toBeVisible();
  await expect(consoleOf(teacher).getByText(hostile, { exact: true })).toBeVisible();
  await expect(teacher.locator('img[src="x"]')).toHaveCount(0);
  // Cleo's answer is on no one else's screen, nor on the projector's list, until chosen.
  for (const p of [ana, ben]) await expect(studentArea(p).getByText('Russia set the pace.')).toHaveCount(0);
  await expect(consoleOf(teacher).getByRole('heading', { name: 'On the projector' })).toHaveCount(0);
  await consoleOf(teacher).getByRole('listitem').filter({ hasText: 'Russia set the pace.' }).getByRole('button', { name: 'Show on the projector' }).click();
  for (const p of [ana, ben, cleo]) {
    const shown = studentArea(p).locator('.class-shown');
    await expect(shown.getByRole('heading', { name: 'Answers your teacher is showing' })).toBeVisible();
    await expect(shown.getByText('Russia set the pace.')).toBeVisible();
    await expect(shown.getByText('The envoys wanted a quick deal.')).toHaveCount(0);
  }
  expect(await teacher.title()).not.toBe('pwned');

  // The end: a results file, and the phones are told.
  const [download] = await Promise.all([teacher.waitForEvent('download'), consoleOf(teacher).getByRole('button', { name: 'End session' }).click()]);
  expect(download.suggestedFilename()).toBe(`class-results-${code}.csv`);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toBe('"question","kind","answer","source answer","student","time"');
  // 3 answers to each of three questions.
  expect(rows).toHaveLength(1 + 9);
  expect(csv).toContain('"Where does Vladimir Putin stand on ceasefire?","stance","Leans to: Stop the fighting soon (+1)","In between, or mixed (0)","Ben",');
  // Markup a student typed stays inert text in the file, with its quotes doubled.
  expect(csv).toContain('"<img src=x onerror=""document.title=\'pwned\'"">"');
  expect(csv).toContain('"Ben"');
  expect(csv).toContain('"student 1"');
  expect(csv).not.toContain('"Ana"');
  await expect(teacher.getByRole('button', { name: 'Start a class session' })).toBeVisible();
  for (const p of [ana, ben, cleo]) await expect(studentArea(p).getByText(/^The session has ended|^There is no class with that code any more/)).toBeVisible();
  const gone = await teacher.request.get(`/class/api/rooms/${code.replace('-', '')}`);
  expect(await gone.json()).toMatchObject({ exists: false });
});

test('a phone that goes offline keeps its answer and sends it when the connection returns', async ({ page: teacher, browser }) => {
  const code = await startClass(teacher);
  const student = await phone(browser, 390);
  await join(student, `/?join=${code.replace('-', '')}`, null, '');
  await consoleOf(teacher).getByRole('button', { name: 'Ask the class' }).click();
  await teacher.getByRole('form', { name: 'Ask the class' }).getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(studentArea(student).getByRole('heading', { level: 2 })).toBeVisible();

  await student.context().setOffline(true);
  await expect(studentArea(student).getByText('Offline: reconnecting by itself. Your answers are kept on this phone.')).toBeVisible();
  await studentArea(student).getByRole('button', { name: /^\+2/ }).click();
  await expect(studentArea(student).getByText('Your answer is saved on this phone and will be sent when you are back online.')).toBeVisible();

  await student.context().setOffline(false);
  await expect(studentArea(student).getByText('Your answer is in: you can change it until your teacher reveals the answer.')).toBeVisible();
  await expect(consoleOf(teacher).getByText('1 of 1 answered')).toBeVisible();
  // A reload (the phone's browser reopening the tab) rejoins by itself, with the answer kept.
  await student.reload();
  await expect(studentArea(student).getByRole('button', { name: /^\+2/ })).toHaveAttribute('aria-pressed', 'true');
});

test('a student sending hostile messages disturbs no one else', async ({ page: teacher, browser }) => {
  const code = await startClass(teacher);
  const calm = await phone(browser);
  await join(calm, `/?join=${code.replace('-', '')}`, null, '');
  const rogue = await phone(browser);
  await join(rogue, `/?join=${code.replace('-', '')}`, null, '');
  // From the rogue phone: a raw socket sending garbage, an oversized frame and a flood.
  const closedWith = await rogue.evaluate(async () => {
    const ws = new WebSocket(`ws://${location.host}/class`);
    ws.binaryType = 'arraybuffer';
    await new Promise((resolve) => ws.addEventListener('open', resolve));
    ws.send(new Uint8Array([255, 255, 255, 1, 2, 3]));
    for (let i = 0; i < 500; i++) ws.send('x'.repeat(100));
    ws.send(new Uint8Array(3 * 1024 * 1024));
    return new Promise<number>((resolve) => ws.addEventListener('close', (e) => resolve(e.code)));
  });
  expect(closedWith).not.toBe(1000);
  // The class goes on: the calm phone still follows the teacher.
  const putin = actorById('putin');
  await actorNode(teacher, putin).click();
  await expect(panelHeading(calm)).toHaveText(putin.name);
});

test('a wrong code is refused in plain words', async ({ page }) => {
  await page.goto('/?join');
  await studentArea(page).getByLabel('Class code').fill('AAAA-AAAA');
  await studentArea(page).getByRole('button', { name: 'Join', exact: true }).click();
  await expect(studentArea(page).getByRole('alert')).toHaveText('There is no class with that code. Check it with your teacher.');
  await studentArea(page).getByLabel('Class code').fill('hello');
  await studentArea(page).getByRole('button', { name: 'Join', exact: true }).click();
  await expect(studentArea(page).getByRole('alert')).toHaveText('A class code has eight letters and digits, like K7QM-4PXR.');
  expect(await axeViolations(page)).toEqual([]);
});

test('where there is no class server, Start a class session says what is needed, and the rest works', async ({ page }) => {
  // A plain static host that answers every address with the app's own page.
  await page.route('**/class/api/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Standpoint</title>' }));
  await page.goto('/');
  await expect(actorNode(page, actorById('putin'))).toBeVisible();
  await page.getByRole('button', { name: 'Start a class session' }).click();
  await expect(page.getByRole('region', { name: 'Class session' }).getByRole('alert')).toHaveText(
    'This copy of Standpoint has no class server: it is served as plain files. Start it with npm start or npm run serve to run a class session.',
  );
  await page.getByRole('region', { name: 'Class session' }).getByRole('button', { name: 'Close' }).click();
  await actorNode(page, actorById('putin')).click();
  await expect(panelHeading(page)).toHaveText(actorById('putin').name);
});

test('a presenter starts a class session from the presenter console too', async ({ page }) => {
  await page.goto('/');
  await expect(actorNode(page, actorById('putin'))).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
  await page.getByRole('button', { name: 'Notes' }).click();
  const notes = page.getByRole('region', { name: 'Presenter notes' });
  await notes.getByRole('button', { name: 'Start a class session' }).click();
  await expect(page.getByRole('heading', { name: /^Class [A-Z0-9]{4}-[A-Z0-9]{4}$/ })).toBeVisible();
  // One session at a time: neither way in is offered while it runs.
  await expect(page.getByRole('button', { name: 'Start a class session' })).toHaveCount(0);
});

test('with an audience window, the projector shows the join code, the question, the answers and the reveal', async ({ page: teacher, browser }) => {
  const code = await startClass(teacher);
  await teacher.keyboard.press('p');
  const popup = teacher.waitForEvent('popup');
  await teacher.getByRole('button', { name: 'Open audience window' }).click();
  const projector = await popup;
  const shown = projector.getByRole('region', { name: 'Class session' });
  await expect(shown.getByText(`Class ${code}`)).toBeVisible();
  await expect(shown.getByRole('img', { name: 'QR code to join the class' })).toBeVisible();

  const student = await phone(browser, 390);
  await join(student, `/?join=${code.replace('-', '')}`, null, '');
  await expect(shown.getByText('1 student joined')).toBeVisible();
  await consoleOf(teacher).getByRole('button', { name: 'Hide the join code' }).click();
  await expect(shown.getByRole('img', { name: 'QR code to join the class' })).toHaveCount(0);

  await consoleOf(teacher).getByRole('button', { name: 'Ask the class' }).click();
  const ask = teacher.getByRole('form', { name: 'Ask the class' });
  await ask.getByLabel('Whose stance').selectOption('putin');
  await ask.getByLabel('On which issue').selectOption({ label: 'Ceasefire' });
  await ask.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(shown.getByRole('heading', { name: 'Where does Vladimir Putin stand on ceasefire?' })).toBeVisible();
  await studentArea(student).getByRole('button', { name: /^\+2/ }).click();
  await expect(shown.getByText('1 of 1 answered')).toBeVisible();
  await expect(shown.getByRole('list', { name: 'How the class answered' }).getByRole('listitem').filter({ hasText: '+2' })).toContainText('1');
  await consoleOf(teacher).getByRole('button', { name: 'Reveal', exact: true }).click();
  await expect(shown.getByRole('heading', { name: 'What the source says' })).toBeVisible();
  expect(await axeViolations(projector)).toEqual([]);
});
