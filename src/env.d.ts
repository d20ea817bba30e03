declare module 'virtual:concentric/data' {
	import type { BranchConfig } from './schemas/branch-config.ts';
	import type { Curriculum } from './schemas/curriculum.ts';
	import type { OutlineItem } from './lib/outline.ts';
	export const branch: BranchConfig;
	export const curricula: (Curriculum & { entries: OutlineItem[] })[];
}
