import { describe, expect, it } from 'vitest';
import { branchIn } from '../../../src/lib/i18n/branch-in.ts';
import { branchConfigSchema } from '../../../src/schemas/branch-config.ts';

const config = {
	name: 'Branch',
	locale: 'en-US',
	paperSize: 'Letter',
	defaultStartTime: '18:00',
	emergency: { number: '911', note: 'Ambulance, police or fire.' },
	coordinator: { label: 'the on-call coordinator', phone: '1-800-944-4773', hours: '24/7' },
	backup: { instruction: 'If no one answers, try again in 5 minutes.' },
	crisisLines: [
		{ name: 'Line A', purpose: 'For anyone.', phone: '988', hours: '24/7' },
		{ name: 'Line B', purpose: 'For mothers.', phone: '1-833-852-6262', hours: '24/7' },
	],
	translations: { es: { coordinator: { label: 'la coordinadora de guardia' }, crisisLines: [{ purpose: 'Para cualquiera.' }] } },
};

describe('the branch in a language', () => {
	const branch = branchConfigSchema.parse(config);

	it("uses the branch's own words for that language, and keeps numbers and the rest as written", () => {
		const spanish = branchIn(branch, 'es');
		expect(spanish.coordinator).toEqual({ label: 'la coordinadora de guardia', phone: '1-800-944-4773', hours: '24/7' });
		expect(spanish.crisisLines.map((line) => [line.name, line.purpose, line.phone])).toEqual([
			['Line A', 'Para cualquiera.', '988'],
			['Line B', 'For mothers.', '1-833-852-6262'],
		]);
		expect(spanish.emergency).toEqual({ number: '911', note: 'Ambulance, police or fire.' });
	});

	it('is the branch as written in English, and in a language it wrote nothing for', () => {
		expect(branchIn(branch, 'en')).toBe(branch);
		expect(branchIn(branch, 'he')).toBe(branch);
	});

	it('refuses more translated lines than there are lines, and unknown fields', () => {
		const tooMany = branchConfigSchema.safeParse({ ...config, translations: { es: { crisisLines: [{ purpose: 'Uno.' }, { purpose: 'Dos.' }, { purpose: 'Tres.' }] } } });
		expect(tooMany.success).toBe(false);
		expect(tooMany.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
			'translations.es.crisisLines: has 3 entries but crisisLines has 2; give one entry per line, in the same order',
		]);
		const phone = branchConfigSchema.safeParse({ ...config, translations: { es: { coordinator: { phone: '911' } } } });
		expect(phone.success).toBe(false);
	});
});
