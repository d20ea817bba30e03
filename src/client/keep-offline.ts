import { curriculumPackets, formatBytes, PACKETS_CACHE, percentDone } from '../lib/site/offline-figures.ts';

type Language = Parameters<typeof curriculumPackets>[2];

interface Packet {
	url: string;
	bytes: number;
}

/** Whether the browser holds a file in any of the site's caches (kept on request, opened, or precached). */
const isKept = async (url: string) => Boolean(await caches.match(url, { ignoreSearch: true }));

/** Downloads one file, counting its bytes as they arrive, and keeps it in the packets cache. */
async function keepOne(packet: Packet, onBytes: (bytes: number) => void): Promise<void> {
	const answer = await fetch(packet.url, { cache: 'no-store' });
	if (!answer.ok || !answer.body) throw new Error(`${packet.url}: ${answer.status}`);
	const chunks: Uint8Array[] = [];
	const reader = answer.body.getReader();
	for (let read = await reader.read(); !read.done; read = await reader.read()) {
		chunks.push(read.value);
		onBytes(read.value.length);
	}
	const body = new Blob(chunks as BlobPart[], { type: answer.headers.get('content-type') ?? 'application/pdf' });
	await (await caches.open(PACKETS_CACHE)).put(packet.url, new Response(body, { headers: { 'content-type': body.type, 'content-length': String(body.size) } }));
}

/**
 * The "Keep … offline" control (src/components/KeepOffline.astro): shows the packets' size, downloads them
 * with progress, says "Saved for offline" once every one is in the cache, and removes them. It also writes
 * the footer's sentence about this page's packets, so the footer never says more than is kept.
 */
export async function startKeepOffline(control: HTMLElement, base: string) {
	if (!('caches' in window) || !('serviceWorker' in navigator)) return;
	const words = control.dataset;
	const language = words.language as Language;
	const keep = control.querySelector<HTMLButtonElement>('.kit-keep-button')!;
	const remove = control.querySelector<HTMLButtonElement>('.kit-keep-remove')!;
	const bar = control.querySelector<HTMLProgressElement>('progress')!;
	const state = control.querySelector<HTMLElement>('.kit-keep-state')!;
	const footer = document.querySelector<HTMLElement>('.kit-offline-packets');
	const sizes: Record<string, number> = await fetch(`${base}offline/files.json`)
		.then((answer) => answer.json())
		.then((list) => list.packets, () => ({}));
	const paths: string[] = words.curriculum ? curriculumPackets(Object.keys(sizes), words.curriculum, language) : JSON.parse(words.files ?? '[]');
	// Only packets the site has (and whose size it knows): the control never offers what it cannot keep.
	const packets: Packet[] = paths.filter((path) => sizes[path] !== undefined).map((path) => ({ url: `${base}${path.slice(1)}`, bytes: sizes[path] }));
	if (packets.length === 0) return;
	const total = packets.reduce((sum, packet) => sum + packet.bytes, 0);
	const size = formatBytes(total, language);

	const render = async () => {
		const kept = (await Promise.all(packets.map((packet) => isKept(packet.url)))).every(Boolean);
		keep.hidden = kept;
		keep.textContent = (words.keep ?? '').replace('{size}', size);
		remove.hidden = !kept;
		bar.hidden = true;
		state.textContent = kept ? (words.saved ?? '').replace('{size}', size) : '';
		control.dataset.state = kept ? 'saved' : 'not-saved';
		if (footer) footer.textContent = (kept ? words.statusSaved : words.statusNotSaved) ?? '';
	};
	const progress = (percent: number) => {
		const text = (words.saving ?? '').replace('{percent}', String(percent));
		bar.value = percent;
		state.textContent = text;
		if (footer) footer.textContent = text;
	};

	keep.addEventListener('click', async () => {
		keep.disabled = true;
		// Asked for, so worth keeping: ask the browser not to clear the site's storage when space runs low.
		navigator.storage?.persist?.().catch(() => false);
		bar.hidden = false;
		control.dataset.state = 'saving';
		let done = 0;
		progress(0);
		let failed = false;
		for (const packet of packets) {
			if (await isKept(packet.url)) {
				done += packet.bytes;
				continue;
			}
			await keepOne(packet, (bytes) => {
				done += bytes;
				progress(percentDone(done, total));
			}).catch(() => (failed = true));
		}
		keep.disabled = false;
		await render();
		if (failed) state.textContent = words.failed ?? '';
	});
	remove.addEventListener('click', async () => {
		const cache = await caches.open(PACKETS_CACHE);
		await Promise.all(packets.map((packet) => cache.delete(packet.url, { ignoreSearch: true })));
		await render();
		keep.focus();
	});
	await render();
	control.hidden = false;
}
