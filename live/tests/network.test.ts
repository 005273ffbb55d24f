import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { chooseRoomAddress, hostAllowed, LOOPBACK_NAMES, roomAddresses } from '../network'

const v4 = (address: string, internal = false) => ({ family: 'IPv4', address, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24` }) as NetworkInterfaceInfo
const v6 = (address: string) => ({ family: 'IPv6', address, internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: `${address}/64`, scopeid: 0 }) as NetworkInterfaceInfo

describe('roomAddresses', () => {
  it('offers the Wi-Fi and Ethernet before containers and VPNs, and link-local last; never loopback or IPv6', () => {
    const laptop = {
      'lo': [v4('127.0.0.1', true)],
      'docker0': [v4('172.17.0.1')],
      'tun0': [v4('10.8.0.6')],
      'wlan0': [v4('192.168.1.20'), v6('fe80::1')],
      'eth0': [v4('169.254.10.2')],
      'vEthernet (WSL)': [v4('172.28.16.1')],
      'enp0s31f6': [v4('10.0.0.5')],
    }
    expect(roomAddresses(laptop)).toEqual([
      { name: 'wlan0', address: '192.168.1.20' },
      { name: 'enp0s31f6', address: '10.0.0.5' },
      { name: 'docker0', address: '172.17.0.1' },
      { name: 'tun0', address: '10.8.0.6' },
      { name: 'vEthernet (WSL)', address: '172.28.16.1' },
      { name: 'eth0', address: '169.254.10.2' },
    ])
  })

  it('is empty on a machine on no network', () => {
    expect(roomAddresses({ lo: [v4('127.0.0.1', true)] })).toEqual([])
  })
})

describe('chooseRoomAddress', () => {
  const wifi = { name: 'wlan0', address: '192.168.1.20' }
  const docker = { name: 'docker0', address: '172.17.0.1' }

  it('takes the first address, and names the others', () => {
    expect(chooseRoomAddress([wifi, docker])).toEqual({ address: wifi, others: [docker] })
  })

  it('takes the one asked for, if this machine has it', () => {
    expect(chooseRoomAddress([wifi, docker], '172.17.0.1')).toEqual({ address: docker, others: [wifi] })
    expect(chooseRoomAddress([wifi], '127.0.0.1')).toEqual({ address: { name: 'loopback', address: '127.0.0.1' }, others: [wifi] })
  })

  it('says which addresses there are when asked for one it does not have', () => {
    expect(chooseRoomAddress([wifi, docker], '0.0.0.0')).toEqual({ problem: '--address 0.0.0.0: this machine has no such address. Its addresses: 192.168.1.20 (wlan0), 172.17.0.1 (docker0); or 127.0.0.1 to try the vote on this machine alone.' })
  })

  it('falls back to the loopback on a machine on no network', () => {
    expect(chooseRoomAddress([])).toEqual({ address: { name: 'loopback', address: '127.0.0.1' }, others: [] })
  })
})

describe('hostAllowed', () => {
  it('answers the names it serves, at its port, in any case', () => {
    expect(hostAllowed('192.168.1.20:3031', ['192.168.1.20', ...LOOPBACK_NAMES], 3031)).toBe(true)
    expect(hostAllowed('LOCALHOST:3031', LOOPBACK_NAMES, 3031)).toBe(true)
    expect(hostAllowed('[::1]:3031', LOOPBACK_NAMES, 3031)).toBe(true)
  })

  it('refuses another name (DNS rebinding), another port, a missing Host', () => {
    expect(hostAllowed('attacker.example:3031', ['192.168.1.20'], 3031)).toBe(false)
    expect(hostAllowed('192.168.1.20.attacker.example:3031', ['192.168.1.20'], 3031)).toBe(false)
    expect(hostAllowed('192.168.1.20:3030', ['192.168.1.20'], 3031)).toBe(false)
    expect(hostAllowed('192.168.1.20', ['192.168.1.20'], 3031)).toBe(false)
    expect(hostAllowed(undefined, ['192.168.1.20'], 3031)).toBe(false)
  })

  it('takes a name without its port on port 80 only', () => {
    expect(hostAllowed('192.168.1.20', ['192.168.1.20'], 80)).toBe(true)
  })
})
