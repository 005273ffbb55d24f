// Where the room's phones reach the laptop, and who may ask: pure functions over what
// `os.networkInterfaces()` reports and what a request's Host header says.
import type { NetworkInterfaceInfo } from 'node:os'

/** One of this machine's addresses, with the name of its interface (wlan0, en0, Wi-Fi…). */
export interface NetworkAddress {
  name: string
  address: string
}

/**
 * Interfaces that are rarely the room's network: containers and virtual machines (docker0, br-…,
 * veth…, virbr0, vmnet8, vboxnet0, vEthernet (WSL)), VPNs and tunnels (tun0, utun3, wg0,
 * tailscale0, ZeroTier's zt…), Apple's peer-to-peer links (awdl0, llw0).
 */
const VIRTUAL = /^(?:docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|utun|wg|tailscale|zt|awdl|llw|ham|cni|flannel|podman)/i

/**
 * The IPv4 addresses the room could reach this machine at, in the order to offer them: real
 * interfaces (Wi-Fi, Ethernet, the laptop's own hotspot) before virtual ones, link-local
 * (169.254.x.x, a network without DHCP) last. Loopback is never one of them.
 */
export function roomAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): NetworkAddress[] {
  const found = Object.entries(interfaces).flatMap(([name, infos]) => (infos ?? [])
    .filter(info => info.family === 'IPv4' && !info.internal)
    .map(info => ({ name, address: info.address })))
  const rank = ({ name, address }: NetworkAddress) => (address.startsWith('169.254.') ? 2 : VIRTUAL.test(name) ? 1 : 0)
  return found.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map(({ item }) => item)
}

/** The address the room is told to use, or why the one asked for cannot be. */
export type AddressChoice = { address: NetworkAddress, others: NetworkAddress[] } | { problem: string }

/**
 * The room's address: `wanted` (an address of this machine, or 127.0.0.1 for a rehearsal on this
 * machine alone) or the first of `candidates`; 127.0.0.1 when the machine is on no network.
 */
export function chooseRoomAddress(candidates: NetworkAddress[], wanted?: string): AddressChoice {
  if (wanted === undefined) {
    const [first, ...others] = candidates
    return { address: first ?? { name: 'loopback', address: '127.0.0.1' }, others }
  }
  if (wanted === '127.0.0.1')
    return { address: { name: 'loopback', address: wanted }, others: candidates }
  const chosen = candidates.find(candidate => candidate.address === wanted)
  if (!chosen) {
    const known = candidates.map(candidate => `${candidate.address} (${candidate.name})`).join(', ') || 'none: this machine is on no network'
    return { problem: `--address ${wanted}: this machine has no such address. Its addresses: ${known}; or 127.0.0.1 to try the vote on this machine alone.` }
  }
  return { address: chosen, others: candidates.filter(candidate => candidate !== chosen) }
}

/** The names a loopback-only listener answers to. */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]']

/**
 * Whether a request's Host header names one of `names` at `port`. Anything else is a page of
 * another site that resolved its own name to this machine (DNS rebinding) or a request for
 * another server: neither is answered.
 */
export function hostAllowed(host: string | undefined, names: readonly string[], port: number): boolean {
  if (!host)
    return false
  const wanted = host.toLowerCase()
  return names.some(name => wanted === `${name.toLowerCase()}:${port}` || (port === 80 && wanted === name.toLowerCase()))
}
