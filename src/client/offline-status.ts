/**
 * Offline use: registers the service worker the build writes (sw.js, see
 * src/integrations/offline-service-worker.ts) and says on the page whether the site is kept on this
 * device. The words come from the page (data attributes), in its language.
 */
export function startOfflineStatus(status: HTMLElement, serviceWorkerUrl: string) {
	const say = (state: 'saving' | 'ready' | 'unsupported' | 'failed') => {
		status.textContent = status.dataset[state] ?? '';
		status.dataset.state = state;
		status.hidden = false;
	};
	if (!('serviceWorker' in navigator)) return say('unsupported');
	navigator.serviceWorker
		.register(serviceWorkerUrl)
		.then((registration) => {
			const installing = registration.installing ?? registration.waiting;
			if (!installing && registration.active) return say('ready');
			say('saving');
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'activated') say('ready');
				if (installing.state === 'redundant' && !registration.active) say('failed');
			});
		})
		.catch(() => say('failed'));
}
