declare module 'virtual:concentric/data' {
	import type { BranchConfig } from './schemas/branch-config.ts';
	import type { Curriculum } from './schemas/curriculum.ts';
	import type { OutlineItem } from './lib/outline.ts';
	import type { Quiz } from './schemas/quiz.ts';
	export const branch: BranchConfig;
	export const curricula: (Curriculum & { entries: OutlineItem[] })[];
	/** Quiz banks by id, e.g. `volunteer-training/session-1`. */
	export const quizzes: Record<string, Quiz>;
}
