import { formatBytes, PACKETS_CACHE } from '../lib/site/offline-figures.ts';

type Language = Parameters<typeof formatBytes>[1];

/** Caches a reader can empty to free space: packets and pages kept as visited. The precache stays. */
const FREEABLE = [PACKETS_CACHE, 'concentric-pages', 'concentric-assets'];

const fill = (template: string | undefined, values: Record<string, string | number>) => (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/** The size of a kept response: its content-length, or its body read from the cache. */
async function sizeOf(answer: Response): Promise<number> {
	const length = Number(answer.headers.get('content-length'));
	return length > 0 ? length : (await answer.blob()).size;
}

/** The Offline page (src/components/offline/OfflineKept.astro): what is kept, how much, and freeing space. */
export function startOfflineKept(element: HTMLElement) {
	const words = element.dataset;
	const language = words.language as Language;
	const part = (name: string) => element.querySelector<HTMLElement>(`.kit-offline-${name}`)!;
	part('nojs').hidden = true;
	const render = async () => {
		if (!('caches' in window)) {
			part('storage').textContent = words.storageUnknown ?? '';
			return;
		}
		let pages = 0;
		for (const name of await caches.keys()) {
			if (!name.startsWith('concentric-precache') && name !== 'concentric-pages') continue;
			pages += (await (await caches.open(name)).keys()).filter((request) => /(\/|\.html)(\?|$)/.test(request.url)).length;
		}
		part('pages').textContent = fill(words.pagesCount, { count: pages });
		const packets = await caches.open(PACKETS_CACHE);
		const list = part('packet-list');
		list.replaceChildren();
		let total = 0;
		const requests = await packets.keys();
		for (const request of requests) {
			const answer = await packets.match(request);
			const bytes = answer ? await sizeOf(answer) : 0;
			total += bytes;
			const item = document.createElement('li');
			const link = document.createElement('a');
			const path = new URL(request.url).pathname;
			link.href = path;
			// The file's name under packets/, after its language when it is a translation ("he: volunteer-training/…").
			link.textContent = decodeURIComponent(path.replace(/^.*?\/(?:(es|he|ar|zh-cn)\/)?packets\//, (_, language?: string) => (language ? `${language}: ` : '')));
			item.append(link, ` (${formatBytes(bytes, language)})`);
			list.append(item);
		}
		part('packets-total').textContent = requests.length === 0 ? (words.noPackets ?? '') : fill(words.packetsTotal, { count: requests.length, size: formatBytes(total, language) });
		const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
		part('storage').textContent =
			estimate?.quota && estimate.usage !== undefined ? fill(words.storage, { used: formatBytes(estimate.usage, language), quota: formatBytes(estimate.quota, language) }) : (words.storageUnknown ?? '');
		part('free').hidden = false;
	};
	part('free').addEventListener('click', async () => {
		await Promise.all(FREEABLE.map((name) => caches.delete(name)));
		await render();
		part('message').textContent = words.freed ?? '';
	});
	render();
}
