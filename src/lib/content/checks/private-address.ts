/**
 * Whether a web address's host is this machine or a private network, which readers of a published
 * site cannot reach: localhost, 127.0.0.0/8, 10/8, 172.16/12, 192.168/16, 169.254/16, 0.0.0.0,
 * IPv6 loopback, unique-local and link-local addresses, `.local`/`.internal` names and names without a dot.
 */
export function isPrivateHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
	if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.lan') || host.endsWith('.home.arpa')) return true;
	const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
	if (ipv4) {
		const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
		return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
	}
	if (host.includes(':')) {
		if (host === '::' || host === '::1') return true;
		if (/^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) return true;
		const mapped = /^::ffff:(.+)$/.exec(host);
		return mapped ? isPrivateHost(mapped[1].includes('.') ? mapped[1] : hexToIpv4(mapped[1])) : false;
	}
	return !host.includes('.');
}

/** `7f00:1` (how URL writes ::ffff:127.0.0.1) → `127.0.0.1`. */
function hexToIpv4(hex: string): string {
	const [high = '0', low = '0'] = hex.split(':');
	const a = parseInt(high, 16);
	const b = parseInt(low, 16);
	return [a >> 8, a & 255, b >> 8, b & 255].join('.');
}
