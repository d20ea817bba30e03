import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { participantTexts } from '../../../../src/lib/content/reports/participant-texts.ts';
import { gradeLevel } from '../../../../src/lib/content/reports/readability.ts';
import { spanishGradeLevel, spanishSyllables } from '../../../../src/lib/content/reports/readability-es.ts';
import { ROOT } from '../../../helpers/paths.ts';

describe('Spanish reading grade', () => {
	it('counts Spanish syllables: diphthongs, hiatus, silent u, final y', () => {
		const words = { casa: 2, ciudad: 2, país: 2, leer: 2, cuidado: 3, guerra: 2, que: 1, hoy: 1, aéreo: 4, voluntaria: 4, coordinadora: 6 };
		for (const [word, syllables] of Object.entries(words)) expect(spanishSyllables(word), word).toBe(syllables);
	});

	it('reads short everyday sentences as easy and long technical ones as hard', () => {
		expect(spanishGradeLevel('Tu bebé te mira. Tú le sonríes. Los dos están bien.')).toBeLessThan(3);
		expect(spanishGradeLevel('La implementación organizacional de intervenciones psicoeducativas multidimensionales requiere evaluaciones sistemáticas, longitudinales y comparativas de resultados institucionales.')).toBeGreaterThan(9);
		expect(gradeLevel('Tu bebé te mira.', 'es')).toBe(spanishGradeLevel('Tu bebé te mira.'));
		expect(gradeLevel('תינוק', 'he')).toBeUndefined();
	});

	it('every Spanish handout, worksheet and quiz reads at grade 7 or below', () => {
		const dir = join(ROOT, 'content', 'es');
		const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => /\.(mdx|ya?ml)$/.test(name));
		const parts = files.flatMap((name) => participantTexts(`content/es/${name}`, readFileSync(join(dir, name), 'utf8')).map((part) => ({ name, ...part })));
		expect(parts.length).toBeGreaterThan(20);
		// Everything a Spanish-reading mother holds is measured: the Stress Management quizzes, the
		// D.A.N.C.E. handouts and home-practice sheets, and the forms she or a caregiver fills in.
		const measured = new Set(parts.map((part) => `${part.name.replace(/\\/g, '/')} ${part.label}`));
		for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(measured).toContain(`quizzes/stress-management/class-${n}.yaml quiz`);
		expect(parts.filter((part) => part.name.replace(/\\/g, '/').startsWith('dance/')).length).toBeGreaterThanOrEqual(14);
		for (const form of ['video-consent', 'video-deletion-log', 'mothers-evaluation']) expect(measured).toContain(`forms/${form}.yaml form`);
		const over = parts.filter((part) => spanishGradeLevel(part.text) > 7).map((part) => `${part.name} ${part.label}: ${spanishGradeLevel(part.text)}`);
		expect(over).toEqual([]);
	});
});
