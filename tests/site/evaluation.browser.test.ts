import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/content/load/load-project.ts';
import { evaluationItems } from '../../src/lib/forms/evaluation-summary.ts';
import { startSiteSession, type SiteSession } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';

let session: SiteSession;
beforeAll(async () => {
	session = await startSiteSession();
});
afterAll(() => session?.close());

const mothers = loadProject(ROOT).forms.find((form) => form.id === 'mothers-evaluation')!.data;
const columns = evaluationItems(mothers).map((item) => item.id);
/** A CSV with the template's header; each row gives values for some items and leaves the rest blank. */
const csv = (rows: Record<string, string>[]) => Buffer.from([columns.join(','), ...rows.map((row) => columns.map((id) => row[id] ?? '').join(','))].join('\n'));

/** Opens the page, cuts the network, chooses the mothers' questionnaire and loads a file. */
async function load(file: { name: string; mimeType: string; buffer: Buffer }) {
	const { page, foreignRequests } = await session.open('/evaluation/');
	await page.context().setOffline(true);
	await page.getByRole('radio', { name: /Mothers'/ }).check();
	await page.locator('#evaluation-file').setInputFiles(file);
	return { page, foreignRequests };
}

describe('the evaluation summary in Chromium, with the network off', () => {
	it('offers a blank template whose header is the questionnaire’s items', async () => {
		const { page } = await session.open('/evaluation/');
		const href = await page.getByRole('link', { name: /Blank template: Mothers'/ }).getAttribute('href');
		const response = await page.request.get(new URL(href!, page.url()).href);
		const header = (await response.text()).trim().split(',');
		expect(header).toContain('less-isolated');
		expect(header).toContain('trust-others');
		await page.close();
	});

	it('shows per item the number who answered, the share rating 3 to 5, the mean and the published figure', async () => {
		const rows = [{ 'less-isolated': '5', 'trust-others': '1' }, { 'less-isolated': '3' }, { 'less-isolated': '2', 'trust-others': '2' }, { 'less-isolated': '4', 'trust-others': '5' }];
		const { page, foreignRequests } = await load({ name: 'answers.csv', mimeType: 'text/csv', buffer: csv(rows) });
		const row = page.locator('[data-rows] tr', { hasText: 'isolated' });
		await expect.poll(() => row.locator('td').allInnerTexts()).toEqual(['4', '75%', '3.5', '89%']);
		const trust = page.locator('[data-rows] tr', { hasText: 'trust other people' });
		expect(await trust.locator('td').allInnerTexts()).toEqual(['3', '33%', '2.7', '60%']);
		expect(await page.locator('[data-respondents]').innerText()).toContain('4 people');
		expect(foreignRequests).toEqual([]);
		await page.close();
	});

	it('names the row and column of a bad value, and says when a file is not CSV', async () => {
		const { page } = await load({ name: 'answers.csv', mimeType: 'text/csv', buffer: csv([{ 'less-isolated': '4' }, { 'less-isolated': '7' }]) });
		await expect.poll(() => page.locator('[data-messages]').innerText()).toContain('Row 3, column less-isolated: "7" is not a rating');
		await page.locator('#evaluation-file').setInputFiles({ name: 'answers.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]) });
		await expect.poll(() => page.locator('[data-messages]').innerText()).toContain('is not a CSV file');
		await page.close();
	});

	it('leaves out a name column and says why names do not belong in the sheet', async () => {
		const named = Buffer.from([`name,${columns.join(',')}`, `Dana,${columns.map(() => '4').join(',')}`].join('\n'));
		const { page } = await load({ name: 'answers.csv', mimeType: 'text/csv', buffer: named });
		await expect.poll(() => page.locator('[data-respondents]').innerText()).toContain('1 person');
		expect(await page.locator('[data-messages]').innerText()).toContain('The column name is left out of the summary. Please do not type names into this sheet');
		await page.close();
	});

	it('recognises the volunteers’ file under the mothers’ questionnaire and switches on request', async () => {
		const volunteers = loadProject(ROOT).forms.find((form) => form.id === 'volunteers-evaluation')!.data;
		const header = evaluationItems(volunteers).map((item) => item.id);
		const file = Buffer.from([header.join(','), header.map(() => '5').join(',')].join('\n'));
		const { page } = await load({ name: 'volunteers.csv', mimeType: 'text/csv', buffer: file });
		await expect.poll(() => page.locator('[data-messages]').innerText()).toContain('has the columns of “Volunteers');
		await page.getByRole('button', { name: /Switch to “Volunteers/ }).click();
		await expect.poll(() => page.locator('[data-respondents]').innerText()).toContain('Volunteers');
		expect(await page.getByRole('radio', { name: /Volunteers'/ }).isChecked()).toBe(true);
		await page.close();
	});

	it('names a UTF-16 file’s encoding', async () => {
		const text = `${columns.join(',')}\n${columns.map(() => '3').join(',')}`;
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const { page } = await load({ name: 'unicode.csv', mimeType: 'text/csv', buffer: utf16 });
		await expect.poll(() => page.locator('[data-messages]').innerText()).toContain('is saved as UTF-16LE');
		await page.close();
	});

	it('summarises 10,000 rows', async () => {
		const rows = Array.from({ length: 10_000 }, (_, i) => ({ 'less-isolated': String((i % 5) + 1) }));
		const { page } = await load({ name: 'many.csv', mimeType: 'text/csv', buffer: csv(rows) });
		await expect.poll(() => page.locator('[data-respondents]').innerText()).toContain('10000 people');
		expect(await page.locator('[data-rows] tr', { hasText: 'isolated' }).locator('td').first().innerText()).toBe('10000');
		await page.close();
	});
});
