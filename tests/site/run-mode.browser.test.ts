import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { uiStrings } from '../../src/lib/i18n/ui.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

// Run mode in Chromium with a controlled clock (Playwright's page.clock): README "Run mode".

interface Segment {
	title: string;
	minutes: number;
	core: boolean;
}
const agendaOf = (slug: string): Segment[] => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'content', `${slug}.mdx`), 'utf8'))![1]).agenda;
const volunteer = agendaOf('volunteer-training/session-1');
const class1 = agendaOf('stress-management/class-1');
const class3 = agendaOf('stress-management/class-3');
const en = uiStrings('en');
const MIN = 60_000;
const T0 = new Date('2026-12-07T18:00:00');

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

/** A run view opened at 18:00 on a controlled clock, without the offline copy (a context of its own). */
async function openRun(path: string, serviceWorkers: 'allow' | 'block' = 'block', paused = true) {
	const context = await session.browser.newContext({ serviceWorkers, acceptDownloads: true });
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`));
	});
	const page = await context.newPage();
	page.on('close', () => context.close().catch(() => {}));
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(session.site.origin) && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
	});
	// Paused at 18:00: time moves only when a test says (runFor), so the seconds shown are exact.
	await page.clock.install({ time: T0.getTime() - 1000 });
	if (paused) await page.clock.pauseAt(T0);
	await page.goto(new URL(path, session.site.origin).href);
	await page.locator('concentric-run [data-action="start"]').waitFor();
	return { page, foreign };
}

const nowTitle = (page: Page) => page.locator('[data-detail]:visible .run-title').innerText();
const countdown = (page: Page) => page.locator('[data-clock]').innerText();
const badge = (page: Page) => page.locator('[data-badge]').innerText();
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

async function start(page: Page) {
	await page.getByRole('button', { name: en('kit.run.start'), exact: true }).click();
}

/** The segment the agenda puts at `minute` minutes after the start, and the whole minutes left in it. */
function expected(agenda: Segment[], minute: number) {
	let offset = 0;
	for (const segment of agenda) {
		if (minute < offset + segment.minutes) return { title: segment.title, left: offset + segment.minutes - minute };
		offset += segment.minutes;
	}
	throw new Error('past the end');
}

describe('run mode follows the clock', () => {
	for (const [path, agenda] of [
		['/run/volunteer-training/session-1/', volunteer],
		['/run/stress-management/class-1/', class1],
	] as const) {
		it(`${path}: the segment under way and its countdown match the agenda, and the view moves on by itself`, async () => {
			const { page, foreign } = await openRun(path);
			expect(await nowTitle(page)).toBe(agenda[0].title);
			await start(page);
			expect(await countdown(page)).toBe(`${agenda[0].minutes}:00`);
			for (const minute of [3, agenda[0].minutes, agenda[0].minutes + agenda[1].minutes + 2, 58]) {
				await page.clock.runFor(T0.getTime() + minute * MIN - (await page.evaluate(() => Date.now())));
				const { title, left } = expected(agenda, minute);
				expect(await nowTitle(page), `at minute ${minute}`).toBe(title);
				expect(await countdown(page), `at minute ${minute}`).toBe(`${left}:00`);
			}
			// The view said it moved on, and offers "still on …".
			expect(await page.locator('[data-moved]').isVisible()).toBe(true);
			expect(await page.locator('[data-announce]').innerText()).toContain(expected(agenda, 58).title);
			expect(await badge(page)).toBe(en('kit.run.onTime'));
			expect(foreign).toEqual([]);
			expect(await cspViolations(page)).toEqual([]);
			await page.close();
		});
	}

	it('"still on …" goes back to the earlier segment and moves the plan later', async () => {
		const { page } = await openRun('/run/volunteer-training/session-1/');
		await start(page);
		await page.clock.runFor((volunteer[0].minutes + 2) * MIN);
		expect(await nowTitle(page)).toBe(volunteer[1].title);
		await page.getByRole('button', { name: `Still on ${volunteer[0].title}` }).click();
		expect(await nowTitle(page)).toBe(volunteer[0].title);
		expect(await countdown(page)).toBe('5:00');
		expect(await badge(page)).toBe(en('kit.run.behind', { count: 7 }));
		await page.close();
	});

	it('pause stops the countdown; resume goes on, and the time paused shows as behind', async () => {
		const { page } = await openRun('/run/volunteer-training/session-1/');
		await start(page);
		await page.clock.runFor(2 * MIN);
		await page.getByRole('button', { name: en('kit.run.pause') }).click();
		await page.clock.runFor(10 * MIN);
		expect(await countdown(page)).toBe(`${volunteer[0].minutes - 2}:00`);
		expect(await badge(page)).toBe(en('kit.run.paused'));
		await page.getByRole('button', { name: en('kit.run.resume') }).click();
		await page.clock.runFor(MIN);
		expect(await countdown(page)).toBe(`${volunteer[0].minutes - 3}:00`);
		expect(await badge(page)).toBe(en('kit.run.behind', { count: 10 }));
		await page.close();
	});
});

describe('keyboard and print', () => {
	it('Space starts and pauses, N and P move between segments, + adds 5 minutes', async () => {
		const { page } = await openRun('/run/volunteer-training/session-1/');
		await page.locator('h1').click();
		await page.keyboard.press('Space');
		expect(await badge(page)).toBe(en('kit.run.onTime'));
		await page.keyboard.press('n');
		expect(await nowTitle(page)).toBe(volunteer[1].title);
		await page.keyboard.press('+');
		expect(await countdown(page)).toBe(`${volunteer[1].minutes + 5}:00`);
		await page.keyboard.press('p');
		expect(await nowTitle(page)).toBe(volunteer[0].title);
		await page.keyboard.press('Space');
		expect(await badge(page)).toBe(en('kit.run.paused'));
		await page.close();
	});

	it('the printed record shows the record only', async () => {
		const { page } = await openRun('/run/volunteer-training/session-1/');
		await start(page);
		await page.clock.runFor(10 * MIN);
		await page.getByRole('button', { name: en('kit.run.end') }).click();
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('[data-record]').isVisible()).toBe(true);
		expect(await page.locator('.run-now').isVisible()).toBe(false);
		expect(await page.locator('.run-controls').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: en('kit.run.download') }).isVisible()).toBe(false);
		await page.close();
	});
});

describe('running late', () => {
	it('15 minutes behind: only adaptable segments are proposed, and after the cuts the projected end is the planned end', async () => {
		const { page } = await openRun('/run/volunteer-training/session-1/');
		await start(page);
		await page.getByLabel(en('kit.run.startedLate')).fill('15');
		await page.getByRole('button', { name: en('kit.run.setLate') }).click();
		expect(await badge(page)).toBe(en('kit.run.behind', { count: 15 }));
		const cuts = await page.locator('[data-cuts] li').allInnerTexts();
		expect(cuts.length).toBeGreaterThan(0);
		const adaptable = volunteer.filter((segment) => !segment.core).map((segment) => segment.title);
		for (const cut of cuts) expect(adaptable.some((title) => cut.includes(title)), cut).toBe(true);
		for (const core of volunteer.filter((segment) => segment.core)) expect(cuts.join('\n')).not.toContain(core.title);
		expect(await page.locator('[data-no-fit]').isVisible()).toBe(false);
		await page.getByRole('button', { name: en('kit.run.acceptCuts') }).click();
		expect(await badge(page)).toBe(en('kit.run.onTime'));
		expect(await page.locator('[data-projected-end]').innerText()).toBe(await page.locator('[data-planned-end]').innerText());
		expect(await page.locator('[data-proposal]').isVisible()).toBe(false);
		await page.close();
	});

	it('a class that is all core says plainly that the core no longer fits, and proposes no cut', async () => {
		expect(class3.every((segment) => segment.core)).toBe(true);
		const { page } = await openRun('/run/stress-management/class-3/');
		await start(page);
		await page.getByLabel(en('kit.run.startedLate')).fill('10');
		await page.getByRole('button', { name: en('kit.run.setLate') }).click();
		const noFit = page.locator('[data-no-fit]');
		expect(await noFit.isVisible()).toBe(true);
		expect(await noFit.innerText()).toContain('The core no longer fits');
		expect(await noFit.innerText()).toContain('Carry it to the next session');
		expect(await page.locator('[data-cuts] li').count()).toBe(0);
		expect(await page.getByRole('button', { name: en('kit.run.acceptCuts') }).isVisible()).toBe(false);
		await page.close();
	});
});

describe('it keeps going, and keeps a record', () => {
	it('a reload mid-session resumes where the session is', async () => {
		const { page } = await openRun('/run/volunteer-training/session-1/');
		await start(page);
		await page.clock.runFor(25 * MIN);
		await page.reload();
		await page.locator('concentric-run [data-action="pause"]:visible').waitFor();
		const { title, left } = expected(volunteer, 25);
		expect(await nowTitle(page)).toBe(title);
		expect(await countdown(page)).toBe(`${left}:00`);
		await page.close();
	});

	it('the record: actual against planned minutes, one CSV row per segment, with the fidelity checklist’s columns', async () => {
		const { page, foreign } = await openRun('/run/volunteer-training/session-1/');
		await start(page);
		await page.clock.runFor(volunteer[0].minutes * MIN);
		await page.clock.runFor(5 * MIN);
		await page.getByRole('button', { name: en('kit.run.nextSegment') }).click();
		await page.getByRole('button', { name: en('kit.run.end') }).click();
		const record = page.locator('[data-record]');
		expect(await record.isVisible()).toBe(true);
		expect(await page.locator('[data-actual="0"]').innerText()).toBe(String(volunteer[0].minutes));
		expect(await page.locator('[data-actual="1"]').innerText()).toBe('5');
		await page.getByLabel(en('kit.run.note')).fill('Two volunteers came late, "as agreed"');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en('kit.run.download') }).click()]);
		expect(download.suggestedFilename()).toBe('volunteer-training-session-1-record.csv');
		const file = join(mkdtempSync(join(tmpdir(), 'run-record-')), 'record.csv');
		await download.saveAs(file);
		const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
		const lines = text.trim().split('\r\n');
		expect(lines[0]).toBe(['Segment', 'Core or adaptable', 'Planned minutes', 'Actual minutes', en('kit.packet.fidelity.fully'), en('kit.packet.fidelity.partly'), en('kit.packet.fidelity.not'), en('kit.packet.fidelity.notes')].join(','));
		expect(lines).toHaveLength(volunteer.length + 1);
		expect(lines[1]).toBe(`${volunteer[0].title},Core,${volunteer[0].minutes},${volunteer[0].minutes},x,,,"Two volunteers came late, ""as agreed"""`);
		expect(lines[2].split(',').slice(-6)).toEqual([String(volunteer[1].minutes), '5', '', 'x', '', '']);
		for (const [index, segment] of volunteer.entries()) expect(lines[index + 1].includes(`,${segment.minutes},`)).toBe(true);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('works offline once visited (the Hebrew run view, kept with the Hebrew pages)', async () => {
		const { page } = await openRun('/he/run/volunteer-training/session-1/', 'allow');
		await page.locator('.kit-offline-status[data-state="ready"]').waitFor({ state: 'visible', timeout: 120_000 });
		await page.context().setOffline(true);
		await page.reload();
		await page.getByRole('button', { name: uiStrings('he')('kit.run.start'), exact: true }).click();
		await page.clock.runFor(MIN);
		expect(await countdown(page)).toBe(`${volunteer[0].minutes - 1}:00`);
		await page.close();
	}, 180_000);
});

describe('languages and accessibility', () => {
	it('a Hebrew run view is right to left, with the interface in Hebrew and the English agenda marked English', async () => {
		const { page } = await openRun('/he/run/volunteer-training/session-1/');
		expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['he', 'rtl']);
		expect(await page.getByRole('button', { name: uiStrings('he')('kit.run.start'), exact: true }).isVisible()).toBe(true);
		expect(await page.locator('[data-detail]:visible .run-title').getAttribute('lang')).toBe('en');
		expect(await page.locator('.run-plan-title').first().getAttribute('lang')).toBe('en');
		// In a Hebrew sentence, an English title is isolated, so each keeps its own direction.
		await page.getByRole('button', { name: uiStrings('he')('kit.run.start'), exact: true }).click();
		await page.clock.runFor(volunteer[0].minutes * MIN);
		expect(await page.locator('[data-moved-text]').innerText()).toContain(`\u2068${volunteer[0].title}\u2069`);
		await page.close();
	});

	for (const path of ['/run/volunteer-training/session-1/', '/ar/run/volunteer-training/session-1/']) {
		it(`${path}: axe finds nothing at 390 and 1280 px in both themes, before, during and after a run`, async () => {
			// Axe waits on timers: the clock runs here, and is moved on by hand too.
			const { page } = await openRun(path, 'block', false);
			const found: string[] = [];
			const check = async (label: string) => {
				for (const theme of ['light', 'dark']) {
					await page.evaluate((theme) => (document.documentElement.dataset.theme = theme), theme);
					for (const width of [390, 1280]) {
						await page.setViewportSize({ width, height: 900 });
						const result = await new AxeBuilder({ page }).analyze();
						found.push(...result.violations.map((v) => `${label}, ${theme}, ${width}px: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
						if (width === 390) {
							const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
							if (overflow > 1) found.push(`${label}, ${theme}: ${overflow}px wider than the phone`);
						}
					}
				}
			};
			// Started, late, moved on by the clock: every part of the view shows but the record.
			await page.locator('[data-action="start"]').click();
			await page.locator('#run-late-minutes').fill('30');
			await page.locator('.run-late button').click();
			await page.clock.runFor((volunteer[0].minutes + 1) * MIN);
			await check('during, late, moved on');
			await page.locator('[data-action="end"]').click();
			await check('record');
			expect(found).toEqual([]);
			await page.close();
		}, 400_000);
	}
});
