/**
 * Offline use: registers the service worker of the page's language (one per language, written by
 * src/integrations/offline-service-worker.ts) unless one is already installed, and says in the footer
 * what is true: saving (with how far it is), this page is available offline (it is in a cache), this page
 * is not saved, an update is ready. The words come from the page (data attributes), in its language.
 */
export function startOfflineStatus(status: HTMLElement, base: string) {
	const text = status.querySelector<HTMLElement>('.kit-offline-text')!;
	const say = (state: string, percent = 0) => {
		text.textContent = (status.dataset[state] ?? '').replace('{percent}', String(percent));
		status.dataset.state = state;
		status.hidden = false;
	};
	if (!('serviceWorker' in navigator) || !('caches' in window)) return say('unsupported');
	const path = location.pathname;
	const isKept = async () => {
		for (const url of path.endsWith('/') ? [`${path}index.html`, path] : [path]) if (await caches.match(url, { ignoreSearch: true })) return true;
		return false;
	};
	const settle = async (tries = 3): Promise<void> => {
		if (await isKept()) return say('ready');
		// A page kept as it is visited is written to the cache while it loads.
		if (tries > 0) setTimeout(() => settle(tries - 1), 1000);
		else say('notSaved');
	};
	// The first copy: count what the precache holds against the list's length.
	const progress = async (worker: ServiceWorker) => {
		const total = await fetch(`${base}offline/files.json`)
			.then((answer) => answer.json())
			.then((list) => list.precache[status.dataset.language!] as number, () => 0);
		const tick = async () => {
			if (worker.state !== 'installing') return;
			let done = 0;
			for (const name of await caches.keys()) if (name.startsWith('concentric-precache')) done += (await (await caches.open(name)).keys()).length;
			// Installed while counting: the footer now says what is kept, not "saving".
			if (worker.state !== 'installing') return;
			say('saving', total ? Math.min(99, Math.floor((done / total) * 100)) : 0);
			setTimeout(tick, 1000);
		};
		tick();
	};
	const watch = (registration: ServiceWorkerRegistration) => {
		const update = status.querySelector<HTMLElement>('.kit-offline-update')!;
		const check = () => (update.hidden = !(registration.waiting && registration.active));
		const follow = () => registration.installing?.addEventListener('statechange', check);
		// The browser looks for a new version as the page loads: it may already be installing.
		registration.addEventListener('updatefound', follow);
		follow();
		check();
	};
	navigator.serviceWorker
		.getRegistration()
		.then((found) => found ?? navigator.serviceWorker.register(`${base}${status.dataset.worker}`, { scope: base }))
		.then((registration) => {
			const worker = registration.installing;
			if (worker && !registration.active) {
				say('saving');
				progress(worker);
				worker.addEventListener('statechange', () => {
					if (worker.state === 'activated') settle();
					if (worker.state === 'redundant') say('failed');
				});
			} else settle();
			watch(registration);
		})
		.catch(() => say('failed'));
}
